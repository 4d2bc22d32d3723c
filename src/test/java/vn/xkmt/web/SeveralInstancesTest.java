package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.ContractWorkbook;
import vn.xkmt.testing.PersonBuilder;

/**
 * Two servers, A and B, started as real processes ({@code xkmt serve}) on two ports over one
 * PostgreSQL database ({@code XKMT_TEST_PG_URL} with {@code 2} added to its database name, e.g.
 * {@code xkmt_test2}, emptied first), each with its own copy of the rules folder and
 * {@code xkmt.web.rules-source=database}: a session made on A is good on B and a sign-out on B ends it
 * on A; an upload on A is listed and downloaded on B; the hourly limit holds across A and B; a
 * threshold published on B answers on A; two publishes racing on A and B: one wins, the other is told
 * of the conflict; A killed (SIGKILL) during twenty uploads over A and B loses nothing acknowledged and
 * leaves nothing half-stored.
 */
@EnabledIfEnvironmentVariable(named = "XKMT_TEST_PG_URL", matches = "jdbc:postgresql:.+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesTest {

    /** What docs/web.md promises: a publish answers on every server within this (poll 1 s + a reload). */
    static final Duration RELOAD_WITHIN = Duration.ofSeconds(30);
    static final int LIMIT = 10;
    static final String PW = "several-instances-2025";
    static final String EDITOR_PASSWORD = "editor-several-2025";
    static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("XKMT_SESSION=([^;]+)");

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    String url;
    Path dir;
    ServerProcess a;
    ServerProcess b;

    static String database() {
        String base = System.getenv("XKMT_TEST_PG_URL");
        int q = base.indexOf('?');
        return q < 0 ? base + "2" : base.substring(0, q) + "2" + base.substring(q);
    }

    Connection db() throws Exception {
        return DriverManager.getConnection(url, PostgresPersistenceTest.env("XKMT_TEST_PG_USER", "xkmt"),
                PostgresPersistenceTest.env("XKMT_TEST_PG_PASSWORD", "xkmt"));
    }

    @BeforeAll
    void startTwoServers() throws Exception {
        url = database();
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        dir = Files.createTempDirectory("xkmt-several-");
        a = start("A");
        b = start("B");
        a.awaitReady(Duration.ofMinutes(4));
        b.awaitReady(Duration.ofMinutes(4));
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode(PW);
        try (Connection c = db(); Statement s = c.createStatement()) {
            for (String u : List.of("quota.a", "kill.1", "kill.2", "kill.3", "kill.4")) {
                account(s, u, hash, "APPRAISER");
            }
            account(s, "appraiser.thanhhoa", encoder.encode(As.PASSWORD_A), "APPRAISER");
            account(s, "editor.thanhhoa", encoder.encode(EDITOR_PASSWORD), "POLICY_EDITOR");
        }
    }

    static void account(Statement s, String user, String hash, String role) throws Exception {
        s.execute("INSERT INTO app_user (username, password_hash, enabled, created_at) VALUES ('" + user + "', '"
                + hash + "', TRUE, now())");
        s.execute("INSERT INTO user_role (username, role) VALUES ('" + user + "', '" + role + "')");
        s.execute("INSERT INTO user_province (username, province) VALUES ('" + user + "', 'thanh-hoa')");
    }

    ServerProcess start(String name) throws Exception {
        Path work = Files.createDirectories(dir.resolve(name));
        Path rules = work.resolve("rules");
        copyRulesWithoutTests(Path.of("rules"), rules);
        // no demo accounts: both servers start on the empty database with XKMT_ADMIN_PASSWORD at once
        return ServerProcess.start(name, work, List.of("--port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresPersistenceTest.env("XKMT_TEST_PG_USER", "xkmt"),
                "--spring.datasource.password=" + PostgresPersistenceTest.env("XKMT_TEST_PG_PASSWORD", "xkmt"),
                "--xkmt.web.rules=" + rules, "--xkmt.web.rules-source=database", "--xkmt.web.rules-sync=1s",
                "--xkmt.web.rules-poll=1s", "--xkmt.web.uploads-per-hour=" + LIMIT,
                "--xkmt.web.max-parallel-evaluations=2", "--xkmt.web.rule-check.parallel=1"),
                Map.of("XKMT_ADMIN_PASSWORD", As.PASSWORD_ADMIN));
    }

    @AfterAll
    void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    // ---------------------------------------------------------------- first run

    @Test
    @Order(0)
    void theFirstAdministratorIsMadeOnceByTwoServersStartingTogether() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM user_role WHERE role = 'ADMIN'")).isEqualTo(1);
        assertThat(List.of(a.log(), b.log())).filteredOn(l -> l.contains("Administrator account 'admin' created"))
                .hasSize(1);
        for (ServerProcess s : List.of(a, b)) {
            assertThat(api(s, "/actuator/metrics", "admin", As.PASSWORD_ADMIN).statusCode()).isEqualTo(200);
        }
    }

    // ---------------------------------------------------------------- sessions

    @Test
    @Order(1)
    void aSessionMadeOnAServesOnBAndASignOutOnBEndsItOnA() throws Exception {
        HttpResponse<String> login = get(a, "/login", null);
        String anonymous = cookie(login).orElseThrow();
        HttpResponse<String> signedIn = post(a, "/login", anonymous, Map.of("username", "appraiser.thanhhoa",
                "password", As.PASSWORD_A, "_csrf", match(CSRF_FIELD, login.body())));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = cookie(signedIn).orElseThrow();
        assertThat(session).as("the session id changes at sign-in").isNotEqualTo(anonymous);

        HttpResponse<String> onB = get(b, "/evaluations", session);
        assertThat(onB.statusCode()).as("the session made on A, on B").isEqualTo(200);
        assertThat(onB.body()).contains("appraiser.thanhhoa");
        assertThat(get(b, "/evaluations", null).statusCode()).isEqualTo(302);

        HttpResponse<String> out = post(b, "/logout", session, Map.of("_csrf", match(CSRF_FIELD, onB.body())));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElse("")).contains("/login?logout");
        HttpResponse<String> afterOnA = get(a, "/evaluations", session);
        assertThat(afterOnA.statusCode()).as("signed out on B: ended on A too").isEqualTo(302);
        assertThat(afterOnA.headers().firstValue("Location").orElse("")).contains("/login");
        try (Connection c = db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'appraiser.thanhhoa'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    // ---------------------------------------------------------------- uploads

    @Test
    @Order(2)
    void anUploadOnAIsListedAndDownloadedOnB() throws Exception {
        byte[] workbook = Workbooks.thanhHoa("TH-MULTI-1");
        HttpResponse<String> up = upload(a, "appraiser.thanhhoa", As.PASSWORD_A, workbook);
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        long id = json.readTree(up.body()).path("evaluation").path("id").asLong();
        HttpResponse<String> list = api(b, "/api/evaluations?commune=TH-MULTI-1", "appraiser.thanhhoa", As.PASSWORD_A);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json.readTree(list.body()).path("items").findValues("id")).extracting(JsonNode::asLong).contains(id);
        assertThat(input(b, id, "appraiser.thanhhoa", As.PASSWORD_A)).isEqualTo(workbook);
    }

    @Test
    @Order(3)
    void theHourlyLimitHoldsOverAAndBTogether() throws Exception {
        int n = 16;
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ServerProcess to = i % 2 == 0 ? a : b;
            byte[] wb = Workbooks.thanhHoa("TH-Q-" + i);
            calls.add(() -> upload(to, "quota.a", PW, wb).statusCode());
        }
        List<Integer> codes = runAll(calls);
        assertThat(codes).filteredOn(c -> c == 201).hasSize(LIMIT);
        assertThat(codes).filteredOn(c -> c == 429).hasSize(n - LIMIT);
        assertThat(count("SELECT COUNT(*) FROM evaluation WHERE created_by = 'quota.a'")).isEqualTo(LIMIT);
        assertThat(count("SELECT COUNT(*) FROM upload_reservation WHERE username = 'quota.a'")).isZero();
        assertThat(upload(b, "quota.a", PW, Workbooks.thanhHoa("TH-Q-X")).statusCode()).isEqualTo(429);
        assertThat(upload(a, "quota.a", PW, Workbooks.thanhHoa("TH-Q-Y")).statusCode()).isEqualTo(429);
    }

    // ---------------------------------------------------------------- rules

    @Test
    @Order(4)
    void aThresholdPublishedOnBAnswersOnAWithinTheDelay() throws Exception {
        String file = "parameters.yaml";
        String text = Files.readString(dir.resolve("B/rules/thanh-hoa/2024.2/" + file));
        assertThat(text).contains("    2024-11-01: 10");
        assertThat(th1(upload(a, "appraiser.thanhhoa", As.PASSWORD_A, nineAddicts("TH-P-1")))).isEqualTo("PASS");

        Editor editor = Editor.signIn(this, b, "editor.thanhhoa", EDITOR_PASSWORD);
        assertThat(editor.save(file, text.replace("    2024-11-01: 10", "    2024-11-01: 5")).statusCode()).isEqualTo(302);
        HttpResponse<String> published = editor.publish();
        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        assertThat(published.headers().firstValue("Location").orElse("")).isEqualTo("/rules/history");
        long publishedAt = System.nanoTime();
        String hash = newestHash("thanh-hoa", "2024.2");

        // A follows within the documented delay: its rule set page names the new hash
        while (!api(a, "/api/rulesets/thanh-hoa", "appraiser.thanhhoa", As.PASSWORD_A).body().contains(hash)) {
            assertThat(Duration.ofNanos(System.nanoTime() - publishedAt)).as(a.log()).isLessThan(RELOAD_WITHIN);
            Thread.sleep(200);
        }
        System.out.printf("SeveralInstancesTest: A answers with the version published on B %d ms after the publish%n",
                Duration.ofNanos(System.nanoTime() - publishedAt).toMillis());
        HttpResponse<String> after = upload(a, "appraiser.thanhhoa", As.PASSWORD_A, nineAddicts("TH-P-2"));
        assertThat(after.statusCode()).isEqualTo(201);
        assertThat(th1(after)).isEqualTo("FAIL");
        assertThat(after.body()).contains("thanh-hoa@2024.2#" + hash);
        assertThat(Files.readString(dir.resolve("A/rules/thanh-hoa/2024.2/" + file))).contains("    2024-11-01: 5");
    }

    @Test
    @Order(5)
    void twoPublishesRacingOnAAndBOneWinsTheOtherIsToldOfTheConflict() throws Exception {
        String file = "parameters.yaml";
        String hashBefore = newestHash("thanh-hoa", "2024.2");
        // both servers answer with the same version before the race
        for (ServerProcess s : List.of(a, b)) {
            long t0 = System.nanoTime();
            while (!api(s, "/api/rulesets/thanh-hoa", "appraiser.thanhhoa", As.PASSWORD_A).body().contains(hashBefore)) {
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(RELOAD_WITHIN);
                Thread.sleep(200);
            }
        }
        String text = Files.readString(dir.resolve("A/rules/thanh-hoa/2024.2/" + file));
        assertThat(text).contains("    2024-11-01: 5");
        Editor onA = Editor.signIn(this, a, "editor.thanhhoa", EDITOR_PASSWORD);
        Editor onB = Editor.signIn(this, b, "admin", As.PASSWORD_ADMIN);
        assertThat(onA.save(file, text.replace("    2024-11-01: 5", "    2024-11-01: 6")).statusCode()).isEqualTo(302);
        assertThat(onB.save(file, text.replace("    2024-11-01: 5", "    2024-11-01: 7")).statusCode()).isEqualTo(302);
        long publishesBefore = count("SELECT COUNT(*) FROM rule_publish");

        List<HttpResponse<String>> answers = runAll(List.of(onA::publish, onB::publish));
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 409);
        HttpResponse<String> lost = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(lost.body()).contains("id=\"conflict\"", "vừa xuất bản phiên bản này", "Bản nháp của bạn dựa trên bản cũ và được giữ nguyên");
        assertThat(count("SELECT COUNT(*) FROM rule_publish")).isEqualTo(publishesBefore + 1);
        String winner = answers.get(0).statusCode() == 302 ? "6" : "7";
        String hashAfter = newestHash("thanh-hoa", "2024.2");
        assertThat(hashAfter).isNotEqualTo(hashBefore);
        assertThat(lost.body()).contains(hashAfter);
        for (String who : List.of("A", "B")) {
            long t0 = System.nanoTime();
            while (!Files.readString(dir.resolve(who + "/rules/thanh-hoa/2024.2/" + file)).contains("    2024-11-01: " + winner)) {
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(RELOAD_WITHIN);
                Thread.sleep(200);
            }
        }
    }

    @Test
    @Order(6)
    void aChangeCopiedIntoTheFolderOfBIsRecordedAndAFollows() throws Exception {
        String file = "parameters.yaml";
        Path onB = dir.resolve("B/rules/thanh-hoa/2024.2/" + file);
        String text = Files.readString(onB);
        String changed = text.replaceAll("    2024-11-01: \\d+\n", "    2024-11-01: 8\n");
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(onB, changed);
        long t0 = System.nanoTime();
        while (!Files.readString(dir.resolve("A/rules/thanh-hoa/2024.2/" + file)).contains("    2024-11-01: 8\n")) {
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as(b.log()).isLessThan(RELOAD_WITHIN.multipliedBy(2));
            Thread.sleep(200);
        }
        String hash = newestHash("thanh-hoa", "2024.2");
        while (!api(a, "/api/rulesets/thanh-hoa", "appraiser.thanhhoa", As.PASSWORD_A).body().contains(hash)) {
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(RELOAD_WITHIN.multipliedBy(2));
            Thread.sleep(200);
        }
        assertThat(count("SELECT COUNT(*) FROM rule_release WHERE reason = 'disk' AND content_hash = '" + hash + "'"))
                .isEqualTo(1);
    }

    // ---------------------------------------------------------------- an instance killed

    @Test
    @Order(7)
    void aKilledDuringTwentyUploadsLosesNothingAcknowledgedAndLeavesNothingHalfStored() throws Exception {
        record Sent(int i, ServerProcess to, String user, byte[] bytes) {
        }
        record Answer(Sent sent, int status, long id) {
        }
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sent.add(new Sent(i, i % 2 == 0 ? a : b, "kill." + (1 + i % 4), Workbooks.thanhHoa("TH-K-" + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Answer>> futures = new ArrayList<>();
        for (Sent s : sent) {
            futures.add(pool.submit(() -> {
                try {
                    HttpResponse<String> r = upload(s.to(), s.user(), PW, s.bytes());
                    long id = r.statusCode() == 201 ? json.readTree(r.body()).path("evaluation").path("id").asLong() : -1;
                    return new Answer(s, r.statusCode(), id);
                } catch (RuntimeException e) {
                    return new Answer(s, -1, -1); // the connection died with A
                }
            }));
        }
        // kill A once the batch is under way on it (its first answers are back, others in flight)
        long t0 = System.nanoTime();
        while (count("SELECT COUNT(*) FROM evaluation WHERE created_by LIKE 'kill.%'") < 4
                && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(60)) {
            Thread.sleep(50);
        }
        a.kill();
        assertThat(a.alive()).isFalse();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : futures) {
            answers.add(f.get(3, TimeUnit.MINUTES));
        }
        pool.shutdown();
        List<Answer> ok = answers.stream().filter(x -> x.status() == 201).toList();
        assertThat(answers).filteredOn(x -> x.sent().to() == b).allMatch(x -> x.status() == 201);
        assertThat(answers).filteredOn(x -> x.status() != 201).allMatch(x -> x.sent().to() == a && x.status() == -1);
        assertThat(answers).as("A was killed with uploads in flight").anyMatch(x -> x.status() == -1);
        System.out.printf("SeveralInstancesTest: %d of 20 uploads answered 201, %d lost with A%n", ok.size(),
                answers.size() - ok.size());

        // every upload acknowledged, on A or on B, is listed on B with its input bytes
        for (Answer x : ok) {
            assertThat(input(b, x.id(), "admin", As.PASSWORD_ADMIN)).as("upload %d", x.sent().i()).isEqualTo(x.sent().bytes());
        }
        // those lost with A complete on retry, on B
        for (Answer x : answers) {
            if (x.status() != 201) {
                HttpResponse<String> again = upload(b, x.sent().user(), PW, x.sent().bytes());
                assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            }
        }
        // nothing half-stored: every stored upload has its bytes, SHA-256, size and communes
        Map<Long, String> sha = new LinkedHashMap<>();
        try (Connection c = db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT e.id, e.input_sha256, e.input_size, i.content, "
                     + "(SELECT COUNT(*) FROM evaluation_unit u WHERE u.evaluation_id = e.id) AS units "
                     + "FROM evaluation e LEFT JOIN evaluation_input i ON i.evaluation_id = e.id WHERE e.created_by LIKE 'kill.%'")) {
            while (rs.next()) {
                byte[] content = rs.getBytes("content");
                assertThat(content).as("evaluation %d has its input", rs.getLong("id")).isNotNull();
                assertThat((long) content.length).isEqualTo(rs.getLong("input_size"));
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
                        .isEqualTo(rs.getString("input_sha256"));
                assertThat(rs.getLong("units")).isEqualTo(1);
                sha.put(rs.getLong("id"), rs.getString("input_sha256"));
            }
        }
        assertThat(sha.keySet()).containsAll(ok.stream().map(Answer::id).toList());
        // each of the twenty workbooks is stored at least once (at most twice: committed on A, its answer lost)
        Map<String, Long> perWorkbook = sha.values().stream().collect(Collectors.groupingBy(h -> h, Collectors.counting()));
        assertThat(perWorkbook).hasSize(20);
        assertThat(perWorkbook.values()).allMatch(k -> k <= 2);
        assertThat(api(b, "/actuator/health/readiness", null, null).body()).contains("\"UP\"");
    }

    // ---------------------------------------------------------------- helpers

    /** An editor signed in on one server through the form, with its session and CSRF token. */
    record Editor(SeveralInstancesTest t, ServerProcess on, String session) {

        static Editor signIn(SeveralInstancesTest t, ServerProcess on, String user, String password) throws Exception {
            HttpResponse<String> login = t.get(on, "/login", null);
            HttpResponse<String> in = t.post(on, "/login", t.cookie(login).orElseThrow(), Map.of("username", user,
                    "password", password, "_csrf", match(CSRF_FIELD, login.body())));
            assertThat(in.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return new Editor(t, on, t.cookie(in).orElseThrow());
        }

        String token() {
            return match(CSRF_FIELD, t.get(on, "/rules/thanh-hoa/2024.2", session).body());
        }

        HttpResponse<String> save(String file, String content) {
            return t.post(on, "/rules/thanh-hoa/2024.2/files/" + file, session, Map.of("content", content, "_csrf", token()));
        }

        HttpResponse<String> publish() {
            return t.post(on, "/rules/thanh-hoa/2024.2/publish", session, Map.of("_csrf", token()));
        }
    }

    String newestHash(String ruleSet, String version) throws Exception {
        try (Connection c = db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT content_hash FROM rule_release WHERE rule_set = '" + ruleSet
                     + "' AND version = '" + version + "' ORDER BY seq DESC LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    long count(String sql) throws Exception {
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static <T> List<T> runAll(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(calls)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    byte[] nineAddicts(String code) throws Exception {
        CommuneBuilder c = CommuneBuilder.thanhHoa(code);
        for (int i = 1; i <= 9; i++) {
            c.with(PersonBuilder.addict(String.format("%s-NN-%03d", code, i)));
        }
        return Files.readAllBytes(c.addTo(ContractWorkbook.create()).write(dir.resolve(code + ".xlsx")));
    }

    String th1(HttpResponse<String> upload) {
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        List<String> found = new ArrayList<>();
        find(json.readTree(upload.body()).path("result"), found);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Every TH1 outcome in a result document. */
    static void find(JsonNode n, List<String> out) {
        if (n.isObject() && "TH1".equals(n.path("id").asString(null)) && n.has("outcome")) {
            out.add(n.get("outcome").asString());
        }
        n.values().forEach(c -> find(c, out));
    }

    HttpResponse<String> upload(ServerProcess to, String user, String password, byte[] workbook) {
        Http.Multipart m = new Http.Multipart("x.xlsx", workbook);
        return send(HttpRequest.newBuilder(uri(to, "/api/evaluations")).timeout(Duration.ofMinutes(3))
                .header("Authorization", Http.basic(user, password)).header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(m.body())).build());
    }

    HttpResponse<String> api(ServerProcess to, String path, String user, String password) {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri(to, path)).timeout(Duration.ofMinutes(1));
        if (user != null) {
            r.header("Authorization", Http.basic(user, password));
        }
        return send(r.build());
    }

    byte[] input(ServerProcess to, long id, String user, String password) throws Exception {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri(to, "/api/evaluations/" + id + "/input"))
                .header("Authorization", Http.basic(user, password)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    HttpResponse<String> get(ServerProcess to, String path, String session) {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri(to, path)).header("Accept", "text/html");
        if (session != null) {
            r.header("Cookie", "XKMT_SESSION=" + session);
        }
        return send(r.build());
    }

    HttpResponse<String> post(ServerProcess to, String path, String session, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(to, path)).timeout(Duration.ofMinutes(3)).header("Accept", "text/html")
                .header("Cookie", "XKMT_SESSION=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Optional<String> cookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((x, y) -> y);
    }

    static URI uri(ServerProcess to, String path) {
        return URI.create("http://localhost:" + to.port() + path);
    }

    HttpResponse<String> send(HttpRequest r) {
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String match(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in " + body);
        }
        return m.group(1);
    }

    static void copyRulesWithoutTests(Path from, Path to) throws Exception {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path rel = from.relativize(p);
                if (rel.toString().contains("tests")) {
                    continue;
                }
                Path t = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
