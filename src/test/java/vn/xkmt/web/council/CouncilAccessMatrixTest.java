package vn.xkmt.web.council;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.xkmt.web.As;
import vn.xkmt.web.WebTest;
import vn.xkmt.web.Workbooks;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.register.Register;

/**
 * Every council, register and target endpoint tried by: anonymous, appraiser of Thanh Hóa,
 * secretariat of Thanh Hóa, secretariat of Lào Cai, policy editor of Thanh Hóa, admin. The
 * secretariat of another province is refused everywhere; an appraiser cannot record decisions; a
 * closed meeting refuses edits except an amendment with a reason. Writes that change state run on a
 * meeting made for that request.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilAccessMatrixTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;
    @Autowired
    Meetings meetings;
    @Autowired
    Register register;
    @Autowired
    vn.xkmt.web.targets.Targets targets;

    final String code = "AM-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    long draft;
    long frozen;
    long closed;

    @BeforeAll
    void data() {
        service.submit(As.APPRAISER_A.user(), "th.xlsx", Workbooks.thanhHoaEligible(code));
        draft = meetings.create(Secretaries.THANH_HOA, "thanh-hoa", register.today(), "Phòng họp", "Chủ tịch\nThư ký");
        meetings.add(draft, Secretaries.THANH_HOA, List.of(code), Purpose.RECOGNITION, 0);
        frozen = frozen();
        closed = closed();
    }

    long frozen() {
        long id = meetings.create(Secretaries.THANH_HOA, "thanh-hoa", register.today(), "Phòng họp", "Chủ tịch\nPhó Chủ tịch\nThư ký\nỦy viên 1\nỦy viên 2");
        meetings.add(id, Secretaries.THANH_HOA, List.of(code), Purpose.RECOGNITION, 0);
        meetings.freeze(id, Secretaries.THANH_HOA, 1);
        return id;
    }

    long closed() {
        long id = frozen();
        meetings.decide(id, item(id), Secretaries.THANH_HOA, Secretaries.decision(Decision.RECOGNISED, 0));
        meetings.close(id, Secretaries.THANH_HOA, "10/QĐ-UBND", register.today(), 2);
        return id;
    }

    /** A commune registered by hand for this request. */
    String registered() {
        String c = code + "-G" + UUID.randomUUID().toString().substring(0, 4);
        register.registerCommune(Secretaries.THANH_HOA, "thanh-hoa", c, null, java.time.LocalDate.of(2024, 11, 15), "");
        return c;
    }

    /** A former commune linked to {@link #code} for this request. */
    String linked() {
        String old = "OLD-" + UUID.randomUUID().toString().substring(0, 8);
        register.link(vn.xkmt.web.As.ADMIN.user(), "thanh-hoa", code, old);
        return old;
    }

    long item(long meeting) {
        return meetings.view(meeting, Secretaries.THANH_HOA).items().get(0).item().id();
    }

    /** An endpoint and the status each caller gets, in the order of {@link Callers}. */
    record Case(String name, Function<CouncilAccessMatrixTest, AbstractMockHttpServletRequestBuilder<?>> request,
                int... expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static AbstractMockHttpServletRequestBuilder<?> decision(String path, String decision, int version) {
        return post(path).param("decision", decision).param("votesFor", "3").param("votesAgainst", "0")
                .param("votesAbstain", "0").param("reason", "Đủ điều kiện").param("version", String.valueOf(version));
    }

    static List<Case> cases() {
        return List.of(
                new Case("GET /council", t -> get("/council"), 302, 200, 200, 200, 200, 200),
                new Case("GET /council?province=thanh-hoa", t -> get("/council").param("province", "thanh-hoa"),
                        302, 200, 200, 403, 200, 200),
                new Case("POST /council/meetings", t -> post("/council/meetings").param("province", "thanh-hoa")
                        .param("date", "2026-01-05").param("place", "Hội trường"), 302, 403, 302, 403, 403, 302),
                new Case("GET /council/meetings/{draft}", t -> get("/council/meetings/" + t.draft), 302, 200, 200, 403, 200, 200),
                new Case("GET /council/meetings/404", t -> get("/council/meetings/987654321"), 302, 404, 404, 404, 404, 404),
                new Case("GET /council/meetings/{frozen}/dossier", t -> get("/council/meetings/" + t.frozen + "/dossier"),
                        302, 200, 200, 403, 200, 200),
                new Case("GET /council/meetings/{frozen}/dossier.xlsx", t -> get("/council/meetings/" + t.frozen + "/dossier.xlsx"),
                        302, 200, 200, 403, 200, 200),
                new Case("GET /council/meetings/{closed}/minutes", t -> get("/council/meetings/" + t.closed + "/minutes"),
                        302, 200, 200, 403, 200, 200),
                new Case("POST /council/meetings/{new draft}/items", t -> {
                    long id = t.meetings.create(Secretaries.THANH_HOA, "thanh-hoa", t.register.today(), "P", "");
                    return post("/council/meetings/" + id + "/items").param("code", t.code).param("version", "0");
                }, 302, 403, 302, 403, 403, 302),
                new Case("POST /council/meetings/{new draft}/freeze", t -> {
                    long id = t.meetings.create(Secretaries.THANH_HOA, "thanh-hoa", t.register.today(), "P", "");
                    t.meetings.add(id, Secretaries.THANH_HOA, List.of(t.code), Purpose.RECOGNITION, 0);
                    return post("/council/meetings/" + id + "/freeze").param("version", "1");
                }, 302, 403, 302, 403, 403, 302),
                new Case("POST decision on a frozen meeting", t -> {
                    long id = t.frozen();
                    return decision("/council/meetings/" + id + "/items/" + t.item(id) + "/decision", "RECOGNISED", 0);
                }, 302, 403, 302, 403, 403, 302),
                new Case("POST close a decided meeting", t -> {
                    long id = t.frozen();
                    t.meetings.decide(id, t.item(id), Secretaries.THANH_HOA, Secretaries.decision(Decision.RECOGNISED, 0));
                    return post("/council/meetings/" + id + "/close").param("decisionNo", "11/QĐ")
                            .param("decisionDate", t.register.today().toString()).param("version", "2");
                }, 302, 403, 302, 403, 403, 302),
                new Case("POST decision on a closed meeting (refused)", t -> decision("/council/meetings/" + t.closed
                        + "/items/" + t.item(t.closed) + "/decision", "DEFERRED", 1), 302, 403, 409, 403, 403, 409),
                new Case("POST add to a closed meeting (refused)", t -> post("/council/meetings/" + t.closed + "/items")
                        .param("code", t.code).param("version", "3"), 302, 403, 409, 403, 403, 409),
                new Case("POST amendment without a reason (refused)", t -> decision("/council/meetings/" + t.closed
                        + "/items/" + t.item(t.closed) + "/amend", "DEFERRED", 1), 302, 403, 400, 403, 403, 400),
                new Case("POST amendment with a reason", t -> {
                    long id = t.closed();
                    return decision("/council/meetings/" + id + "/items/" + t.item(id) + "/amend", "DEFERRED", 1)
                            .param("amendReason", "Ghi nhầm");
                }, 302, 403, 302, 403, 403, 302),
                new Case("GET /register", t -> get("/register"), 302, 200, 200, 200, 200, 200),
                new Case("GET /register?province=thanh-hoa", t -> get("/register").param("province", "thanh-hoa"),
                        302, 200, 200, 403, 200, 200),
                new Case("GET /register/export.xlsx", t -> get("/register/export.xlsx").param("province", "thanh-hoa"),
                        302, 200, 200, 403, 200, 200),
                new Case("GET /register/thanh-hoa/{code}", t -> get("/register/thanh-hoa/" + t.code), 302, 200, 200, 403, 200, 200),
                new Case("POST /register/communes", t -> post("/register/communes").param("province", "thanh-hoa")
                        .param("code", t.code + "-R" + UUID.randomUUID().toString().substring(0, 4)).param("date", "2025-01-02"),
                        302, 403, 302, 403, 403, 302),
                new Case("GET /targets", t -> get("/targets"), 302, 200, 200, 200, 200, 200),
                new Case("GET /targets?province=thanh-hoa", t -> get("/targets").param("province", "thanh-hoa"),
                        302, 200, 200, 403, 200, 200),
                new Case("GET /targets/export.xlsx", t -> get("/targets/export.xlsx").param("province", "thanh-hoa"),
                        302, 200, 200, 403, 200, 200),
                new Case("POST /targets", t -> post("/targets").param("province", "thanh-hoa").param("due", "2028-12-31")
                        .param("kind", "COUNT").param("value", "5").param("total", "150").param("source", "Kế hoạch"),
                        302, 403, 403, 403, 403, 302),
                new Case("GET /api/council/meetings?province=thanh-hoa", t -> get("/api/council/meetings")
                        .param("province", "thanh-hoa"), 401, 200, 200, 403, 200, 200),
                new Case("GET /api/council/meetings/{frozen}", t -> get("/api/council/meetings/" + t.frozen),
                        401, 200, 200, 403, 200, 200),
                new Case("POST /api/council/meetings", t -> post("/api/council/meetings").contentType("application/json")
                        .content("{\"province\":\"thanh-hoa\",\"date\":\"2026-02-01\",\"place\":\"P\",\"members\":[]}"),
                        401, 403, 201, 403, 403, 201),
                new Case("PUT /api/council/meetings/{new frozen}/items/{item}/decision", t -> {
                    long id = t.frozen();
                    return put("/api/council/meetings/" + id + "/items/" + t.item(id) + "/decision")
                            .contentType("application/json").content("{\"decision\":\"RECOGNISED\",\"votesFor\":3,"
                                    + "\"votesAgainst\":0,\"votesAbstain\":0,\"reason\":\"Đủ điều kiện\",\"version\":0}");
                }, 401, 403, 200, 403, 403, 200),
                new Case("PUT /api/council/meetings/{closed}/items/{item}/decision (refused)", t -> put("/api/council/meetings/"
                        + t.closed + "/items/" + t.item(t.closed) + "/decision").contentType("application/json")
                        .content("{\"decision\":\"DEFERRED\",\"votesFor\":3,\"votesAgainst\":0,\"votesAbstain\":0,"
                                + "\"reason\":\"x\",\"version\":1}"), 401, 403, 409, 403, 403, 409),
                new Case("GET /api/register?province=thanh-hoa", t -> get("/api/register").param("province", "thanh-hoa"),
                        401, 200, 200, 403, 200, 200),
                new Case("GET /api/register/thanh-hoa/{code}", t -> get("/api/register/thanh-hoa/" + t.code),
                        401, 200, 200, 403, 200, 200),
                new Case("GET /api/register/at-risk", t -> get("/api/register/at-risk").param("province", "thanh-hoa"),
                        401, 200, 200, 403, 200, 200),
                new Case("GET /api/targets?province=thanh-hoa", t -> get("/api/targets").param("province", "thanh-hoa"),
                        401, 200, 200, 403, 200, 200),
                new Case("POST /api/targets", t -> post("/api/targets").contentType("application/json")
                        .content("{\"province\":\"thanh-hoa\",\"due\":\"2029-12-31\",\"kind\":\"SHARE\",\"value\":40,"
                                + "\"total\":150,\"source\":\"Kế hoạch\"}"), 401, 403, 403, 403, 403, 200),
                new Case("POST /targets/{id} from its version", t -> {
                    long id = t.targets.create(As.ADMIN.user(), "thanh-hoa", java.time.LocalDate.of(2029, 12, 31), "COUNT", 5,
                            150, "Kế hoạch");
                    return post("/targets/" + id).param("province", "thanh-hoa").param("due", "2029-12-31")
                            .param("kind", "COUNT").param("value", "6").param("total", "150").param("source", "Kế hoạch (sửa)")
                            .param("version", "0");
                }, 302, 403, 403, 403, 403, 302),
                new Case("POST /targets/from-plan", t -> post("/targets/from-plan").param("province", "lao-cai")
                        .param("ruleSet", "lao-cai").param("phase", "1").param("total", "150"), 302, 403, 403, 403, 403, 302),
                new Case("POST /register/registrations/correct", t -> post("/register/registrations/correct")
                        .param("province", "thanh-hoa").param("code", t.registered()).param("date", "2024-12-01")
                        .param("reason", "Ghi nhầm ngày"), 302, 403, 403, 403, 403, 302),
                new Case("POST /register/registrations/correct without a reason (refused)", t -> post(
                        "/register/registrations/correct").param("province", "thanh-hoa").param("code", t.registered())
                        .param("date", "2024-12-01"), 302, 403, 403, 403, 403, 400),
                new Case("POST /register/links/remove", t -> post("/register/links/remove").param("province", "thanh-hoa")
                        .param("code", t.code).param("predecessor", t.linked()).param("reason", "Liên kết nhầm"),
                        302, 403, 403, 403, 403, 302),
                new Case("POST /api/register/registrations/corrections", t -> post("/api/register/registrations/corrections")
                        .contentType("application/json").content("{\"province\":\"thanh-hoa\",\"code\":\"" + t.registered()
                                + "\",\"date\":\"2024-12-01\",\"reason\":\"Ghi nhầm ngày\"}"), 401, 403, 403, 403, 403, 200),
                new Case("POST /api/register/links/remove", t -> post("/api/register/links/remove")
                        .contentType("application/json").content("{\"province\":\"thanh-hoa\",\"code\":\"" + t.code
                                + "\",\"predecessor\":\"" + t.linked() + "\",\"reason\":\"Liên kết nhầm\"}"),
                        401, 403, 403, 403, 403, 200),
                new Case("POST /register/links", t -> post("/register/links").param("province", "thanh-hoa")
                        .param("code", t.code).param("predecessor", "OLD-" + UUID.randomUUID()), 302, 403, 403, 403, 403, 302));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases()) {
            for (Callers who : Callers.values()) {
                out.add(Arguments.of(c, who, c.expected()[who.ordinal()]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyEndpointForEveryCaller(Case c, Callers who, int expected) throws Exception {
        mvc.perform(c.request().apply(this).with(who.signIn()).with(csrf())).andExpect(status().is(expected));
    }
}
