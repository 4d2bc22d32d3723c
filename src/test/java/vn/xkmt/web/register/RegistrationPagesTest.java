package vn.xkmt.web.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import vn.xkmt.web.security.XkmtUser;

/**
 * The registration on the pages and in the API: the commune page and the province's register show the
 * date, the baseline and where they came from (the evaluation, its cells); a hand entry the data contradict
 * is flagged; an admin corrects a registration and removes a link, with a reason, in the page and the API;
 * the secretariat is refused (403), a missing reason answered 400 in both languages.
 */
@WebTest
class RegistrationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;
    @Autowired
    Register register;
    @Autowired
    JsonMapper json;

    final String tag = "RP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    String page(String path, XkmtUser who) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    JsonNode call(MockHttpServletRequestBuilder r, XkmtUser who, int status) throws Exception {
        String body = mvc.perform(r.with(user(who)).with(csrf()).contentType("application/json"))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    @Test
    void theCommunePageAndTheRegisterShowTheRegistrationFromTheData() throws Exception {
        long id = service.submit(As.APPRAISER_A.user(), "xa.xlsx", Workbooks.thanhHoaRegistered(tag + "-A",
                LocalDate.of(2024, 11, 15), 3, 2));
        String vi = page("/register/thanh-hoa/" + tag + "-A", RegistrationScenarios.SECRETARIAT);
        assertThat(vi).contains("id=\"registration-date\" data-date=\"2024-11-15\">15/11/2024")
                .contains("3 người nghiện, 2 người sử dụng").contains("data-source=\"DATA\"").contains("từ dữ liệu")
                .contains("href=\"/evaluations/" + id + "\"").contains("Xa!F2 Xa!I2 Xa!J2").contains("xa.xlsx")
                .contains("appraiser.thanhhoa").contains("Đăng ký xây dựng (từ dữ liệu)")
                .doesNotContain("registration-warnings").doesNotContain("correct-registration")
                .doesNotContain(Workbooks.SECRET_NAME);
        String en = page("/register/thanh-hoa/" + tag + "-A?lang=en", RegistrationScenarios.SECRETARIAT);
        assertThat(en).contains("3 addicts, 2 users").contains("from the data").contains("from evaluation #" + id);
        String admin = page("/register/thanh-hoa/" + tag + "-A", As.ADMIN.user());
        assertThat(admin).contains("id=\"correct-registration\"");

        String list = page("/register?province=thanh-hoa&q=" + tag, RegistrationScenarios.SECRETARIAT);
        assertThat(list).contains("Đăng ký xây dựng").contains("15/11/2024").contains("3 người nghiện, 2 người sử dụng")
                .contains("data-source=\"DATA\"").contains("href=\"/evaluations/" + id + "\"");

        byte[] xlsx = mvc.perform(get("/register/export.xlsx").param("province", "thanh-hoa").param("q", tag + "-A")
                .with(user(RegistrationScenarios.SECRETARIAT))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var r = wb.getSheetAt(0).getRow(3);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo(tag + "-A");
            assertThat(r.getCell(11).getStringCellValue()).isEqualTo("2024-11-15");
            assertThat(r.getCell(12).getStringCellValue()).isEqualTo("3");
            assertThat(r.getCell(13).getStringCellValue()).isEqualTo("2");
            assertThat(r.getCell(14).getStringCellValue()).isEqualTo("từ dữ liệu #" + id + " Xa!F2 Xa!I2 Xa!J2");
            assertThat(r.getCell(15).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void aHandEntryTheDataContradictIsFlaggedWithTheExpectedAndFoundValues() throws Exception {
        register.registerCommune(RegistrationScenarios.SECRETARIAT, "thanh-hoa", tag + "-H", null, LocalDate.of(2024, 10, 1),
                5, 1, "Theo biên bản rà soát");
        long id = service.submit(As.APPRAISER_A.user(), "h.xlsx", Workbooks.thanhHoaRegistered(tag + "-H",
                LocalDate.of(2024, 11, 15), 3, 2));
        String vi = page("/register/thanh-hoa/" + tag + "-H", RegistrationScenarios.SECRETARIAT);
        assertThat(vi).contains("id=\"registration-warnings\"").contains("data-expected=\"2024-10-01; 5; 1\"")
                .contains("data-found=\"2024-11-15; 3; 2\"").contains("Dữ liệu của lượt đánh giá #" + id)
                .contains("sổ ghi ngày 01/10/2024, 5 người nghiện, 1 người sử dụng (nhập tay)")
                .contains("data-source=\"HAND\"").contains("Theo biên bản rà soát");
        String list = page("/register?province=thanh-hoa&q=" + tag + "-H", RegistrationScenarios.SECRETARIAT);
        assertThat(list).contains("flag-data").contains("Cảnh báo dữ liệu đăng ký");
    }

    @Test
    void anAdminCorrectsARegistrationOnThePageTheSecretariatIsRefusedAndAReasonIsRequired() throws Exception {
        register.registerCommune(RegistrationScenarios.SECRETARIAT, "thanh-hoa", tag + "-K", null, LocalDate.of(2024, 10, 1),
                5, 1, null);
        long was = register.row("thanhhoa", tag + "-K").orElseThrow().registration().eventId();
        MockHttpServletRequestBuilder form = post("/register/registrations/correct").param("province", "thanh-hoa")
                .param("code", tag + "-K").param("registrationId", String.valueOf(was)).param("date", "2024-10-05")
                .param("addicts", "4").param("users", "1");
        mvc.perform(form.param("reason", "Ghi nhầm").with(user(RegistrationScenarios.SECRETARIAT)).with(csrf()))
                .andExpect(status().isForbidden());
        String noReason = mvc.perform(post("/register/registrations/correct").param("province", "thanh-hoa")
                        .param("code", tag + "-K").param("date", "2024-10-05").param("lang", "en")
                        .with(user(As.ADMIN.user())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("A reason is required");
        mvc.perform(post("/register/registrations/correct").param("province", "thanh-hoa").param("code", tag + "-K")
                        .param("registrationId", String.valueOf(was)).param("date", "2024-10-05").param("addicts", "4")
                        .param("users", "1").param("reason", "Biên bản ghi ngày 05/10/2024")
                        .with(user(As.ADMIN.user())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String vi = page("/register/thanh-hoa/" + tag + "-K", RegistrationScenarios.SECRETARIAT);
        assertThat(vi).contains("data-date=\"2024-10-05\"").contains("quản trị viên đính chính")
                .contains("Biên bản ghi ngày 05/10/2024").contains("data-corrected=\"true\"").contains("Đính chính đăng ký")
                .contains("4 người nghiện, 1 người sử dụng");
    }

    @Test
    void theApiCorrectsAndUnlinksForAdminsOnlyWithAReason() throws Exception {
        service.submit(As.APPRAISER_A.user(), "api.xlsx", Workbooks.thanhHoaRegistered(tag + "-API",
                LocalDate.of(2024, 11, 15), 3, 2));
        String body = "{\"province\":\"thanh-hoa\",\"code\":\"" + tag + "-API\",\"date\":\"2024-11-20\",\"addicts\":3,"
                + "\"users\":1%s}";
        JsonNode refused = call(post("/api/register/registrations/corrections").content(body.formatted(",\"reason\":\"x\"")),
                RegistrationScenarios.SECRETARIAT, 403);
        assertThat(refused.path("status").asInt()).isEqualTo(403);
        JsonNode noReason = call(post("/api/register/registrations/corrections").content(body.formatted("")),
                As.ADMIN.user(), 400);
        assertThat(noReason.path("error").asString()).isEqualTo("reason-required");
        assertThat(noReason.path("message").path("vi").asString()).contains("Cần ghi lý do");
        assertThat(noReason.path("message").path("en").asString()).contains("A reason is required");
        JsonNode done = call(post("/api/register/registrations/corrections").content(body.formatted(
                ",\"reason\":\"Biên bản đăng ký\"")), As.ADMIN.user(), 200);
        assertThat(done.path("row").path("registration").path("source").asString()).isEqualTo("CORRECTION");
        assertThat(done.path("row").path("registration").path("date").asString()).isEqualTo("2024-11-20");
        assertThat(done.path("row").path("registration").path("reason").asString()).isEqualTo("Biên bản đăng ký");
        assertThat(done.path("lines").findValues("corrected")).extracting(JsonNode::asBoolean).contains(true);

        call(post("/api/register/links").content("{\"province\":\"thanh-hoa\",\"code\":\"" + tag + "-NEW\",\"predecessor\":\""
                + tag + "-API\"}"), As.ADMIN.user(), 200);
        String unlink = "{\"province\":\"thanh-hoa\",\"code\":\"" + tag + "-NEW\",\"predecessor\":\"" + tag + "-API\"%s}";
        call(post("/api/register/links/remove").content(unlink.formatted(",\"reason\":\"x\"")),
                RegistrationScenarios.SECRETARIAT, 403);
        JsonNode missing = call(post("/api/register/links/remove").content(unlink.formatted("")), As.ADMIN.user(), 400);
        assertThat(missing.path("message").path("en").asString()).contains("A reason is required");
        JsonNode unlinked = call(post("/api/register/links/remove").content(unlink.formatted(",\"reason\":\"Liên kết nhầm\"")),
                As.ADMIN.user(), 200);
        assertThat(unlinked.path("audit").findValuesAsString("action")).contains("link", "unlink");
        assertThat(unlinked.path("audit").findValuesAsString("reason")).contains("Liên kết nhầm");
        assertThat(register.row("thanhhoa", tag + "-API").orElseThrow().predecessors()).isEmpty();

        String api = mvc.perform(get("/v3/api-docs").with(user(As.ADMIN.user()))).andReturn().getResponse().getContentAsString();
        assertThat(api).contains("/api/register/registrations/corrections").contains("/api/register/links/remove");
    }
}
