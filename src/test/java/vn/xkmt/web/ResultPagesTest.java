package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.xkmt.web.evaluation.EvaluationService;

/** The result page of an upload: verdicts, criteria, explanations, remedies, evidence, data errors. */
@WebTest
class ResultPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;
    @Autowired
    JdbcClient jdbc;

    String page(String url, As who) throws Exception {
        return mvc.perform(get(url).with(who.signIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void uploadLeadsToTheResultPageWithVerdictCriteriaExplanationAndRemedy() throws Exception {
        MvcResult r = mvc.perform(multipart("/upload").file(new MockMultipartFile("file", "Xã Thọ Lập.xlsx",
                        AccessMatrixTest.XLSX, Workbooks.thanhHoa("RP-TH1"))).with(As.APPRAISER_A.signIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).matches("/evaluations/\\d+");

        String html = page(location, As.APPRAISER_A);
        assertThat(html).contains("Xã Thọ Lập.xlsx", "RP-TH1", "data-verdict=\"NOT_ELIGIBLE\"", "Chưa đủ điều kiện công nhận")
                .contains("data-criterion=\"TH1\"", "data-criterion=\"TH8\"", "Đạt", "Không đạt")
                .contains("1/1 người nghiện có hồ sơ quản lý")   // an explanation
                .contains("Cần làm")                              // a failing criterion's remedy
                .contains("Thon!3")                               // evidence: the village short of commitments
                .contains("thanh-hoa@2024.2#")                    // rule set version and content hash
                .doesNotContain(Workbooks.SECRET_NAME)
                .doesNotContain("id=\"deadlines\"", "Hạn báo cáo"); // Thanh Hóa's plan sets no report deadline

        String en = page(location + "?lang=en", As.APPRAISER_A);
        assertThat(en).contains("Not eligible", "To do", "1 of 1 addicts have a management profile", "Sign out")
                .doesNotContain(Workbooks.SECRET_NAME);
    }

    @Test
    void dataErrorsAreListedWithTheirCell() throws Exception {
        long id = service.submit(As.APPRAISER_A.user(), "bad.xlsx", Workbooks.withBadCell("Thanh Hóa", "RP-BAD"));
        String html = page("/evaluations/" + id, As.APPRAISER_A);
        assertThat(html).contains("id=\"errors\"", "Xa!E2", "31/02/2025", "Ngày tổng khảo sát gần nhất");
    }

    @Test
    void jsonDownloadIsTheResultDocumentWithoutNames() throws Exception {
        long id = service.submit(As.APPRAISER_A.user(), "th.xlsx", Workbooks.thanhHoa("RP-TH2"));
        MvcResult r = mvc.perform(get("/evaluations/" + id + "/result.json").with(As.APPRAISER_A.signIn()))
                .andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains("xkmt-" + id + ".json");
        String json = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"unitCode\" : \"RP-TH2\"", "\"ruleSetHash\"", "\"criteria\"")
                .doesNotContain(Workbooks.SECRET_NAME);
    }

    @Test
    void theStoredResultHoldsNoNameButTheStoredUploadKeepsTheBytes() {
        byte[] content = Workbooks.thanhHoa("RP-TH3");
        long id = service.submit(As.APPRAISER_A.user(), "th.xlsx", content);
        String stored = jdbc.sql("SELECT result_json FROM evaluation WHERE id = ?").param(id).query(String.class).single();
        assertThat(stored).contains("RP-TH3", "\"findings\"").doesNotContain(Workbooks.SECRET_NAME);
        byte[] bytes = jdbc.sql("SELECT content FROM evaluation_input WHERE evaluation_id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).single();
        assertThat(bytes).isEqualTo(content);
    }

    @Test
    void theUploadedWorkbookDownloadsAsStoredUnderAServerChosenName() throws Exception {
        byte[] content = Workbooks.thanhHoa("RP-TH4");
        long id = service.submit(As.APPRAISER_A.user(), "../../etc/passwd.xlsx", content);
        MvcResult r = mvc.perform(get("/evaluations/" + id + "/input").with(As.EDITOR.signIn()))
                .andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentAsByteArray()).isEqualTo(content);
        assertThat(r.getResponse().getHeader("Content-Disposition")).contains("xkmt-" + id + "-input.xlsx");
        assertThat(page("/evaluations/" + id, As.APPRAISER_A)).contains("passwd.xlsx").doesNotContain("../");
    }

    @Test
    void aUserOfOneProvinceSeesOnlyThatProvincesCommunesOfAMixedWorkbook() throws Exception {
        long id = service.submit(As.ADMIN.user(), "mixed.xlsx", Workbooks.mixed());
        String a = page("/evaluations/" + id, As.APPRAISER_A);
        assertThat(a).contains("TH-M1", "id=\"partial\"", "chỉ hiện kết quả, số đếm và bộ tiêu chí của tỉnh bạn")
                .doesNotContain("LC-M1", "lao-cai@")
                .doesNotContain("id=\"download-input\"").doesNotContain("id=\"rerun\"");
        String admin = page("/evaluations/" + id, As.ADMIN);
        assertThat(admin).contains("TH-M1", "LC-M1", "id=\"download-input\"", "id=\"rerun\"");
    }

    @Test
    void theReportWorkbookIsRebuiltFromTheStoredBytesWithoutNames() throws Exception {
        long id = service.submit(As.ADMIN.user(), "mixed.xlsx", Workbooks.communes("Thanh Hóa",
                new String[] {"RP-R1", "Xã Báo Cáo"}));
        byte[] xlsx = mvc.perform(get("/evaluations/" + id + "/report.xlsx").with(As.APPRAISER_A.signIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = cells(xlsx);
        assertThat(text).contains("RP-R1", "Xã Báo Cáo", "TH8").doesNotContain(Workbooks.SECRET_NAME);
        String html = mvc.perform(get("/evaluations/" + id + "/report.html").param("lang", "en").with(As.APPRAISER_A.signIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("RP-R1", "Not eligible").doesNotContain(Workbooks.SECRET_NAME, "<script");
    }

    @Test
    void aPartialViewersReportHoldsOnlyTheirCommunes() throws Exception {
        long id = service.submit(As.ADMIN.user(), "mixed.xlsx", Workbooks.mixed());
        String text = cells(mvc.perform(get("/evaluations/" + id + "/report.xlsx").with(As.APPRAISER_B.signIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("LC-M1").doesNotContain("TH-M1");
    }

    @Test
    void theReportsRenderTheStoredResultEvenWhenEvaluatingAgainWouldDiffer() throws Exception {
        long id = service.submit(As.APPRAISER_A.user(), "th.xlsx", Workbooks.thanhHoa("RP-409"));
        jdbc.sql("UPDATE evaluation SET result_json = REPLACE(REPLACE(result_json, '\"NOT_ELIGIBLE\"', '\"ELIGIBLE\"'), "
                + "'Chưa đủ điều kiện công nhận', 'Đủ điều kiện công nhận') WHERE id = ?").param(id).update();
        byte[] xlsx = mvc.perform(get("/evaluations/" + id + "/report.xlsx").with(As.APPRAISER_A.signIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var header = wb.getSheet("Tổng hợp").getRow(0);
            var unit = wb.getSheet("Tổng hợp").getRow(1);
            int verdict = 0;
            while (!header.getCell(verdict).getStringCellValue().equals("Kết luận")) {
                verdict++;
            }
            assertThat(unit.getCell(0).getStringCellValue()).isEqualTo("RP-409");
            assertThat(unit.getCell(verdict).getStringCellValue()).as("the stored verdict")
                    .isEqualTo("Đủ điều kiện công nhận");
        }
        String html = mvc.perform(get("/evaluations/" + id + "/report.html").with(As.APPRAISER_A.signIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("RP-409", "<td class=\"pass\">Đủ điều kiện công nhận</td>");
        mvc.perform(get("/api/evaluations/" + id + "/report.xlsx").with(As.APPRAISER_A.signIn())).andExpect(status().isOk());
    }

    @Test
    void theBlankTemplateDownloads() throws Exception {
        MvcResult r = mvc.perform(get("/template.xlsx").with(As.EDITOR.signIn())).andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getHeader("Content-Disposition")).contains("mau-du-lieu-xa.xlsx");
        assertThat(cells(r.getResponse().getContentAsByteArray())).contains("Mã xã", "Ngày đề nghị công nhận", "Mã đối tượng");
    }

    /** Every cell's text of every sheet, joined. */
    static String cells(byte[] xlsx) throws Exception {
        assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');
        StringBuilder sb = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> sb.append(f.formatCellValue(c)).append('\t'))));
        }
        return sb.toString();
    }

    @Test
    void rulesetPagesListTheCriteria() throws Exception {
        assertThat(page("/rulesets", As.EDITOR)).contains("thanh-hoa 2024.1", "lao-cai 2023.1", "TH1", "LC1");
        assertThat(page("/rulesets/thanh-hoa?lang=en", As.EDITOR)).contains("Addicts on record and in treatment");
    }
}
