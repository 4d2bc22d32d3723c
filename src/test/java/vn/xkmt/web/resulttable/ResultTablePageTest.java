package vn.xkmt.web.resulttable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.xkmt.web.As;
import vn.xkmt.web.WebTest;
import vn.xkmt.web.evaluation.EvaluationService;

/**
 * The result page opens with a table of the sample's nine Thanh Hóa communes, one column per
 * criterion with its outcome, passing criteria collapsed in each commune's details, the sample's
 * warning beside its commune; the printable report opens in the browser.
 */
@WebTest
class ResultTablePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;

    @Test
    void theResultPageOpensWithATableOfCommunesByCriterion() throws Exception {
        long id = service.submit(As.APPRAISER_A.user(), "thanh-hoa.xlsx", Files.readAllBytes(Path.of("samples/thanh-hoa.xlsx")));
        String html = mvc.perform(get("/evaluations/" + id).with(As.APPRAISER_A.signIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String table = html.substring(html.indexOf("id=\"result-tables\""), html.indexOf("</section>", html.indexOf("id=\"result-tables\"")));
        assertThat(count(table, "data-row-unit=")).isEqualTo(9);
        assertThat(count(table, "<th data-type=\"number\" title=")).isEqualTo(9);
        assertThat(cell(table, "TH-QTI", "TH6")).isEqualTo("FAIL");
        assertThat(cell(table, "TH-QTI", "TH8")).isEqualTo("FAIL");
        assertThat(cell(table, "TH-QTI", "TH1")).isEqualTo("PASS");
        assertThat(cell(table, "TH-MLY", "TH7")).isEqualTo("INSUFFICIENT_DATA");
        assertThat(table).contains("data-row-unit=\"TH-QTI\" data-district").contains("data-not-passing=\"2\"")
                .contains("href=\"#unit-TH-QTI\"").contains("Xã chưa đạt lên trước");
        assertThat(html).contains("id=\"unit-TH-QTI\"").contains("8 tiêu chí đạt (bấm để xem)")
                .contains("/js/result-table.js");
        // the sample's one warning (a test dated after the request, on a person row of Mường Lý) is shown beside it
        assertThat(count(table, "class=\"small warning-note\"")).isEqualTo(1);
        String mly = table.substring(table.indexOf("data-row-unit=\"TH-MLY\""));
        assertThat(mly.substring(0, mly.indexOf("</tr>"))).contains("warning-note");

        MockHttpServletResponse report = mvc.perform(get("/evaluations/" + id + "/report.html").with(As.APPRAISER_A.signIn()))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(report.getHeader("Content-Disposition")).startsWith("inline").contains("xkmt-" + id + "-report.html");
        assertThat(report.getContentType()).startsWith("text/html");
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** The outcome in the table of one commune's criterion. */
    static String cell(String table, String unit, String criterion) {
        int row = table.indexOf("data-row-unit=\"" + unit + "\"");
        int end = table.indexOf("</tr>", row);
        Matcher m = Pattern.compile("data-cell-criterion=\"" + criterion + "\" data-outcome=\"([A-Z_]+)\"")
                .matcher(table.substring(row, end));
        return m.find() ? m.group(1) : null;
    }
}
