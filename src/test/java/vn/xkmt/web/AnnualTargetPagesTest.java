package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Trà Vinh's annual report rows on the web: the result page, the dashboard and the history count
 * them as units (not communes) in the verdict labels of the Trà Vinh manifest; the result page lists
 * the plan's report deadlines.
 */
@WebTest
class AnnualTargetPagesTest {

    static final Path SAMPLE = Path.of("samples/tra-vinh-2023.xlsx");

    @Autowired
    MockMvc mvc;

    String location;

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(As.ADMIN.signIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The visible text of an element given by its opening tag, up to {@code end}, tags dropped and spaces collapsed. */
    static String text(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        String part = html.substring(from, html.indexOf(end, from));
        return part.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").replace(" :", ":").strip();
    }

    @BeforeEach
    void upload() throws Exception {
        location = mvc.perform(multipart("/upload").file(new MockMultipartFile("file", "tra-vinh-2023.xlsx",
                        AccessMatrixTest.XLSX, Files.readAllBytes(SAMPLE))).with(As.ADMIN.signIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void resultPageCountsTheProvinceAndDistrictRowsAsUnitsInTheTargetsLabels() throws Exception {
        String html = page(location);
        assertThat(text(html, "<div id=\"summary\"", "</div>"))
                .isEqualTo("10 đơn vị: Đạt toàn bộ chỉ tiêu 3 · Chưa đạt chỉ tiêu 6 · Chưa đủ dữ liệu 1");
        assertThat(html).contains("Tỉnh Trà Vinh", "Huyện Càng Long", ">Đạt toàn bộ chỉ tiêu</span>",
                ">Chưa đạt chỉ tiêu</span>").doesNotContain("Đủ điều kiện", " xã:");
        assertThat(text(page(location + "?lang=en"), "<div id=\"summary\"", "</div>"))
                .isEqualTo("10 units: All targets met 3 · Targets not met 6 · Insufficient data 1");
    }

    @Test
    void resultPageListsTheReportDeadlinesOfTheTraVinhPlanInThePageLanguage() throws Exception {
        String html = page(location);
        assertThat(text(html, "<section id=\"deadlines\"", "</section>")).isEqualTo("Hạn báo cáo theo kế hoạch — Trà Vinh —"
                + " Chỉ tiêu Kế hoạch phòng, chống ma túy năm 2023 Báo cáo 6 tháng về tình hình, kết quả thực hiện Kế hoạch"
                + " gửi Công an tỉnh trước ngày 16/6 Báo cáo năm về tình hình, kết quả thực hiện Kế hoạch gửi Công an tỉnh"
                + " trước ngày 16/12");
        assertThat(html.indexOf("<section id=\"deadlines\"")).isGreaterThan(html.indexOf("<div id=\"summary\""))
                .isLessThan(html.indexOf("<article class=\"unit card\""));
        String en = text(page(location + "?lang=en"), "<section id=\"deadlines\"", "</section>").replace("&#39;", "'");
        assertThat(en).startsWith("Deadlines set by the plan — Trà Vinh — Targets of the 2023 drug prevention")
                .contains("Half-year report on the plan's progress and results to the provincial police before 16/6",
                        "Annual report on the plan's progress and results to the provincial police before 16/12")
                .doesNotContain("Báo cáo");
    }

    @Test
    void dashboardAndHistoryUseTheTargetsLabels() throws Exception {
        String dash = page("/dashboard?province=tra-vinh");
        assertThat(text(dash, "<p class=\"muted\" id=\"dash-total\"", "</p>")).isEqualTo("10 đơn vị đã đánh giá");
        assertThat(dash).contains("3 · Đạt toàn bộ chỉ tiêu", "6 · Chưa đạt chỉ tiêu", "1 · Chưa đủ dữ liệu",
                "Kết quả gần nhất của từng đơn vị", ">Đơn vị</th>", ">Đạt toàn bộ chỉ tiêu</span>",
                ">Chưa đạt chỉ tiêu</span>", "Tỉnh Trà Vinh").doesNotContain("Đủ điều kiện", "xã đã đánh giá", "từng xã", ">Xã</th>");
        assertThat(page("/dashboard?province=tra-vinh&lang=en")).contains("10 units evaluated", "3 · All targets met",
                "6 · Targets not met").doesNotContain("Eligible", "communes evaluated", "each commune");

        String id = location.substring(location.lastIndexOf('/') + 1);
        String history = page("/evaluations?province=tra-vinh");
        String row = history.substring(history.indexOf("data-id=\"" + id + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("title=\"Đạt toàn bộ chỉ tiêu\">3<", "title=\"Chưa đạt chỉ tiêu\">6<",
                "title=\"Chưa đủ dữ liệu\">1<", ">10<").doesNotContain("Đủ điều kiện");
        assertThat(history).contains(">Số đơn vị</th>");
    }
}
