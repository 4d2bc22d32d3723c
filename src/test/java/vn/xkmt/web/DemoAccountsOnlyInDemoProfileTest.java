package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.UserAccounts;

/** Started without the demo profile, the app has none of the demo accounts of docs/web.md: none signs in. */
@WithoutDemoProfile
class DemoAccountsOnlyInDemoProfileTest {

    /** The demo accounts and their published passwords (README, docs/web.md). */
    static final Map<String, String> DEMO = Map.of(
            "appraiser.laocai", As.PASSWORD_B,
            "appraiser.thanhhoa", As.PASSWORD_A,
            "editor.thanhhoa", "editor-demo-2025",
            "admin", As.PASSWORD_ADMIN);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    @Test
    void noDemoAccountExists() {
        DEMO.keySet().forEach(u -> assertThat(accounts.exists(u)).as(u).isFalse());
        assertThat(accounts.all()).extracting(a -> a.getUsername()).doesNotContainAnyElementsOf(DEMO.keySet());
    }

    @Test
    void theDemoCredentialsAreRefusedByTheSignInForm() {
        DEMO.forEach((user, password) -> {
            HttpResponse<String> r = new Http(port).signIn(user, password);
            assertThat(r.statusCode()).as(user).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).as(user).endsWith("/login?error");
        });
    }

    @Test
    void theDemoCredentialsGet401FromTheApi() {
        DEMO.forEach((user, password) -> {
            Http http = new Http(port);
            HttpResponse<String> r = http.send(http.request("/api/evaluations")
                    .header("Authorization", Http.basic(user, password)).build());
            assertThat(r.statusCode()).as(user).isEqualTo(401);
            assertThat(r.body()).as(user).contains("unauthorized");
        });
    }

    @Test
    void anAccountMadeOnThisServerDoesSignIn() {
        accounts.create("real.appraiser", "a-real-password-1", List.of(Role.APPRAISER), List.of("thanh-hoa"));
        Http http = new Http(port);
        HttpResponse<String> r = http.send(http.request("/api/evaluations")
                .header("Authorization", Http.basic("real.appraiser", "a-real-password-1")).build());
        assertThat(r.statusCode()).isEqualTo(200);
    }
}
