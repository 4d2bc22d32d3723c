package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error path answers with the problem shape over real HTTP: a problem document
 * (application/problem+json, RFC 9457) for the API and JSON callers, an error page in both languages
 * for browsers; never {@code {"status":999}}, a 500 or a trace.
 */
@WebTest
class ErrorAnswersTest {

    @LocalServerPort
    int port;

    Http signedIn() {
        Http http = new Http(port);
        assertThat(http.signIn("appraiser.thanhhoa", As.PASSWORD_A).headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
        return http;
    }

    HttpRequest.Builder api(Http http, String path) {
        return http.request(path).header("Authorization", Http.basic("appraiser.thanhhoa", As.PASSWORD_A))
                .header("Accept", "application/json");
    }

    static void page(HttpResponse<String> r, int status, String vi, String en) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.body()).contains("data-status=\"" + status + "\"", vi, en)
                .doesNotContain("\"status\":999", "Exception", "Whitelabel", "trace", "at org.");
    }

    static void problem(HttpResponse<String> r, int status, String code, String instance) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"type\":\"urn:xkmt:problem:" + code + "\"", "\"title\":", "\"status\":" + status,
                        "\"detail\":", "\"error\":\"" + code + "\"", "\"vi\":", "\"en\":")
                .doesNotContain("\"status\":999", "Exception", "trace", "at org.");
        if (instance != null) {
            assertThat(r.body()).contains("\"instance\":\"" + instance + "\"");
        }
    }

    @Test
    void theErrorAddressItselfIsAnUnknownPageForABrowser() {
        page(new Http(port).get("/error"), 404, "Không tìm thấy trang này", "This page does not exist");
        page(signedIn().get("/error"), 404, "Không tìm thấy trang này", "This page does not exist");
    }

    @Test
    void theErrorAddressItselfIsAProblemDocumentForAJsonCaller() {
        Http http = new Http(port);
        problem(http.send(http.request("/error").header("Accept", "application/json").GET().build()), 404, "not-found",
                "/error");
    }

    @Test
    void anUnknownPageIs404InBothLanguages() {
        page(signedIn().get("/no-such-page"), 404, "Không tìm thấy trang này", "This page does not exist");
        HttpResponse<String> en = signedIn().get("/no-such-page?lang=en");
        assertThat(en.body()).contains("<html lang=\"en\"");
        page(en, 404, "Không tìm thấy trang này", "This page does not exist");
    }

    @Test
    void anUnknownApiAddressIsAProblemDocument() {
        Http http = new Http(port);
        problem(http.send(api(http, "/api/no-such-thing").GET().build()), 404, "not-found", "/api/no-such-thing");
    }

    @Test
    void aWrongMethodIs405() {
        Http http = signedIn();
        String token = Http.match(java.util.regex.Pattern.compile("_csrf=([^\"&]+)"), http.get("/upload").body());
        page(http.send(http.page("/evaluations?_csrf=" + token).POST(HttpRequest.BodyPublishers.noBody()).build()), 405, "Thao tác không được hỗ trợ",
                "This method is not supported");
        Http api = new Http(port);
        problem(api.send(api(api, "/api/evaluations").PUT(HttpRequest.BodyPublishers.ofString("x")).build()), 405,
                "method-not-allowed", "/api/evaluations");
    }

    @Test
    void aBadMultipartBodyIs400() {
        byte[] garbage = "--nope\r\nthis is not multipart at all".getBytes();
        Http api = new Http(port);
        HttpResponse<String> r = api.send(api(api, "/api/evaluations")
                .header("Content-Type", "multipart/form-data; boundary=xkmt-missing")
                .POST(HttpRequest.BodyPublishers.ofByteArray(garbage)).build());
        problem(r, 400, r.body().contains("no-file") ? "no-file" : "bad-request", "/api/evaluations");

        Http http = signedIn();
        String token = Http.match(java.util.regex.Pattern.compile("_csrf=([^\"&]+)"), http.get("/upload").body());
        HttpResponse<String> p = http.send(http.page("/upload?_csrf=" + token)
                .header("Content-Type", "multipart/form-data; boundary=xkmt-missing")
                .POST(HttpRequest.BodyPublishers.ofByteArray(garbage)).build());
        assertThat(p.statusCode()).isEqualTo(400);
        assertThat(p.body()).contains("id=\"problem\"", "data-status=\"400\"").doesNotContain("Exception", "\"status\":999");
    }

    @Test
    void anApiRefusalIsAProblemDocument() {
        Http http = new Http(port);
        problem(http.send(http.request("/api/evaluations").GET().build()), 401, "unauthorized", "/api/evaluations");
        problem(http.send(api(http, "/api/evaluations/999999").GET().build()), 404, "not-found", "/api/evaluations/999999");
    }
}
