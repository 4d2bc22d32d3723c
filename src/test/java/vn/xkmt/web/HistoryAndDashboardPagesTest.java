package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.xkmt.web.evaluation.EvaluationService;

/** The history and dashboard pages, and the metrics every evaluation feeds. */
@WebTest
class HistoryAndDashboardPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;
    @Autowired
    MeterRegistry meters;

    final String tag = "HD" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    String page(String url, As who) throws Exception {
        return mvc.perform(get(url).with(who.signIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void historyListsFiltersAndScopes() throws Exception {
        long th = service.submit(As.APPRAISER_A.user(), tag + "-th.xlsx", Workbooks.commune("Thanh Hóa", tag + "-1", "Xã Đông Sơn"));
        long lc = service.submit(As.APPRAISER_B.user(), tag + "-lc.xlsx", Workbooks.laoCai(tag + "-2"));
        String a = page("/evaluations?commune=" + tag, As.APPRAISER_A);
        assertThat(a).contains("data-id=\"" + th + "\"", tag + "-th.xlsx", "Thanh Hóa", "1 lượt đánh giá")
                .doesNotContain(tag + "-lc.xlsx");
        String admin = page("/evaluations?commune=" + tag, As.ADMIN);
        assertThat(admin).contains("data-id=\"" + th + "\"", "data-id=\"" + lc + "\"");
        String byProvince = page("/evaluations?province=lao-cai&commune=" + tag, As.ADMIN);
        assertThat(byProvince).contains("data-id=\"" + lc + "\"").doesNotContain("data-id=\"" + th + "\"");
        String accentless = mvc.perform(get("/evaluations").param("commune", "dong son").with(As.APPRAISER_A.signIn()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(accentless).contains("data-id=\"" + th + "\"");
        assertThat(page("/evaluations?commune=" + tag + "&from=2020-01-01&to=2020-12-31", As.ADMIN))
                .contains("0 lượt đánh giá");
        assertThat(page("/evaluations?commune=" + tag + "&lang=en", As.ADMIN)).contains("2 evaluations", "Uploaded by");
    }

    @Test
    void dashboardDrawsTheVerdictCountsAsInlineSvg() throws Exception {
        service.submit(As.APPRAISER_A.user(), "d.xlsx", Workbooks.thanhHoaEligible(tag + "-E"));
        String html = page("/dashboard?province=thanh-hoa", As.EDITOR);
        assertThat(html).contains("Tổng quan tỉnh Thanh Hóa", "<svg id=\"verdict-chart\"", "data-verdict=\"ELIGIBLE\"",
                "data-verdict=\"NOT_ELIGIBLE\"", "data-verdict=\"UNDETERMINED\"", tag + "-E")
                .doesNotContainPattern("(src|href)=\"https?:");
        assertThat(page("/dashboard", As.APPRAISER_B)).contains("Tổng quan tỉnh Lào Cai");
        assertThat(page("/dashboard?province=lao-cai", As.ADMIN)).contains("Tổng quan tỉnh Lào Cai");
    }

    @Test
    void evaluationsAreCountedAndTimed() {
        double before = count("stored");
        long t0 = meters.get("xkmt.evaluation.duration").timer().count();
        service.submit(As.APPRAISER_A.user(), "m.xlsx", Workbooks.thanhHoa(tag + "-M"));
        try {
            service.submit(As.APPRAISER_A.user(), "e.xlsx", new byte[0]);
        } catch (WebProblem expected) {
            // counted as refused
        }
        assertThat(count("stored")).isEqualTo(before + 1);
        assertThat(count("rejected")).isPositive();
        assertThat(meters.get("xkmt.evaluation.duration").timer().count()).isGreaterThan(t0);
        assertThat(meters.get("xkmt.evaluated.units").tag("verdict", "NOT_ELIGIBLE").counter().count()).isPositive();
    }

    double count(String outcome) {
        var c = meters.find("xkmt.evaluations").tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }
}
