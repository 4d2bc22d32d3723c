package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the real servlet container: upload size limits, cookies, CSRF, HTTP Basic and the session,
 * security headers and error pages.
 */
@WebTest
class RealHttpTest {

    static final byte[] TOO_LARGE = new byte[21 * 1024 * 1024 + 10];

    @LocalServerPort
    int port;

    Http signedIn(String user, String password) {
        Http http = new Http(port);
        HttpResponse<String> r = http.signIn(user, password);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return http;
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> r = new Http(port).signIn("appraiser.thanhhoa", As.PASSWORD_A);
        List<String> cookies = r.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("XKMT_SESSION=").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aWrongPasswordStaysOnTheSignInPage() {
        HttpResponse<String> r = new Http(port).signIn("appraiser.thanhhoa", "wrong-password");
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void aTooLargeUploadGetsAClearPageAnd413() {
        Http http = signedIn("appraiser.thanhhoa", As.PASSWORD_A);
        HttpResponse<String> r = http.uploadPage("big.xlsx", TOO_LARGE);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Tệp quá lớn: tối đa 20 MB", "data-code=\"too-large\"")
                .doesNotContain("Exception", "at org.");
    }

    @Test
    void aTooLargeApiUploadGets413AsJson() {
        HttpResponse<String> r = new Http(port).uploadApi("appraiser.thanhhoa", As.PASSWORD_A, "big.xlsx", TOO_LARGE);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"error\":\"too-large\"");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedWithAnExplanation() {
        Http http = signedIn("appraiser.thanhhoa", As.PASSWORD_A);
        Http.Multipart m = new Http.Multipart("th.xlsx", Workbooks.thanhHoa("RH-1"));
        HttpResponse<String> r = http.send(http.page("/upload").header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(m.body())).build());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Biểu mẫu đã hết hạn");
    }

    @Test
    void thePageUploadWorksThroughTheContainer() {
        Http http = signedIn("appraiser.thanhhoa", As.PASSWORD_A);
        HttpResponse<String> r = http.uploadPage("th.xlsx", Workbooks.thanhHoa("RH-2"));
        assertThat(r.statusCode()).isEqualTo(302);
        String page = http.get(r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(page).contains("RH-2", "data-verdict=").doesNotContain(Workbooks.SECRET_NAME);
    }

    @Test
    void basicSignInIsKeptInTheSessionSoTheNextCallNeedsNoPassword() {
        Http http = new Http(port);
        HttpResponse<String> first = http.send(http.request("/api/rulesets")
                .header("Authorization", Http.basic("editor.thanhhoa", "editor-demo-2025")).build());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("XKMT_SESSION="));
        assertThat(http.send(http.request("/api/evaluations").build()).statusCode()).isEqualTo(200);
    }

    @Test
    void apiChallengesScriptsButNotBrowsers() {
        Http http = new Http(port);
        HttpResponse<String> script = http.send(http.request("/api/evaluations").build());
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        HttpResponse<String> browser = http.send(http.request("/api/evaluations").header("Accept", "text/html").build());
        assertThat(browser.statusCode()).isEqualTo(401);
        assertThat(browser.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> wrong = http.send(http.request("/api/evaluations")
                .header("Authorization", Http.basic("appraiser.thanhhoa", "nope")).build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("unauthorized");
    }

    @Test
    void aSessionWriteToTheApiNeedsTheCsrfToken() {
        Http http = signedIn("appraiser.thanhhoa", As.PASSWORD_A);
        Http.Multipart m = new Http.Multipart("th.xlsx", Workbooks.thanhHoa("RH-3"));
        HttpResponse<String> r = http.send(http.request("/api/evaluations").header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(m.body())).build());
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void securityHeaders() {
        HttpResponse<String> r = new Http(port).get("/login");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
                assertThat(v).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void errorPagesNeverShowATrace() {
        Http http = signedIn("editor.thanhhoa", "editor-demo-2025");
        HttpResponse<String> missing = http.get("/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang này").doesNotContain("Exception", "Whitelabel");
        HttpResponse<String> refused = http.get("/upload");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("không có quyền");
        HttpResponse<String> badId = http.get("/evaluations/abc");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).doesNotContain("Exception", "NumberFormat");
        HttpResponse<String> anonymous = new Http(port).get("/no/such/page");
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }

    @Test
    void healthIsOpenMetricsAreNot() {
        Http http = new Http(port);
        HttpResponse<String> health = http.send(http.request("/actuator/health").build());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        HttpResponse<String> metrics = http.send(http.request("/actuator/metrics/xkmt.evaluation.duration")
                .header("Authorization", Http.basic("admin", As.PASSWORD_ADMIN)).build());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("xkmt.evaluation.duration");
    }

    /** A multipart body with the workbook and {@code fields} more form fields: parts = fields + 1. */
    static byte[] manyParts(String boundary, int fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields; i++) {
            sb.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"f").append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new Http.Multipart("th.xlsx", Workbooks.thanhHoa("RH-PARTS"), boundary).body();
        byte[] out = new byte[head.length + file.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(file, 0, out, head.length, file.length);
        return out;
    }

    @Test
    void tooManyMultipartPartsGetAClear400NeverATrace() {
        String boundary = "----xkmtparts";
        byte[] body = manyParts(boundary, 12); // 13 parts, server.tomcat.max-part-count=8
        Http api = new Http(port);
        HttpResponse<String> r = api.send(api.request("/api/evaluations")
                .header("Authorization", Http.basic("appraiser.thanhhoa", As.PASSWORD_A))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"error\":\"too-many-parts\"", "tối đa 8", "at most 8)")
                .doesNotContain("Exception", "at org.");

        Http page = signedIn("appraiser.thanhhoa", As.PASSWORD_A);
        String token = Http.match(java.util.regex.Pattern.compile("_csrf=([^\"&]+)"), page.get("/upload").body());
        HttpResponse<String> p = page.send(page.page("/upload?_csrf=" + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(p.statusCode()).isEqualTo(400);
        assertThat(p.body()).contains("data-code=\"too-many-parts\"", "Yêu cầu có quá nhiều phần (tối đa 8)")
                .doesNotContain("Exception", "at org.", "HTTP Status");

        HttpResponse<String> fewParts = api.send(api.request("/api/evaluations")
                .header("Authorization", Http.basic("appraiser.thanhhoa", As.PASSWORD_A))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(manyParts(boundary, 3)))
                .build());
        assertThat(fewParts.statusCode()).isEqualTo(201);
    }
}
