package vn.xkmt.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.UserAccounts;

/**
 * Every endpoint tried by every kind of caller: anonymous, appraiser of Thanh Hóa (A), appraiser of
 * Lào Cai (B), policy editor of Thanh Hóa, admin. Allowed and refused answers are both asserted.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;
    @Autowired
    UserAccounts accounts;

    long th;
    long lc;
    long mixed;

    @BeforeAll
    void evaluations() {
        th = service.submit(As.APPRAISER_A.user(), "th.xlsx", Workbooks.thanhHoa("MX-TH1"));
        lc = service.submit(As.APPRAISER_B.user(), "lc.xlsx", Workbooks.laoCai("MX-LC1"));
        mixed = service.submit(As.ADMIN.user(), "mixed.xlsx", Workbooks.mixed());
        if (!accounts.exists(TOGGLED)) {
            accounts.create(TOGGLED, "a-long-password", List.of(Role.APPRAISER), List.of("thanh-hoa"));
        }
    }

    /** The account that admins enable and disable in the matrix. */
    static final String TOGGLED = "mx.toggled";

    /** An endpoint and the status each caller gets: anonymous, A, B, editor, admin. */
    record Case(String name, Function<AccessMatrixTest, AbstractMockHttpServletRequestBuilder<?>> request, int... expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "upload.xlsx", XLSX, content);
    }

    static List<Case> cases() {
        return List.of(
                // pages
                new Case("GET /login", t -> get("/login"), 200, 200, 200, 200, 200),
                new Case("GET /", t -> get("/"), 302, 302, 302, 302, 302),
                new Case("GET /upload", t -> get("/upload"), 302, 200, 200, 403, 200),
                new Case("GET /upload/too-large", t -> get("/upload/too-large"), 302, 413, 413, 403, 413),
                new Case("GET /upload/too-many-parts", t -> get("/upload/too-many-parts"), 302, 400, 400, 403, 400),
                new Case("POST /upload Thanh Hóa", t -> multipart("/upload").file(file(Workbooks.thanhHoa("MX-TH2"))),
                        302, 302, 403, 403, 302),
                new Case("GET /evaluations", t -> get("/evaluations"), 302, 200, 200, 200, 200),
                new Case("GET /evaluations?province=thanh-hoa", t -> get("/evaluations").param("province", "thanh-hoa"),
                        302, 200, 403, 200, 200),
                new Case("GET /evaluations/{th}", t -> get("/evaluations/" + t.th), 302, 200, 403, 200, 200),
                new Case("GET /evaluations/{lc}", t -> get("/evaluations/" + t.lc), 302, 403, 200, 403, 200),
                new Case("GET /evaluations/{mixed}", t -> get("/evaluations/" + t.mixed), 302, 200, 200, 200, 200),
                new Case("GET /evaluations/404", t -> get("/evaluations/987654321"), 302, 404, 404, 404, 404),
                new Case("GET /evaluations/{th}/result.json", t -> get("/evaluations/" + t.th + "/result.json"),
                        302, 200, 403, 200, 200),
                new Case("GET /evaluations/{th}/report.xlsx", t -> get("/evaluations/" + t.th + "/report.xlsx"),
                        302, 200, 403, 200, 200),
                new Case("GET /evaluations/{lc}/report.html", t -> get("/evaluations/" + t.lc + "/report.html"),
                        302, 403, 200, 403, 200),
                new Case("GET /evaluations/{mixed}/report.xlsx", t -> get("/evaluations/" + t.mixed + "/report.xlsx"),
                        302, 200, 200, 200, 200),
                new Case("GET /evaluations/{th}/input", t -> get("/evaluations/" + t.th + "/input"), 302, 200, 403, 200, 200),
                new Case("GET /evaluations/{lc}/input", t -> get("/evaluations/" + t.lc + "/input"), 302, 403, 200, 403, 200),
                new Case("GET /evaluations/{mixed}/input", t -> get("/evaluations/" + t.mixed + "/input"),
                        302, 403, 403, 403, 200),
                new Case("POST /evaluations/{th}/rerun", t -> post("/evaluations/" + t.th + "/rerun"), 302, 200, 403, 200, 200),
                new Case("POST /evaluations/{mixed}/rerun", t -> post("/evaluations/" + t.mixed + "/rerun"),
                        302, 403, 403, 403, 200),
                new Case("GET /dashboard", t -> get("/dashboard"), 302, 200, 200, 200, 200),
                new Case("GET /dashboard?province=thanh-hoa", t -> get("/dashboard").param("province", "thanh-hoa"),
                        302, 200, 403, 200, 200),
                new Case("GET /dashboard?province=lao-cai", t -> get("/dashboard").param("province", "lao-cai"),
                        302, 403, 200, 403, 200),
                new Case("GET /rulesets", t -> get("/rulesets"), 302, 200, 200, 200, 200),
                new Case("GET /rulesets/thanh-hoa", t -> get("/rulesets/thanh-hoa"), 302, 200, 200, 200, 200),
                new Case("GET /admin/users", t -> get("/admin/users"), 302, 403, 403, 403, 200),
                new Case("POST /admin/users", t -> post("/admin/users").param("username", "u" + UUID.randomUUID().toString()
                        .substring(0, 8)).param("password", "a-long-password").param("role", "APPRAISER")
                        .param("province", "thanh-hoa"), 302, 403, 403, 403, 302),
                new Case("POST /admin/users/{u}/enabled false", t -> post("/admin/users/" + TOGGLED + "/enabled")
                        .param("enabled", "false"), 302, 403, 403, 403, 302),
                new Case("POST /admin/users/{u}/enabled true", t -> post("/admin/users/" + TOGGLED + "/enabled")
                        .param("enabled", "true"), 302, 403, 403, 403, 302),
                new Case("POST /admin/users/{unknown}/enabled", t -> post("/admin/users/nobody.here/enabled")
                        .param("enabled", "false"), 302, 403, 403, 403, 404),
                new Case("POST /admin/users/admin/enabled (own account)", t -> post("/admin/users/admin/enabled")
                        .param("enabled", "false"), 302, 403, 403, 403, 400),
                new Case("GET /v3/api-docs", t -> get("/v3/api-docs"), 302, 200, 200, 200, 200),
                new Case("GET /swagger-ui/index.html", t -> get("/swagger-ui/index.html"), 302, 200, 200, 200, 200),
                new Case("GET /template.xlsx", t -> get("/template.xlsx"), 302, 200, 200, 200, 200),
                new Case("GET /api/template.xlsx", t -> get("/api/template.xlsx"), 401, 200, 200, 200, 200),
                new Case("GET /css/app.css", t -> get("/css/app.css"), 200, 200, 200, 200, 200),
                new Case("GET /js/upload.js", t -> get("/js/upload.js"), 200, 200, 200, 200, 200),
                new Case("GET /actuator/health", t -> get("/actuator/health"), 200, 200, 200, 200, 200),
                new Case("GET /actuator/metrics", t -> get("/actuator/metrics"), 401, 403, 403, 403, 200),
                new Case("GET /actuator/metrics/xkmt.evaluations", t -> get("/actuator/metrics/xkmt.evaluations"),
                        401, 403, 403, 403, 200),
                // API
                new Case("POST /api/evaluations Thanh Hóa", t -> multipart("/api/evaluations")
                        .file(file(Workbooks.thanhHoa("MX-TH3"))), 401, 201, 403, 403, 201),
                new Case("POST /api/evaluations Lào Cai", t -> multipart("/api/evaluations")
                        .file(file(Workbooks.laoCai("MX-LC3"))), 401, 403, 201, 403, 201),
                new Case("GET /api/evaluations", t -> get("/api/evaluations"), 401, 200, 200, 200, 200),
                new Case("GET /api/evaluations?province=lao-cai", t -> get("/api/evaluations").param("province", "lao-cai"),
                        401, 403, 200, 403, 200),
                new Case("GET /api/evaluations/{th}", t -> get("/api/evaluations/" + t.th), 401, 200, 403, 200, 200),
                new Case("GET /api/evaluations/{lc}", t -> get("/api/evaluations/" + t.lc), 401, 403, 200, 403, 200),
                new Case("GET /api/evaluations/{mixed}", t -> get("/api/evaluations/" + t.mixed), 401, 200, 200, 200, 200),
                new Case("GET /api/evaluations/404", t -> get("/api/evaluations/987654321"), 401, 404, 404, 404, 404),
                new Case("GET /api/evaluations/{th}/input", t -> get("/api/evaluations/" + t.th + "/input"),
                        401, 200, 403, 200, 200),
                new Case("GET /api/evaluations/{mixed}/input", t -> get("/api/evaluations/" + t.mixed + "/input"),
                        401, 403, 403, 403, 200),
                new Case("GET /api/evaluations/{th}/report.xlsx", t -> get("/api/evaluations/" + t.th + "/report.xlsx"),
                        401, 200, 403, 200, 200),
                new Case("POST /api/evaluations/{th}/rerun", t -> post("/api/evaluations/" + t.th + "/rerun"),
                        401, 200, 403, 200, 200),
                new Case("POST /api/evaluations/{lc}/rerun", t -> post("/api/evaluations/" + t.lc + "/rerun"),
                        401, 403, 200, 403, 200),
                new Case("GET /api/rulesets", t -> get("/api/rulesets"), 401, 200, 200, 200, 200),
                new Case("GET /api/rulesets/thanh-hoa", t -> get("/api/rulesets/thanh-hoa"), 401, 200, 200, 200, 200),
                new Case("GET /api/rulesets/none", t -> get("/api/rulesets/none"), 401, 404, 404, 404, 404));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases()) {
            for (As who : As.values()) {
                out.add(Arguments.of(c, who, c.expected()[who.ordinal()]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyEndpointForEveryCaller(Case c, As who, int expected) throws Exception {
        // Forms carry their CSRF token (its absence is tested apart): what is tested here is who may.
        AbstractMockHttpServletRequestBuilder<?> request = c.request().apply(this).with(who.signIn()).with(csrf());
        mvc.perform(request).andExpect(status().is(expected));
    }
}
