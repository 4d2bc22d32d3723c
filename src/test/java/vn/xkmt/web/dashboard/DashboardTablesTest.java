package vn.xkmt.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.xkmt.web.As;
import vn.xkmt.web.WebTest;
import vn.xkmt.web.Workbooks;
import vn.xkmt.web.evaluation.EvaluationService;

/**
 * The dashboard groups the latest results by district, sorts (its tables carry the sorting script)
 * and exports to a workbook; history rows name their communes and count their warnings.
 */
@WebTest
class DashboardTablesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;

    @Test
    void theDashboardGroupsByDistrictAndExportsToAWorkbook() throws Exception {
        service.submit(As.APPRAISER_A.user(), "thanh-hoa.xlsx", Files.readAllBytes(Path.of("samples/thanh-hoa.xlsx")));
        String html = mvc.perform(get("/dashboard").param("province", "thanh-hoa").with(As.APPRAISER_A.signIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"dash-districts\"").contains("data-district=\"Sầm Sơn\"")
                .contains("id=\"dash-units\" class=\"result-table sortable\"").contains("/js/result-table.js")
                .contains("/dashboard/export.xlsx?province=thanh-hoa");
        byte[] xlsx = mvc.perform(get("/dashboard/export.xlsx").param("province", "thanh-hoa").with(As.APPRAISER_A.signIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Kết quả mới nhất");
            assertThat(s.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Mã kết luận");
            Row qti = null;
            for (Row r : s) {
                if ("TH-QTI".equals(r.getCell(0).getStringCellValue())) {
                    qti = r;
                }
            }
            assertThat(qti).isNotNull();
            assertThat(qti.getCell(3).getStringCellValue()).isEqualTo("Sầm Sơn");
            assertThat(qti.getCell(4).getStringCellValue()).isEqualTo("Chưa đủ điều kiện công nhận");
            assertThat(qti.getCell(5).getStringCellValue()).isEqualTo("NOT_ELIGIBLE");
        }
        mvc.perform(get("/dashboard/export.xlsx").param("province", "thanh-hoa").with(As.APPRAISER_B.signIn()))
                .andExpect(status().isForbidden());
    }

    @Test
    void historyRowsNameTheirCommunesAndCountWarnings() throws Exception {
        service.submit(As.APPRAISER_A.user(), "thanh-hoa.xlsx", Files.readAllBytes(Path.of("samples/thanh-hoa.xlsx")));
        long mixed = service.submit(As.ADMIN.user(), "mixed.xlsx", Workbooks.mixed());
        String html = mvc.perform(get("/evaluations").with(As.APPRAISER_A.signIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Hoằng Quỳ").contains("… (+4)").contains("1 cảnh báo");
        String row = html.substring(html.indexOf("data-id=\"" + mixed + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        // a partial viewer sees only the names of their own province's communes
        assertThat(row).contains("Xã Hỗn Hợp Một").doesNotContain("Xã Hỗn Hợp Hai");
    }
}
