package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Redirects never take the host from the request: {@code Host: evil.example} never comes back in a {@code Location}. */
@WebTest
class HostHeaderTest {

    static final String EVIL = "evil.example";

    @LocalServerPort
    int port;

    RawHttp evil() {
        return new RawHttp(port, "127.0.0.1").host(EVIL);
    }

    static void relativeTo(RawHttp.Response r, String path) {
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).isEqualTo(path).doesNotContain(EVIL).doesNotContain("//");
    }

    @Test
    void theStartPageOfAnAnonymousCallerSendsToTheSignInPageWithoutAHost() {
        relativeTo(evil().get("/"), "/login");
    }

    @Test
    void aPageThatNeedsASignInSendsToTheSignInPageWithoutAHost() {
        relativeTo(evil().get("/evaluations?province=thanh-hoa"), "/login");
    }

    @Test
    void aWrongPasswordSendsBackToTheFormWithoutAHost() {
        relativeTo(evil().signIn("appraiser.thanhhoa", "not-the-password"), "/login?error");
    }

    @Test
    void afterSignInThePageAskedForIsReachedWithoutAHost() {
        RawHttp http = evil();
        relativeTo(http.get("/evaluations"), "/login");
        RawHttp.Response in = http.signIn("appraiser.thanhhoa", As.PASSWORD_A);
        relativeTo(in, "/evaluations?continue");
        relativeTo(http.get("/"), "/upload");
    }

    @Test
    void signingOutSendsToTheSignInPageWithoutAHost() {
        RawHttp http = evil();
        assertThat(http.signIn("appraiser.thanhhoa", As.PASSWORD_A).status()).isEqualTo(302);
        String token = http.csrf("/upload");
        relativeTo(http.postForm("/logout", Map.of("_csrf", token)), "/login?logout");
    }

    @Test
    void noAnswerNamesTheHostEvenOnErrorPages() {
        RawHttp.Response missing = evil().get("/no-such-page");
        assertThat(missing.status()).isIn(302, 404);
        assertThat(String.valueOf(missing.header("Location")) + missing.body()).doesNotContain(EVIL);
        assertThat(evil().get("/login").body()).doesNotContain(EVIL);
    }

    @Test
    void theOpenApiDocumentNamesNoHost() {
        RawHttp http = evil();
        assertThat(http.signIn("appraiser.thanhhoa", As.PASSWORD_A).status()).isEqualTo(302);
        RawHttp.Response doc = http.send("GET", "/v3/api-docs", Map.of("Accept", "application/json"), null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body()).contains("\"servers\":[{\"url\":\"/\"").doesNotContain(EVIL);
    }

    @Test
    void absoluteLocationsAreCutToTheirPath() {
        assertThat(vn.xkmt.web.security.RelativeRedirectsProbe.relative("http://evil.example/login?error"))
                .isEqualTo("/login?error");
        assertThat(vn.xkmt.web.security.RelativeRedirectsProbe.relative("//evil.example//x")).isEqualTo("/x");
        assertThat(vn.xkmt.web.security.RelativeRedirectsProbe.relative("https://evil.example")).isEqualTo("/");
        assertThat(vn.xkmt.web.security.RelativeRedirectsProbe.relative("/evaluations/3")).isEqualTo("/evaluations/3");
    }
}
