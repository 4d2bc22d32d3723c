package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign-in is slowed down per account and per client address, over real HTTP: after
 * {@value #LIMIT} failures the account must wait (first {@value #FIRST_DELAY_S} s, doubling), even
 * the right password is refused meanwhile, with a message in both languages on the page and a 429
 * problem for HTTP Basic; every failure is logged without the password; a success starts the
 * account again from zero. Each test signs in from its own loopback address (127.0.0.x).
 */
@SpringBootTest(classes = WebApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:xkmt-sign-in;DB_CLOSE_DELAY=-1",
        "xkmt.web.sign-in.failures-before-delay=" + SignInThrottleTest.LIMIT,
        "xkmt.web.sign-in.address-failures-before-delay=" + SignInThrottleTest.ADDRESS_LIMIT,
        "xkmt.web.sign-in.first-delay=" + SignInThrottleTest.FIRST_DELAY_S + "s",
        "xkmt.web.sign-in.max-delay=16s",
        "xkmt.web.sign-in.forget-after=10m"})
@ActiveProfiles({"test", "demo"})
class SignInThrottleTest {

    static final int LIMIT = 5;
    static final int ADDRESS_LIMIT = 12;
    static final int FIRST_DELAY_S = 4;
    static final String WRONG = "Wrong-Secret-Pw-123";
    static final Pattern LOCKED = Pattern.compile("^/login\\?locked=(\\d+)$");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.xkmt.web.security.UserAccounts accounts;

    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger signInLog = (Logger) LoggerFactory.getLogger("vn.xkmt.web.security.ThrottledSignIn");

    @BeforeEach
    void captureLog() {
        log.start();
        signInLog.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        signInLog.detachAppender(log);
    }

    List<String> logLines() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    static long lockedSeconds(RawHttp.Response r) {
        assertThat(r.status()).isEqualTo(302);
        Matcher m = LOCKED.matcher(String.valueOf(r.header("Location")));
        assertThat(m.matches()).as("locked: " + r.header("Location")).isTrue();
        return Long.parseLong(m.group(1));
    }

    int failures(String key) {
        return jdbc.sql("SELECT failures FROM sign_in_throttle WHERE throttle_key = ?").param(key).query(Integer.class)
                .optional().orElse(0);
    }

    @Test
    void thirtyWrongPasswordsThenTheRightOneIsRefusedUntilTheWaitIsOver() throws Exception {
        RawHttp http = new RawHttp(port, "127.0.0.2");
        for (int i = 1; i <= 30; i++) {
            RawHttp.Response r = http.signIn("appraiser.thanhhoa", WRONG);
            if (i < LIMIT) {
                assertThat(r.header("Location")).as("failure " + i).isEqualTo("/login?error");
            } else {
                assertThat(lockedSeconds(r)).as("failure " + i).isBetween(1L, 16L);
            }
        }
        RawHttp.Response right = http.signIn("appraiser.thanhhoa", As.PASSWORD_A);
        long wait = lockedSeconds(right);

        RawHttp.Response page = http.get(right.header("Location"));
        assertThat(page.body()).contains("id=\"sign-in-locked\"", "data-seconds=\"" + wait + "\"",
                "Đăng nhập sai quá nhiều lần", "hãy chờ " + wait + " giây",
                "Too many failed sign-ins", "wait " + wait + " seconds", "even the right password is refused");
        assertThat(http.get("/login?locked=<script>").body()).doesNotContain("sign-in-locked", "<script>");

        Thread.sleep(wait * 1000 + 300);
        RawHttp.Response after = http.signIn("appraiser.thanhhoa", As.PASSWORD_A);
        assertThat(after.header("Location")).isEqualTo("/");
        assertThat(failures("account:appraiser.thanhhoa")).as("a success starts the account again").isZero();

        List<String> lines = logLines();
        assertThat(lines).filteredOn(l -> l.startsWith("Sign-in failed")).hasSizeGreaterThanOrEqualTo(LIMIT)
                .allSatisfy(l -> assertThat(l).contains("account appraiser.thanhhoa", "from 127.0.0.2",
                        "failure ", " of the account", " from the address"));
        assertThat(lines).filteredOn(l -> l.startsWith("Sign-in refused")).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("appraiser.thanhhoa", "127.0.0.2", "must wait"));
        assertThat(lines).noneMatch(l -> l.contains(WRONG) || l.contains(As.PASSWORD_A));
    }

    @Test
    void eachFailureAfterALockOutDoublesTheWait() throws Exception {
        accounts.create("grow.test", "grow-test-password", List.of(vn.xkmt.web.security.Role.APPRAISER), List.of("Lào Cai"));
        RawHttp http = new RawHttp(port, "127.0.0.7");
        for (int i = 1; i < LIMIT; i++) {
            assertThat(http.signIn("grow.test", WRONG).header("Location")).isEqualTo("/login?error");
        }
        long first = lockedSeconds(http.signIn("grow.test", WRONG));
        assertThat(first).isEqualTo(FIRST_DELAY_S);
        Thread.sleep(first * 1000 + 300);
        assertThat(lockedSeconds(http.signIn("grow.test", WRONG))).isEqualTo(2L * FIRST_DELAY_S);
        assertThat(lockedSeconds(http.signIn("grow.test", "grow-test-password"))).isBetween(1L, 2L * FIRST_DELAY_S);
    }

    @Test
    void httpBasicDuringALockOutIs429WithAProblemDocumentAndNoChallenge() {
        RawHttp http = new RawHttp(port, "127.0.0.3");
        Map<String, String> wrong = Map.of("Authorization", Http.basic("appraiser.laocai", WRONG));
        for (int i = 1; i < LIMIT; i++) {
            assertThat(http.send("GET", "/api/evaluations", wrong, null).status()).isEqualTo(401);
        }
        RawHttp.Response locked = http.send("GET", "/api/evaluations", wrong, null);
        RawHttp.Response right = new RawHttp(port, "127.0.0.3").send("GET", "/api/evaluations",
                Map.of("Authorization", Http.basic("appraiser.laocai", As.PASSWORD_B)), null);
        for (RawHttp.Response r : List.of(locked, right)) {
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, (long) FIRST_DELAY_S);
            assertThat(r.header("WWW-Authenticate")).isNull();
            assertThat(r.body()).contains("\"status\":429", "\"error\":\"sign-in-locked\"", "Đăng nhập sai quá nhiều lần",
                    "Too many failed sign-ins").doesNotContain(WRONG);
        }
    }

    @Test
    void tooManyFailuresFromOneAddressLockItForEveryAccount() {
        RawHttp http = new RawHttp(port, "127.0.0.4");
        for (int i = 0; i < ADDRESS_LIMIT; i++) {
            http.signIn("nobody-" + i, WRONG);
        }
        assertThat(lockedSeconds(http.signIn("admin", As.PASSWORD_ADMIN))).isPositive();
        assertThat(logLines()).filteredOn(l -> l.startsWith("Sign-in failed")).anySatisfy(l -> assertThat(l)
                .contains("(not an account, sha256 ").doesNotContain("nobody-"));
        // another address is not affected
        assertThat(new RawHttp(port, "127.0.0.5").signIn("admin", As.PASSWORD_ADMIN).header("Location")).isEqualTo("/");
    }

    @Test
    void simultaneousWrongPasswordsAreCountedOneByOneSoOnlyTheLimitGetsAPasswordCheck() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> new RawHttp(port, "127.0.0.6").send("GET", "/api/evaluations",
                        Map.of("Authorization", Http.basic("editor.thanhhoa", WRONG)), null).status()));
            }
            List<Integer> codes = new java.util.ArrayList<>();
            for (Future<Integer> f : answers) {
                codes.add(f.get());
            }
            assertThat(codes).containsOnly(401, 429);
            assertThat(codes.stream().filter(c -> c == 401).count()).isEqualTo(LIMIT - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures("account:editor.thanhhoa")).isEqualTo(LIMIT);
        assertThat(logLines()).filteredOn(l -> l.startsWith("Sign-in failed") && l.contains("editor.thanhhoa"))
                .hasSize(LIMIT);
    }
}
