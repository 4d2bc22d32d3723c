package vn.xkmt.web.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xkmt.web.As;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.Workbooks;
import vn.xkmt.web.audit.AuditEntry;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.XkmtUser;

/**
 * Registrations read from the Xa sheet into the register, on each database the application supports
 * (H2 and PostgreSQL): registered from the data with the evaluation and cells, changed by newer data
 * as a correction kept in the history, a hand entry never overwritten (a warning instead), dates before
 * 2000 or after the request date not taken, an admin's correction with its reason, unlinking, the
 * backfill of older evaluations. Communes are tagged per run, so the database may be reused.
 */
abstract class RegistrationScenarios {

    static final XkmtUser SECRETARIAT = new XkmtUser("secretariat.thanhhoa", "-", true, List.of(Role.SECRETARIAT),
            List.of("thanh-hoa"));
    static final LocalDate NOV_15 = LocalDate.of(2024, 11, 15);

    @Autowired
    EvaluationService service;
    @Autowired
    Register register;
    @Autowired
    RegistrationBackfill backfill;
    @Autowired
    JdbcClient jdbc;

    final String tag = "RG" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    XkmtUser appraiser() {
        return As.APPRAISER_A.user();
    }

    XkmtUser admin() {
        return As.ADMIN.user();
    }

    RegisterRow row(String code) {
        return register.row("thanhhoa", code).orElseThrow();
    }

    List<CommuneHistory.Line> registrations(CommuneHistory h) {
        return h.lines().stream().filter(l -> l.event() != null && l.event().registration()).toList();
    }

    @Test
    void anUploadRegistersTheCommuneWithTheDateAndBaselineOfItsXaRow() {
        long id = service.submit(appraiser(), "xa.xlsx", Workbooks.thanhHoaRegistered(tag + "-A", NOV_15, 3, 2));
        RegisterRow r = row(tag + "-A");
        assertThat(r.status()).isEqualTo(RegisterStatus.REGISTERED);
        assertThat(r.since()).isEqualTo(NOV_15);
        Registration g = r.registration();
        assertThat(g.date()).isEqualTo(NOV_15);
        assertThat(g.addicts()).isEqualTo(3);
        assertThat(g.users()).isEqualTo(2);
        assertThat(g.source()).isEqualTo("DATA");
        assertThat(g.evaluationId()).isEqualTo(id);
        assertThat(g.cells()).isEqualTo("Xa!F2 Xa!I2 Xa!J2");
        assertThat(g.fileName()).isEqualTo("xa.xlsx");
        assertThat(g.by()).isEqualTo("appraiser.thanhhoa");
        assertThat(r.dataWarning()).isFalse();

        CommuneHistory h = register.commune("thanh-hoa", tag + "-A", SECRETARIAT);
        assertThat(h.audit()).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("appraiser.thanhhoa");
            assertThat(a.action()).isEqualTo("register-data");
            assertThat(a.detail()).contains("→ REGISTERED").contains("2024-11-15").contains("3 addicts, 2 users")
                    .contains("evaluation #" + id).contains("xa.xlsx").contains("Xa!F2");
        });
        assertThat(h.warnings()).isEmpty();

        // the same data again changes nothing
        service.submit(appraiser(), "xa-again.xlsx", Workbooks.thanhHoaRegistered(tag + "-A", NOV_15, 3, 2));
        assertThat(registrations(register.commune("thanh-hoa", tag + "-A", SECRETARIAT))).hasSize(1);
        assertThat(row(tag + "-A").registration().evaluationId()).isEqualTo(id);
    }

    @Test
    void theSampleWorkbookRegistersItsCommunesFromTheirXaRows() throws Exception {
        service.submit(appraiser(), "thanh-hoa.xlsx", Files.readAllBytes(Path.of("samples/thanh-hoa.xlsx")));
        List<RegisterRow> rows = register.rows("thanh-hoa", "TH-", SECRETARIAT);
        RegisterRow tgi = rows.stream().filter(r -> r.unitCode().equals("TH-TGI")).findFirst().orElseThrow();
        // Thiệu Giao, row 3 of the sample's Xa sheet: registered 20/11/2024 with 14 addicts and 4 users
        assertThat(tgi.registration()).isNotNull();
        assertThat(tgi.registration().date()).isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(tgi.registration().addicts()).isEqualTo(14);
        assertThat(tgi.registration().users()).isEqualTo(4);
        assertThat(tgi.registration().source()).isEqualTo("DATA");
        assertThat(tgi.registration().cells()).isEqualTo("Xa!H3 Xa!K3 Xa!L3");
    }

    @Test
    void aSecondUploadWithAnotherDateIsACorrectionAndTheFirstRegistrationStaysInTheHistory() {
        long first = service.submit(appraiser(), "a.xlsx", Workbooks.thanhHoaRegistered(tag + "-C", NOV_15, 3, 2));
        long second = service.submit(appraiser(), "b.xlsx", Workbooks.thanhHoaRegistered(tag + "-C", LocalDate.of(2024, 12, 2), 4, 2));
        RegisterRow r = row(tag + "-C");
        assertThat(r.status()).isEqualTo(RegisterStatus.REGISTERED);
        assertThat(r.registration().date()).isEqualTo(LocalDate.of(2024, 12, 2));
        assertThat(r.registration().addicts()).isEqualTo(4);
        assertThat(r.registration().evaluationId()).isEqualTo(second);

        CommuneHistory h = register.commune("thanh-hoa", tag + "-C", SECRETARIAT);
        List<CommuneHistory.Line> regs = registrations(h);
        assertThat(regs).extracting(l -> l.event().kind() + " " + l.event().date() + " #" + l.event().evaluationId()
                        + (l.corrected() ? " corrected" : ""))
                .containsExactly("REGISTERED 2024-11-15 #" + first + " corrected",
                        "REGISTRATION_CORRECTED 2024-12-02 #" + second);
        assertThat(regs.get(1).event().correctsId()).isEqualTo(regs.get(0).event().id());
        assertThat(h.audit()).extracting(AuditEntry::action).containsExactly("register-data", "register-data-correct");
        assertThat(h.audit().get(1).detail()).contains("2024-11-15 → 2024-12-02").contains("3 addicts, 2 users → 4 addicts, 2 users")
                .contains("evaluation #" + second).contains("was from evaluation #" + first);
        assertThat(h.audit().get(1).actor()).isEqualTo("appraiser.thanhhoa");
    }

    @Test
    void aHandEntryIsNotOverwrittenByTheDataAndThePageWarnsThatTheyDiffer() {
        register.registerCommune(SECRETARIAT, "thanh-hoa", tag + "-H", "Xã Tay", LocalDate.of(2024, 10, 1), 5, 1, null);
        long id = service.submit(appraiser(), "h.xlsx", Workbooks.thanhHoaRegistered(tag + "-H", NOV_15, 3, 2));
        RegisterRow r = row(tag + "-H");
        assertThat(r.registration().source()).isEqualTo("HAND");
        assertThat(r.registration().date()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(r.registration().addicts()).isEqualTo(5);
        assertThat(r.registration().by()).isEqualTo("secretariat.thanhhoa");
        assertThat(r.dataWarning()).isTrue();

        CommuneHistory h = register.commune("thanh-hoa", tag + "-H", SECRETARIAT);
        assertThat(registrations(h)).hasSize(1);
        assertThat(h.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("DIFFERS");
            assertThat(w.evaluationId()).isEqualTo(id);
            assertThat(w.expected()).isEqualTo("2024-10-01; 5; 1");
            assertThat(w.found()).isEqualTo("2024-11-15; 3; 2");
            assertThat(w.message().get("vi")).contains("#" + id).contains("Xa!F2").contains("01/10/2024")
                    .contains("15/11/2024").contains("nhập tay");
            assertThat(w.message().get("en")).contains("#" + id).contains("register says date 01/10/2024, 5 addicts, 1 users")
                    .contains("the data say date 15/11/2024, 3 addicts, 2 users");
        });
        // a registration the data agree with warns of nothing
        register.registerCommune(SECRETARIAT, "thanh-hoa", tag + "-H2", null, NOV_15, 3, 2, null);
        service.submit(appraiser(), "h2.xlsx", Workbooks.thanhHoaRegistered(tag + "-H2", NOV_15, 3, 2));
        assertThat(register.commune("thanh-hoa", tag + "-H2", SECRETARIAT).warnings()).isEmpty();
        assertThat(row(tag + "-H2").dataWarning()).isFalse();
    }

    @Test
    void aDateBefore2000OrAfterTheRequestDateOrTheUploadIsNotTakenAndIsWarnedOf() {
        long old = service.submit(appraiser(), "old.xlsx", Workbooks.thanhHoaRegistered(tag + "-E", LocalDate.of(1999, 12, 31), 3, 2));
        long late = service.submit(appraiser(), "late.xlsx", Workbooks.thanhHoaRegistered(tag + "-F", LocalDate.of(2025, 3, 11), 3, 2));
        assertThat(row(tag + "-E").status()).isNull();
        assertThat(row(tag + "-E").registration()).isNull();
        assertThat(row(tag + "-E").dataWarning()).isTrue();
        assertThat(register.commune("thanh-hoa", tag + "-E", SECRETARIAT).warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("BEFORE_2000");
            assertThat(w.message().get("vi")).contains("31/12/1999").contains("#" + old).contains("Xa!F2").contains("01/01/2000");
            assertThat(w.message().get("en")).contains("31/12/1999").contains("before 01/01/2000");
        });
        assertThat(row(tag + "-F").registration()).isNull();
        assertThat(register.commune("thanh-hoa", tag + "-F", SECRETARIAT).warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("AFTER_REQUEST");
            assertThat(w.message().get("en")).contains("11/03/2025").contains("#" + late).contains("after the request date 10/03/2025");
        });
        // a request date still to come does not make a registration after the upload's day acceptable
        LocalDate today = register.today();
        long future = service.submit(appraiser(), "future.xlsx", Workbooks.thanhHoaRegistered(tag + "-U", today.plusDays(10), 3, 2,
                today.plusDays(20)));
        assertThat(row(tag + "-U").registration()).isNull();
        assertThat(register.commune("thanh-hoa", tag + "-U", SECRETARIAT).warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("AFTER_UPLOAD");
            assertThat(w.message().get("vi")).contains("#" + future).contains("sau ngày tải lên");
        });
        // the request day itself is taken
        service.submit(appraiser(), "same-day.xlsx", Workbooks.thanhHoaRegistered(tag + "-G", LocalDate.of(2025, 3, 10), 3, 2));
        assertThat(row(tag + "-G").registration().date()).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void anAdminCorrectsARegistrationWithAReasonTheSecretariatCannotAndTheDataNoLongerOverwriteIt() {
        service.submit(appraiser(), "k.xlsx", Workbooks.thanhHoaRegistered(tag + "-K", NOV_15, 3, 2));
        long was = row(tag + "-K").registration().eventId();

        assertThatThrownBy(() -> register.correctRegistration(SECRETARIAT, "thanh-hoa", tag + "-K", was,
                LocalDate.of(2024, 11, 1), 3, 2, null, "Ghi nhầm ngày"))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(403));
        assertThatThrownBy(() -> register.correctRegistration(admin(), "thanh-hoa", tag + "-K", was,
                LocalDate.of(2024, 11, 1), 3, 2, null, "  "))
                .isInstanceOfSatisfying(WebProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.code()).isEqualTo("reason-required");
                    assertThat(p.vi()).contains("Cần ghi lý do");
                    assertThat(p.en()).contains("A reason is required");
                });
        assertThatThrownBy(() -> register.correctRegistration(admin(), "thanh-hoa", tag + "-K", was,
                LocalDate.of(1998, 1, 1), 3, 2, null, "Ghi nhầm ngày"))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.en()).contains("01/01/1998").contains("01/01/2000"));
        assertThat(row(tag + "-K").registration().eventId()).isEqualTo(was);

        register.correctRegistration(admin(), "thanh-hoa", tag + "-K", was, LocalDate.of(2024, 11, 1), 6, 2, null,
                "Biên bản đăng ký ghi ngày 01/11/2024");
        Registration g = row(tag + "-K").registration();
        assertThat(g.source()).isEqualTo("CORRECTION");
        assertThat(g.date()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(g.addicts()).isEqualTo(6);
        assertThat(g.reason()).isEqualTo("Biên bản đăng ký ghi ngày 01/11/2024");
        assertThat(g.by()).isEqualTo("admin");
        // a correction from a stale page is refused
        assertThatThrownBy(() -> register.correctRegistration(admin(), "thanh-hoa", tag + "-K", was,
                LocalDate.of(2024, 11, 2), 6, 2, null, "lại"))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(409));

        CommuneHistory h = register.commune("thanh-hoa", tag + "-K", SECRETARIAT);
        // in date order: the corrected date (1/11) comes first, the corrected registration (15/11) stays, marked
        assertThat(registrations(h)).extracting(l -> l.event().source() + (l.corrected() ? " corrected" : ""))
                .containsExactly("CORRECTION", "DATA corrected");
        AuditEntry last = h.audit().get(h.audit().size() - 1);
        assertThat(last.action()).isEqualTo("register-correct");
        assertThat(last.actor()).isEqualTo("admin");
        assertThat(last.reason()).isEqualTo("Biên bản đăng ký ghi ngày 01/11/2024");
        assertThat(last.detail()).contains("2024-11-15 → 2024-11-01").contains("3 addicts, 2 users → 6 addicts, 2 users");

        // newer data with the old figures: the admin's correction stays, with a warning
        service.submit(appraiser(), "k2.xlsx", Workbooks.thanhHoaRegistered(tag + "-K", NOV_15, 3, 2));
        assertThat(row(tag + "-K").registration().source()).isEqualTo("CORRECTION");
        assertThat(register.commune("thanh-hoa", tag + "-K", SECRETARIAT).warnings()).extracting(DataWarning::kind)
                .containsExactly("DIFFERS");
    }

    @Test
    void anAdminUnlinksAPredecessorWithAReasonAndTheTrailSaysSo() {
        service.submit(appraiser(), "old.xlsx", Workbooks.thanhHoaRegistered(tag + "-OLD", NOV_15, 3, 2));
        register.link(admin(), "thanh-hoa", tag + "-NEW", tag + "-OLD");
        assertThat(register.commune("thanh-hoa", tag + "-OLD", SECRETARIAT).row().unitCode()).isEqualTo(tag + "-NEW");
        // the new commune counts as registered through its predecessor: its own upload adds no registration
        service.submit(appraiser(), "new.xlsx", Workbooks.thanhHoaRegistered(tag + "-NEW", LocalDate.of(2025, 7, 1), 1, 0));
        assertThat(registrations(register.commune("thanh-hoa", tag + "-NEW", SECRETARIAT)))
                .extracting(l -> l.event().unitCode()).containsExactly(tag + "-OLD");

        assertThatThrownBy(() -> register.unlink(SECRETARIAT, "thanh-hoa", tag + "-NEW", tag + "-OLD", "Nhầm xã"))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(403));
        assertThatThrownBy(() -> register.unlink(admin(), "thanh-hoa", tag + "-NEW", tag + "-OLD", null))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(400));
        assertThatThrownBy(() -> register.unlink(admin(), "thanh-hoa", tag + "-NEW", tag + "-NONE", "Nhầm xã"))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(404));

        register.unlink(admin(), "thanh-hoa", tag + "-NEW", tag + "-OLD", "Liên kết nhầm xã");
        assertThat(row(tag + "-OLD").predecessors()).isEmpty();
        assertThat(row(tag + "-NEW").predecessors()).isEmpty();
        assertThat(register.commune("thanh-hoa", tag + "-OLD", SECRETARIAT).row().unitCode()).isEqualTo(tag + "-OLD");
        for (String code : List.of(tag + "-NEW", tag + "-OLD")) {
            AuditEntry last = register.commune("thanh-hoa", code, SECRETARIAT).audit().stream()
                    .filter(a -> a.action().equals("unlink")).findFirst().orElseThrow();
            assertThat(last.actor()).isEqualTo("admin");
            assertThat(last.reason()).isEqualTo("Liên kết nhầm xã");
            assertThat(last.detail()).contains(tag + "-OLD").contains(tag + "-NEW");
        }
        assertThat(register.commune("thanh-hoa", tag + "-NEW", SECRETARIAT).audit()).extracting(AuditEntry::action)
                .containsExactly("link", "unlink");
    }

    @Test
    void aRegistrationDatedAfterTheProposalNeverTakesTheCommuneBackToRegistered() {
        // dated in 2000 and revoked at the end, so that no other test's count of recognised communes includes it
        register.registerCommune(SECRETARIAT, "thanh-hoa", tag + "-P", null, LocalDate.of(2000, 1, 1), null, null, null);
        event(LocalDate.of(2000, 3, 1), "RECOGNISED");
        long was = row(tag + "-P").registration().eventId();
        LocalDate june = LocalDate.of(2000, 6, 1);
        int recognised = register.recognisedOn("thanhhoa", june);
        register.correctRegistration(admin(), "thanh-hoa", tag + "-P", was, LocalDate.of(2000, 5, 1), null, null, null,
                "Ngày trên biên bản");
        try {
            assertThat(row(tag + "-P").status()).isEqualTo(RegisterStatus.RECOGNISED);
            assertThat(row(tag + "-P").since()).isEqualTo(LocalDate.of(2000, 3, 1));
            assertThat(row(tag + "-P").registration().date()).isEqualTo(LocalDate.of(2000, 5, 1));
            assertThat(register.recognisedOn("thanhhoa", june)).isEqualTo(recognised);
        } finally {
            event(LocalDate.of(2000, 7, 1), "REVOKED");
        }
    }

    private void event(LocalDate date, String kind) {
        jdbc.sql("INSERT INTO register_event (province, unit_code, event_date, kind, status_after, is_override, created_by, "
                        + "created_at) VALUES ('thanhhoa', ?, ?, ?, ?, FALSE, 'test', CURRENT_TIMESTAMP)")
                .params(tag + "-P", date, kind, kind).update();
    }

    @Test
    void fourUploadsOfTheSameNewCommuneAtOnceRegisterItOnce() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Long>> uploads = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                byte[] book = Workbooks.thanhHoaRegistered(tag + "-Z", NOV_15, 3, 2);
                uploads.add(pool.submit(() -> {
                    start.await();
                    return service.submit(appraiser(), "z.xlsx", book);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Long> f : uploads) {
                assertThat(f.get(120, java.util.concurrent.TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        CommuneHistory h = register.commune("thanh-hoa", tag + "-Z", SECRETARIAT);
        assertThat(registrations(h)).singleElement().satisfies(l -> assertThat(l.event().kind()).isEqualTo("REGISTERED"));
        assertThat(h.lines()).filteredOn(l -> l.evaluation() != null).hasSize(4);
        assertThat(h.audit()).extracting(AuditEntry::action).containsExactly("register-data");
    }

    @Test
    void theBackfillReadsAnEvaluationStoredBeforeTheRegisterReadRegistrationsOnceOnly() {
        long id = service.submit(appraiser(), "before.xlsx", Workbooks.thanhHoaRegistered(tag + "-B", NOV_15, 3, 2));
        // as an evaluation stored before this version: nothing read, nothing marked
        jdbc.sql("DELETE FROM register_event WHERE unit_code = ?").param(tag + "-B").update();
        jdbc.sql("DELETE FROM registration_reading WHERE unit_code = ?").param(tag + "-B").update();
        jdbc.sql("DELETE FROM audit_event WHERE subject = ?").param(Register.subject("thanhhoa", tag + "-B")).update();
        jdbc.sql("DELETE FROM registration_read WHERE evaluation_id = ?").param(id).update();
        assertThat(row(tag + "-B").status()).isNull();

        assertThat(backfill.run()).isGreaterThanOrEqualTo(1);
        Registration g = row(tag + "-B").registration();
        assertThat(g.source()).isEqualTo("DATA");
        assertThat(g.evaluationId()).isEqualTo(id);
        assertThat(g.date()).isEqualTo(NOV_15);
        CommuneHistory h = register.commune("thanh-hoa", tag + "-B", SECRETARIAT);
        assertThat(h.audit()).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("appraiser.thanhhoa");
            assertThat(a.detail()).contains("read at startup").contains("evaluation #" + id);
        });
        backfill.run();
        assertThat(registrations(register.commune("thanh-hoa", tag + "-B", SECRETARIAT))).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM registration_read WHERE evaluation_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1L);
    }
}
