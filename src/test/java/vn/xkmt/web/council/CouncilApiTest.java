package vn.xkmt.web.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.web.As;
import vn.xkmt.web.WebTest;
import vn.xkmt.web.Workbooks;
import vn.xkmt.web.evaluation.EvaluationService;

/**
 * The whole council flow through the JSON API as the secretariat of Thanh Hóa: create, add, freeze,
 * decide with an override, close; then the register says recognised with the decision number, and
 * the OpenAPI document describes the endpoints. Errors are JSON in both languages.
 */
@WebTest
class CouncilApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;
    @Autowired
    JsonMapper json;

    final String code = "API-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    JsonNode call(MockHttpServletRequestBuilder r, int status) throws Exception {
        String body = mvc.perform(r.with(user(Secretaries.THANH_HOA)).contentType("application/json"))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    @Test
    void theSecretariatRunsAMeetingThroughTheApi() throws Exception {
        service.submit(As.APPRAISER_A.user(), "a.xlsx", Workbooks.thanhHoa(code));
        JsonNode m = call(post("/api/council/meetings").content("{\"province\":\"thanh-hoa\",\"date\":\""
                + java.time.LocalDate.now() + "\",\"place\":\"Hội trường\",\"members\":[\"Chủ tịch\",\"Thư ký\",\"Ủy viên\",\"Ủy viên 2\",\"Ủy viên 3\"]}"), 201);
        long id = m.path("meeting").path("id").asLong();
        assertThat(m.path("meeting").path("status").asString()).isEqualTo("DRAFT");
        JsonNode candidates = call(get("/api/council/meetings/" + id + "/candidates").param("verdict", "NOT_ELIGIBLE"), 200);
        assertThat(candidates.findValuesAsString("unitCode")).contains(code);
        call(post("/api/council/meetings/" + id + "/items").content("{\"codes\":[\"" + code + "\"],\"version\":0}"), 200);
        JsonNode frozen = call(post("/api/council/meetings/" + id + "/freeze").content("{\"version\":1}"), 200);
        JsonNode item = frozen.path("items").get(0);
        assertThat(item.path("inputSha256").asString()).hasSize(64);
        assertThat(item.path("result").path("verdict").asString()).isEqualTo("NOT_ELIGIBLE");
        long itemId = item.path("id").asLong();

        JsonNode refused = call(put("/api/council/meetings/" + id + "/items/" + itemId + "/decision").content(
                "{\"decision\":\"RECOGNISED\",\"votesFor\":4,\"votesAgainst\":1,\"votesAbstain\":0,\"reason\":\"Đạt\",\"version\":0}"), 400);
        assertThat(refused.path("message").path("vi").asString()).contains("TH8");
        assertThat(refused.path("message").path("en").asString()).contains("TH8");

        JsonNode decided = call(put("/api/council/meetings/" + id + "/items/" + itemId + "/decision").content(
                "{\"decision\":\"RECOGNISED\",\"votesFor\":4,\"votesAgainst\":1,\"votesAbstain\":0,\"reason\":\"Đạt\",\"version\":0,"
                        + "\"overrides\":{\"TH8\":{\"reason\":\"Đã ký bổ sung\",\"evidence\":\"Biên bản ngày 1/6\"}}}"), 200);
        assertThat(decided.path("items").get(0).path("override").asBoolean()).isTrue();
        assertThat(decided.path("items").get(0).path("overrides").get(0).path("criterionId").asString()).isEqualTo("TH8");

        JsonNode stale = call(put("/api/council/meetings/" + id + "/items/" + itemId + "/decision").content(
                "{\"decision\":\"DEFERRED\",\"votesFor\":4,\"votesAgainst\":1,\"votesAbstain\":0,\"reason\":\"x\",\"version\":0}"), 409);
        assertThat(stale.path("error").asString()).isEqualTo("edit-conflict");
        assertThat(stale.path("message").path("en").asString()).contains("Someone else changed this record");

        call(post("/api/council/meetings/" + id + "/close").content("{\"decisionNo\":\"321/QĐ-UBND\",\"decisionDate\":\""
                + java.time.LocalDate.now().plusDays(3) + "\",\"version\":2}"), 200);
        JsonNode register = call(get("/api/register").param("province", "thanh-hoa").param("q", code), 200);
        assertThat(register.get(0).path("status").asString()).isEqualTo("RECOGNISED");
        assertThat(register.get(0).path("decisionNo").asString()).isEqualTo("321/QĐ-UBND");
        assertThat(register.get(0).path("override").asBoolean()).isTrue();
        JsonNode history = call(get("/api/register/thanh-hoa/" + code), 200);
        assertThat(history.path("lines").findValuesAsString("kind")).contains("PROPOSED", "RECOGNISED");
        assertThat(history.toString()).doesNotContain(Workbooks.SECRET_NAME);

        String forbidden = mvc.perform(get("/api/council/meetings/" + id).with(user(Secretaries.LAO_CAI)))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(forbidden).path("message").path("vi").asString()).isNotBlank();
    }

    @Test
    void theOpenApiDocumentDescribesTheCouncilRegisterAndTargets() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs").with(user(Secretaries.THANH_HOA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("/api/council/meetings/{id}/items/{itemId}/decision").contains("/api/council/meetings/{id}/close")
                .contains("/api/register/at-risk").contains("/api/register/{province}/{code}").contains("/api/targets");
    }
}
