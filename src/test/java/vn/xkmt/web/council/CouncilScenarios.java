package vn.xkmt.web.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.web.As;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.Workbooks;
import vn.xkmt.web.audit.AuditEntry;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.evaluation.Evaluations;
import vn.xkmt.web.register.AtRisk;
import vn.xkmt.web.register.CommuneHistory;
import vn.xkmt.web.register.Register;
import vn.xkmt.web.register.RegisterRow;
import vn.xkmt.web.register.RegisterStatus;
import vn.xkmt.web.security.XkmtUser;

/**
 * The council's record as the database keeps it, on each database the application supports (H2 and
 * PostgreSQL): the frozen pack, decisions and overrides, closing and amending, the register with
 * re-appraisal and revocation, the audit trail, concurrent decisions. Communes are tagged per run.
 */
abstract class CouncilScenarios {

    @Autowired
    EvaluationService service;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Meetings meetings;
    @Autowired
    Register register;
    @Autowired
    JdbcClient jdbc;

    final String tag = "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    final XkmtUser sec = Secretaries.THANH_HOA;

    XkmtUser appraiser() {
        return As.APPRAISER_A.user();
    }

    long meeting() {
        return meetings.create(sec, "thanh-hoa", register.today(), "Phòng họp Công an tỉnh",
                "Phó Chủ tịch UBND tỉnh — Chủ tịch Hội đồng\nGiám đốc Công an tỉnh — Phó Chủ tịch\nĐại diện Sở Y tế\n"
                        + "Đại diện Sở Nội vụ\nĐại diện Sở Tư pháp\nĐại diện Ủy ban MTTQ\nĐại diện Tỉnh đoàn");
    }

    int version(long id) {
        return meetings.meeting(id, sec).version();
    }

    ItemView item(long id, String code) {
        return meetings.view(id, sec).items().stream().filter(i -> i.item().unitCode().equals(code)).findFirst().orElseThrow();
    }

    /** A meeting frozen with these communes (their latest evaluations). */
    long frozenMeeting(String... codes) {
        long id = meeting();
        meetings.add(id, sec, List.of(codes), Purpose.RECOGNITION, version(id));
        meetings.freeze(id, sec, version(id));
        return id;
    }

    @Test
    void aFrozenPackKeepsTheEvaluationAsStoredAndShowsALaterUploadAsNewer() {
        long failing = service.submit(appraiser(), "a.xlsx", Workbooks.thanhHoa(tag + "-1"));
        long id = frozenMeeting(tag + "-1");
        ItemView before = item(id, tag + "-1");
        assertThat(before.item().evaluationId()).isEqualTo(failing);
        assertThat(before.item().inputSha256()).isEqualTo(evaluations.summary(failing, sec).sha256());
        assertThat(before.item().ruleSet()).isEqualTo(evaluations.summary(failing, sec).ruleSets().get(0));
        assertThat(before.item().verdict()).isEqualTo("NOT_ELIGIBLE");
        assertThat(before.result().notPassing()).extracting(c -> c.id()).containsExactly("TH8");
        assertThat(before.newer()).isNull();

        long fixed = service.submit(appraiser(), "b.xlsx", Workbooks.thanhHoaEligible(tag + "-1"));
        ItemView after = item(id, tag + "-1");
        assertThat(after.item()).isEqualTo(before.item());
        assertThat(after.result().verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(after.newer()).isNotNull();
        assertThat(after.newer().evaluationId()).isEqualTo(fixed);
        assertThat(after.newer().verdict()).isEqualTo("ELIGIBLE");
        // the stored evaluation itself still says what the pack says
        assertThat(jdbc.sql("SELECT input_sha256 FROM evaluation WHERE id = ?").param(failing).query(String.class).single())
                .isEqualTo(before.item().inputSha256());

        assertThatThrownBy(() -> meetings.add(id, sec, List.of(tag + "-1"), Purpose.RECOGNITION, version(id)))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.code()).isEqualTo("pack-frozen"));
        assertThat(register.row("thanhhoa", tag + "-1").orElseThrow().status()).isEqualTo(RegisterStatus.PROPOSED);
    }

    @Test
    void aCommuneThatDidNotPassIsRecognisedOnlyWithAReasonAndEvidencePerCriterionAndShowsAsAnOverride() {
        service.submit(appraiser(), "a.xlsx", Workbooks.thanhHoa(tag + "-O"));
        service.submit(appraiser(), "b.xlsx", Workbooks.thanhHoaEligible(tag + "-E"));
        long id = frozenMeeting(tag + "-O", tag + "-E");
        ItemView o = item(id, tag + "-O");

        assertThatThrownBy(() -> meetings.decide(id, o.item().id(), sec, Secretaries.decision(Decision.RECOGNISED, 0)))
                .isInstanceOfSatisfying(WebProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.vi()).contains("TH8").contains("căn cứ ngoài sổ dữ liệu");
                    assertThat(p.en()).contains("TH8").contains("evidence outside the workbook");
                });
        assertThatThrownBy(() -> meetings.decide(id, o.item().id(), sec,
                Secretaries.decision(Decision.RECOGNISED, 0, "TH8", "Thôn 2 đã ký đủ cam kết", " ")))
                .isInstanceOf(WebProblem.class);

        meetings.decide(id, o.item().id(), sec, Secretaries.decision(Decision.RECOGNISED, 0, "TH8",
                "Hộ còn lại đã ký cam kết sau ngày lập sổ", "Biên bản kiểm tra của Công an xã ngày 15/6/2025"));
        meetings.decide(id, item(id, tag + "-E").item().id(), sec, Secretaries.decision(Decision.RECOGNISED, 0));

        ItemView decided = item(id, tag + "-O");
        assertThat(decided.item().decision()).isEqualTo(Decision.RECOGNISED);
        assertThat(decided.item().override()).isTrue();
        assertThat(decided.overrides()).singleElement().satisfies(x -> {
            assertThat(x.criterionId()).isEqualTo("TH8");
            assertThat(x.outcome()).isEqualTo("FAIL");
            assertThat(x.givenBy()).isEqualTo("secretariat.thanhhoa");
            assertThat(x.evidence()).isEqualTo("Biên bản kiểm tra của Công an xã ngày 15/6/2025");
        });
        assertThat(item(id, tag + "-E").item().override()).isFalse();
        // the pack still says the criterion failed: the override sits beside it, never turns it into a pass
        assertThat(decided.result().notPassing()).extracting(c -> c.outcome()).containsExactly(Outcome.FAIL);

        meetings.close(id, sec, "1234/QĐ-UBND", register.today(), version(id));
        RegisterRow r = register.row("thanhhoa", tag + "-O").orElseThrow();
        assertThat(r.status()).isEqualTo(RegisterStatus.RECOGNISED);
        assertThat(r.override()).isTrue();
        assertThat(r.decisionNo()).isEqualTo("1234/QĐ-UBND");
        assertThat(r.since()).isEqualTo(register.today());
        RegisterRow e = register.row("thanhhoa", tag + "-E").orElseThrow();
        assertThat(e.status()).isEqualTo(RegisterStatus.RECOGNISED);
        assertThat(e.override()).isFalse();
        assertThat(e.meetingId()).isEqualTo(id);
    }

    @Test
    void aClosedRecordRefusesEditsExceptAnAmendmentWithAReasonKeptInTheAuditTrail() {
        service.submit(appraiser(), "a.xlsx", Workbooks.thanhHoaEligible(tag + "-A"));
        long id = frozenMeeting(tag + "-A");
        long itemId = item(id, tag + "-A").item().id();
        assertThatThrownBy(() -> meetings.close(id, sec, "1/QĐ", register.today(), version(id)))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.en()).contains(tag + "-A"));
        meetings.decide(id, itemId, sec, Secretaries.decision(Decision.RECOGNISED, 0));
        meetings.close(id, sec, "1/QĐ", register.today(), version(id));

        assertThatThrownBy(() -> meetings.decide(id, itemId, sec, Secretaries.decision(Decision.DEFERRED, 1)))
                .isInstanceOfSatisfying(WebProblem.class, p -> {
                    assertThat(p.code()).isEqualTo("meeting-closed");
                    assertThat(p.vi()).contains("đính chính");
                    assertThat(p.en()).contains("amendment with a reason");
                });
        assertThatThrownBy(() -> meetings.close(id, sec, "2/QĐ", register.today(), version(id)))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.code()).isEqualTo("meeting-closed"));
        assertThatThrownBy(() -> meetings.amendDecision(id, itemId, sec, Secretaries.decision(Decision.DEFERRED, 1), " "))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(400));

        meetings.amendDecision(id, itemId, sec, Secretaries.decision(Decision.NOT_RECOGNISED, 1),
                "Ghi nhầm kết quả biểu quyết");
        meetings.amendDecisionNumber(id, sec, "1b/QĐ-UBND", register.today().plusDays(1), "Sai số quyết định", version(id));
        assertThat(item(id, tag + "-A").item().decision()).isEqualTo(Decision.NOT_RECOGNISED);
        assertThat(register.row("thanhhoa", tag + "-A").orElseThrow().status()).isEqualTo(RegisterStatus.NOT_RECOGNISED);
        assertThat(meetings.meeting(id, sec).decisionNo()).isEqualTo("1b/QĐ-UBND");

        List<AuditEntry> trail = meetings.view(id, sec).audit();
        assertThat(trail).extracting(AuditEntry::action)
                .containsExactly("create", "add", "freeze", "decide", "close", "amend", "amend");
        assertThat(trail).allSatisfy(a -> assertThat(a.actor()).isEqualTo("secretariat.thanhhoa"));
        assertThat(trail.get(5).detail()).contains(tag + "-A: RECOGNISED → NOT_RECOGNISED");
        assertThat(trail.get(5).reason()).isEqualTo("Ghi nhầm kết quả biểu quyết");
        assertThat(trail.get(6).detail()).contains("1/QĐ").contains("1b/QĐ-UBND");
        assertThat(trail.get(6).reason()).isEqualTo("Sai số quyết định");
        assertThat(trail.get(2).detail()).contains(item(id, tag + "-A").item().inputSha256());
    }

    @Test
    void onlyTheSecretariatOfTheProvinceWritesTheRecord() {
        service.submit(appraiser(), "a.xlsx", Workbooks.thanhHoaEligible(tag + "-R"));
        long id = frozenMeeting(tag + "-R");
        long itemId = item(id, tag + "-R").item().id();
        assertThatThrownBy(() -> meetings.decide(id, itemId, appraiser(), Secretaries.decision(Decision.RECOGNISED, 0)))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(403));
        assertThatThrownBy(() -> meetings.create(appraiser(), "thanh-hoa", LocalDate.of(2025, 1, 1), "x", ""))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(403));
        assertThatThrownBy(() -> meetings.view(id, Secretaries.LAO_CAI))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(403));
        assertThatThrownBy(() -> meetings.decide(id, itemId, Secretaries.LAO_CAI, Secretaries.decision(Decision.RECOGNISED, 0)))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(403));
        assertThatThrownBy(() -> meetings.create(Secretaries.LAO_CAI, "thanh-hoa", LocalDate.of(2025, 1, 1), "x", ""))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(403));
        meetings.decide(id, itemId, As.ADMIN.user(), Secretaries.decision(Decision.RECOGNISED, 0));
        assertThat(item(id, tag + "-R").item().decidedBy()).isEqualTo("admin");
    }

    @Test
    void twoSecretariesDecidingAtOnceLoseNothing() throws Exception {
        String[] codes = new String[6];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = tag + "-K" + i;
        }
        String[][] names = new String[codes.length][];
        for (int i = 0; i < codes.length; i++) {
            names[i] = new String[] {codes[i], "Xã " + codes[i]};
        }
        service.submit(appraiser(), "k.xlsx", Workbooks.communes("Thanh Hóa", true, names));
        long id = frozenMeeting(codes);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> all = new ArrayList<>();
        for (String code : codes) {
            long itemId = item(id, code).item().id();
            all.add(pool.submit(at(start, () -> {
                meetings.decide(id, itemId, code.endsWith("0") ? sec : As.ADMIN.user(),
                        Secretaries.decision(Decision.RECOGNISED, 0));
                return "ok";
            })));
        }
        start.countDown();
        for (Future<Object> f : all) {
            assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo("ok");
        }
        assertThat(meetings.view(id, sec).items()).allSatisfy(i -> assertThat(i.item().decision()).isEqualTo(Decision.RECOGNISED));

        // the same commune, both from the version they saw: one is kept, the other told of the conflict
        long itemId = item(id, codes[0]).item().id();
        int seen = item(id, codes[0]).item().version();
        CountDownLatch again = new CountDownLatch(1);
        Future<Object> a = pool.submit(at(again, () -> attempt(id, itemId, Decision.DEFERRED, seen)));
        Future<Object> b = pool.submit(at(again, () -> attempt(id, itemId, Decision.NOT_RECOGNISED, seen)));
        again.countDown();
        List<Object> outcomes = List.of(a.get(2, TimeUnit.MINUTES), b.get(2, TimeUnit.MINUTES));
        pool.shutdown();
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof WebProblem).singleElement().satisfies(o -> {
            WebProblem p = (WebProblem) o;
            assertThat(p.status()).isEqualTo(409);
            assertThat(p.vi()).contains("vừa được người khác thay đổi");
            assertThat(p.en()).contains("Someone else changed this record");
        });
        Decision kept = item(id, codes[0]).item().decision();
        assertThat(kept).isIn(Decision.DEFERRED, Decision.NOT_RECOGNISED);
        assertThat(meetings.view(id, sec).audit()).filteredOn(e -> e.detail().startsWith(codes[0] + ": RECOGNISED →"))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("→ " + kept.name()));
    }

    private Object attempt(long id, long itemId, Decision d, int version) {
        try {
            meetings.decide(id, itemId, sec, Secretaries.decision(d, version));
            return "ok";
        } catch (WebProblem p) {
            return p;
        }
    }

    private static <T> Callable<T> at(CountDownLatch start, Callable<T> c) {
        return () -> {
            start.await();
            return c.call();
        };
    }

    @Test
    void aRecognisedCommuneWhoseNewEvaluationFailsIsAtRiskAndARevocationChangesItsStatus() {
        service.submit(appraiser(), "a.xlsx", Workbooks.thanhHoaEligible(tag + "-V"));
        long id = frozenMeeting(tag + "-V");
        meetings.decide(id, item(id, tag + "-V").item().id(), sec, Secretaries.decision(Decision.RECOGNISED, 0));
        meetings.close(id, sec, "77/QĐ-UBND", register.today(), version(id));
        assertThat(register.row("thanhhoa", tag + "-V").orElseThrow().atRisk()).isFalse();

        long failing = service.submit(appraiser(), "b.xlsx", Workbooks.thanhHoa(tag + "-V"));
        RegisterRow r = register.row("thanhhoa", tag + "-V").orElseThrow();
        assertThat(r.atRisk()).isTrue();
        assertThat(r.latest().evaluationId()).isEqualTo(failing);
        List<AtRisk> risky = register.atRisk("thanh-hoa", sec).stream().filter(a -> a.row().unitCode().equals(tag + "-V")).toList();
        assertThat(risky).singleElement().satisfies(a -> assertThat(a.failing()).extracting(c -> c.id()).containsExactly("TH8"));

        long revocation = meeting();
        assertThatThrownBy(() -> meetings.add(revocation, sec, List.of(tag + "-NONE"), Purpose.REVOCATION, version(revocation)))
                .isInstanceOf(WebProblem.class);
        meetings.add(revocation, sec, List.of(tag + "-V"), Purpose.REVOCATION, version(revocation));
        meetings.freeze(revocation, sec, version(revocation));
        ItemView v = item(revocation, tag + "-V");
        assertThat(v.item().evaluationId()).isEqualTo(failing);
        assertThatThrownBy(() -> meetings.decide(revocation, v.item().id(), sec, Secretaries.decision(Decision.RECOGNISED, 0)))
                .isInstanceOf(WebProblem.class);
        meetings.decide(revocation, v.item().id(), sec, Secretaries.decision(Decision.REVOKED, 0));
        meetings.close(revocation, sec, "99/QĐ-UBND", register.today(), version(revocation));
        RegisterRow after = register.row("thanhhoa", tag + "-V").orElseThrow();
        assertThat(after.status()).isEqualTo(RegisterStatus.REVOKED);
        assertThat(after.decisionNo()).isEqualTo("99/QĐ-UBND");
        assertThat(after.atRisk()).isFalse();

        CommuneHistory h = register.commune("thanh-hoa", tag + "-V", sec);
        assertThat(h.lines()).extracting(l -> l.event() == null ? "evaluation" : l.event().kind())
                .containsExactly("REGISTERED", "evaluation", "PROPOSED", "RECOGNISED", "evaluation", "REVOKED");
    }

    @Test
    void aRecognisedCommuneNotEvaluatedForTwelveMonthsIsOverdue() {
        long old = service.submit(appraiser(), "a.xlsx", Workbooks.thanhHoaEligible(tag + "-Q"));
        long id = frozenMeeting(tag + "-Q");
        meetings.decide(id, item(id, tag + "-Q").item().id(), sec, Secretaries.decision(Decision.RECOGNISED, 0));
        meetings.close(id, sec, "5/QĐ-UBND", register.today(), version(id));
        assertThatThrownBy(() -> meetings.amendDecisionNumber(id, sec, "5/QĐ-UBND", register.today().minusDays(1), "sửa ngày", version(id)))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.en()).contains("before the meeting"));
        assertThat(register.overdue("thanh-hoa", sec)).extracting(RegisterRow::unitCode).doesNotContain(tag + "-Q");
        jdbc.sql("UPDATE evaluation SET created_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMonths(13), old).update();
        assertThat(register.overdue("thanh-hoa", sec)).extracting(RegisterRow::unitCode).contains(tag + "-Q");
        assertThatThrownBy(() -> register.overdue("thanh-hoa", Secretaries.LAO_CAI)).isInstanceOf(WebProblem.class);
    }

    @Test
    void aMergedCommuneLinkedByAnAdminCarriesItsPredecessorsHistory() {
        service.submit(appraiser(), "a.xlsx", Workbooks.thanhHoaEligible(tag + "-OLD"));
        long id = frozenMeeting(tag + "-OLD");
        meetings.decide(id, item(id, tag + "-OLD").item().id(), sec, Secretaries.decision(Decision.RECOGNISED, 0));
        meetings.close(id, sec, "8/QĐ-UBND", register.today(), version(id));
        service.submit(appraiser(), "b.xlsx", Workbooks.thanhHoaEligible(tag + "-NEW"));

        assertThatThrownBy(() -> register.link(sec, "thanh-hoa", tag + "-NEW", tag + "-OLD"))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(403));
        register.link(As.ADMIN.user(), "thanh-hoa", tag + "-NEW", tag + "-OLD");
        List<RegisterRow> rows = register.rows("thanh-hoa", tag, sec);
        assertThat(rows).extracting(RegisterRow::unitCode).containsExactly(tag + "-NEW");
        assertThat(rows.get(0).status()).isEqualTo(RegisterStatus.RECOGNISED);
        assertThat(rows.get(0).predecessors()).containsExactly(tag + "-OLD");
        // both communes were registered from their workbooks' data: registering again by hand is refused
        assertThatThrownBy(() -> register.registerCommune(sec, "thanh-hoa", tag + "-NEW", "Xã Mới", LocalDate.of(2025, 7, 1),
                "3 người nghiện, 2 người sử dụng"))
                .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status()).isEqualTo(409));
        CommuneHistory h = register.commune("thanh-hoa", tag + "-OLD", sec);
        assertThat(h.row().unitCode()).isEqualTo(tag + "-NEW");
        assertThat(h.audit()).extracting(a -> a.action() + " " + a.actor()).containsExactly("register-data appraiser.thanhhoa",
                "register-data appraiser.thanhhoa", "link admin");
        assertThat(h.audit().get(1).detail()).contains("REGISTERED").contains("2024-11-15").contains("3 addicts, 2 users");
        assertThat(h.lines()).filteredOn(l -> l.event() != null && "REGISTERED".equals(l.event().kind()))
                .extracting(l -> l.event().unitCode()).containsExactly(tag + "-OLD", tag + "-NEW");
        assertThat(h.lines()).extracting(l -> l.event() == null ? l.evaluation().unitCode() : l.event().kind())
                .contains(tag + "-OLD", "RECOGNISED", tag + "-NEW");
    }
}
