package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.ResultJson;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.web.evaluation.Dashboard;
import vn.xkmt.web.evaluation.EvaluationDetail;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.evaluation.EvaluationSummary;
import vn.xkmt.web.evaluation.Evaluations;
import vn.xkmt.web.evaluation.HistoryFilter;
import vn.xkmt.web.evaluation.Rerun;
import vn.xkmt.web.evaluation.Reruns;
import vn.xkmt.web.evaluation.UnitRow;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.UserAccounts;
import vn.xkmt.web.security.XkmtUser;

/**
 * What the database must keep, run against each database the application supports (H2 and
 * PostgreSQL). Each run tags its communes with a fresh prefix, so a database that outlives the
 * test (a real server) does not disturb it.
 */
abstract class PersistenceScenarios {

    @Autowired
    EvaluationService service;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Reruns reruns;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    final String tag = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    XkmtUser a() {
        return As.APPRAISER_A.user();
    }

    @Test
    void anEvaluationIsKeptWithEverythingThatReproducesIt() {
        byte[] content = Workbooks.thanhHoa(tag + "-1");
        long id = service.submit(a(), "Xã Một.xlsx", content);
        EvaluationDetail d = evaluations.detail(id, a());
        EvaluationSummary s = d.summary();
        assertThat(s.createdBy()).isEqualTo("appraiser.thanhhoa");
        assertThat(s.fileName()).isEqualTo("Xã Một.xlsx");
        assertThat(s.sha256()).hasSize(64).isEqualTo(sha(content));
        assertThat(s.size()).isEqualTo(content.length);
        assertThat(s.ruleSets()).singleElement().asString().matches("thanh-hoa@2024\\.2#[0-9a-f]{64}");
        assertThat(s.provinces()).containsExactly("thanhhoa");
        assertThat(s.createdAt()).isAfter(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        assertThat(s.units()).isEqualTo(1);
        assertThat(s.notEligible()).isEqualTo(1);
        assertThat(evaluations.input(id, a())).isEqualTo(content);
        assertThat(d.document().schemaVersion()).isEqualTo(RunDocument.CURRENT);
        assertThat(d.document().results()).singleElement().satisfies(u -> assertThat(u.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE));
        assertThat(d.document().toString()).contains(tag + "-1").doesNotContain(Workbooks.SECRET_NAME);
    }

    @Test
    void reRunningTheStoredBytesGivesTheSameResult() {
        long id = service.submit(a(), "th.xlsx", Workbooks.thanhHoa(tag + "-R"));
        Rerun r = reruns.rerun(id, a());
        assertThat(r.inputIntact()).isTrue();
        assertThat(r.matches()).as(r.differences().toString()).isTrue();
        assertThat(r.differences()).isEmpty();
        assertThat(r.ruleSetsNow()).isEqualTo(r.ruleSetsThen());
        assertThat(r.restored()).as("the recorded version is in force").isEmpty();
        assertThat(r.missing()).isEmpty();
    }

    @Test
    void aReRunFindsTamperedBytesAndAChangedResult() {
        long id = service.submit(a(), "th.xlsx", Workbooks.thanhHoa(tag + "-T"));
        jdbc.sql("UPDATE evaluation_input SET content = ? WHERE evaluation_id = ?")
                .params(Workbooks.thanhHoaEligible(tag + "-T"), id).update();
        Rerun r = reruns.rerun(id, a());
        assertThat(r.inputIntact()).isFalse();
        assertThat(r.matches()).isFalse();
        assertThat(r.differences()).anySatisfy(d -> assertThat(d).contains(".verdict: NOT_ELIGIBLE → ELIGIBLE"));
    }

    @Test
    void aResultStoredBeforeTheShapeHadAVersionIsReadBackAsTheSameRecords() throws Exception {
        long id = service.submit(a(), "th.xlsx", Workbooks.thanhHoa(tag + "-L"));
        // the JSON today's code stored before it wrote a schemaVersion (captured from samples/hung-yen-khoai-chau.xlsx)
        String legacy = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/result/legacy-hung-yen-khoai-chau.json"));
        jdbc.sql("UPDATE evaluation SET result_json = ? WHERE id = ?").params(legacy, id).update();
        RunDocument read = evaluations.detail(id, As.ADMIN.user()).document();
        assertThat(read.schemaVersion()).isEqualTo(RunDocument.LEGACY);
        assertThat(read).isEqualTo(ResultJson.read(legacy));
        assertThat(read.results()).hasSize(6);
        assertThat(read.results().get(0).criteria()).isNotEmpty();
        assertThat(read.run().inputs()).singleElement().satisfies(i -> assertThat(i.sha256()).hasSize(64));
        assertThat(new String(ResultJson.writePretty(read.current()), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(legacy.replaceFirst("\\{\n", "{\n  \"schemaVersion\" : " + RunDocument.CURRENT + ",\n"));
    }

    @Test
    void historyFiltersByProvinceCommuneAndDate() {
        long th = service.submit(a(), "th.xlsx", Workbooks.commune("Thanh Hóa", tag + "-H1", "Xã Xuân Hòa"));
        long lc = service.submit(As.APPRAISER_B.user(), "lc.xlsx", Workbooks.laoCai(tag + "-H2"));
        long old = service.submit(a(), "old.xlsx", Workbooks.thanhHoa(tag + "-H3"));
        jdbc.sql("UPDATE evaluation SET created_at = ? WHERE id = ?")
                .params(OffsetDateTime.of(2024, 1, 15, 3, 0, 0, 0, ZoneOffset.UTC), old).update();
        XkmtUser admin = As.ADMIN.user();

        assertThat(ids(new HistoryFilter(null, tag, null, null, 0, 200), admin)).containsExactlyInAnyOrder(th, lc, old);
        assertThat(ids(new HistoryFilter("lao-cai", tag, null, null, 0, 200), admin)).containsExactly(lc);
        assertThat(ids(new HistoryFilter("Tỉnh Thanh Hóa", tag, null, null, 0, 200), admin)).containsExactly(old, th);
        // accents and case ignored in the commune search
        assertThat(ids(new HistoryFilter(null, "xuan hoa", null, null, 0, 200), admin)).contains(th).doesNotContain(lc);
        LocalDate today = evaluations.today();
        assertThat(ids(new HistoryFilter(null, tag, today, today, 0, 200), admin)).containsExactlyInAnyOrder(th, lc);
        assertThat(ids(new HistoryFilter(null, tag, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 15), 0, 200), admin))
                .containsExactly(old);
        assertThat(ids(new HistoryFilter(null, tag, null, LocalDate.of(2024, 1, 14), 0, 200), admin)).isEmpty();
        // an appraiser sees only their provinces
        assertThat(ids(new HistoryFilter(null, tag, null, null, 0, 200), a())).containsExactlyInAnyOrder(th, old);
        assertThat(ids(new HistoryFilter(null, tag, null, null, 0, 200), As.APPRAISER_B.user())).containsExactly(lc);
        assertThatThrownBy(() -> evaluations.history(new HistoryFilter("lao-cai", null, null, null, 0, 50), a()))
                .isInstanceOf(WebProblem.class);
        // pages
        Evaluations.Page first = evaluations.history(new HistoryFilter(null, tag, null, null, 0, 2), admin);
        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(evaluations.history(new HistoryFilter(null, tag, null, null, 1, 2), admin).items()).hasSize(1);
    }

    @Test
    void theDashboardCountsTheLatestVerdictOfEachCommune() {
        service.submit(a(), "1.xlsx", Workbooks.thanhHoa(tag + "-D1"));
        service.submit(a(), "2.xlsx", Workbooks.thanhHoa(tag + "-D2"));
        long fixed = service.submit(a(), "3.xlsx", Workbooks.thanhHoaEligible(tag + "-D1"));
        Dashboard d = evaluations.dashboard("thanh-hoa", a());
        List<UnitRow> mine = d.latest().stream().filter(u -> u.unitCode().startsWith(tag)).toList();
        assertThat(mine).extracting(UnitRow::unitCode, UnitRow::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(tag + "-D1", "ELIGIBLE"),
                        org.assertj.core.groups.Tuple.tuple(tag + "-D2", "NOT_ELIGIBLE"));
        assertThat(mine.get(0).evaluationId()).isEqualTo(fixed);
        assertThat(d.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(d.total());
        assertThat(d.latest().stream().map(UnitRow::unitKey).distinct().count()).isEqualTo(d.total());
        assertThatThrownBy(() -> evaluations.dashboard("thanh-hoa", As.APPRAISER_B.user())).isInstanceOf(WebProblem.class);
    }

    @Test
    void accountsKeepRolesProvincesAndABcryptHash() {
        String name = "u." + tag.toLowerCase();
        accounts.create(name, "correct horse battery", List.of(Role.APPRAISER, Role.POLICY_EDITOR),
                List.of("Thanh Hóa", "lao-cai"));
        XkmtUser u = accounts.find(name).orElseThrow();
        assertThat(u.roles()).containsExactlyInAnyOrder(Role.APPRAISER, Role.POLICY_EDITOR);
        assertThat(u.provinces()).containsExactly("lao-cai", "thanh-hoa");
        assertThat(u.provinceKeys()).isEqualTo(Set.of("laocai", "thanhhoa"));
        assertThat(u.getPassword()).startsWith("{bcrypt}$2");
        accounts.setEnabled(name, false);
        assertThat(accounts.find(name).orElseThrow().isEnabled()).isFalse();
        assertThatThrownBy(() -> accounts.create(name, "another password", List.of(Role.ADMIN), List.of()))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void failedSignInsAreCountedInTheDatabaseOneAttemptAtATime() throws Exception {
        String name = "t." + tag.toLowerCase();
        accounts.create(name, "the right password", List.of(Role.APPRAISER), List.of("Thanh Hóa"));
        java.util.Map<String, String> wrong = java.util.Map.of("Authorization", Http.basic(name, "a wrong password"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(pool.submit(() -> new RawHttp(port, "127.0.0.1").send("GET", "/api/evaluations", wrong, null)
                    .status()));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : answers) {
            codes.add(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        // 5 failures (the default) lock the account: 4 are told "wrong", the 5th and all later "wait"
        assertThat(codes.stream().filter(c -> c == 401).count()).isEqualTo(4);
        assertThat(codes.stream().filter(c -> c == 429).count()).isEqualTo(12);
        assertThat(jdbc.sql("SELECT failures FROM sign_in_throttle WHERE throttle_key = ?").param("account:" + name)
                .query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT locked_until FROM sign_in_throttle WHERE throttle_key = ?").param("account:" + name)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single()).isAfter(OffsetDateTime.now(ZoneOffset.UTC));
        assertThat(new RawHttp(port, "127.0.0.1").send("GET", "/api/evaluations",
                java.util.Map.of("Authorization", Http.basic(name, "the right password")), null).status()).isEqualTo(429);
    }

    @Test
    void concurrentEvaluationsAreAllKeptApart() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Long>> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String code = tag + "-C" + i;
            ids.add(pool.submit(() -> service.submit(a(), code + ".xlsx", Workbooks.thanhHoa(code))));
        }
        List<Long> got = new ArrayList<>();
        for (Future<Long> f : ids) {
            got.add(f.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertThat(got).doesNotHaveDuplicates().hasSize(12);
        for (int i = 0; i < 12; i++) {
            long id = got.get(i);
            assertThat(jdbc.sql("SELECT unit_code FROM evaluation_unit WHERE evaluation_id = ?").param(id)
                    .query(String.class).single()).isEqualTo(tag + "-C" + i);
            assertThat(evaluations.summary(id, a()).fileName()).isEqualTo(tag + "-C" + i + ".xlsx");
        }
    }

    List<Long> ids(HistoryFilter f, XkmtUser user) {
        return evaluations.history(f, user).items().stream().map(EvaluationSummary::id).toList();
    }

    static String sha(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
