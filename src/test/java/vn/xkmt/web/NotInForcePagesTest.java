package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.ContractWorkbook;
import vn.xkmt.web.evaluation.EvaluationService;

/**
 * A Thanh Hóa commune requesting in 2026, after the plan's end: the result page, the history, the
 * dashboard and the API show the verdict "no rule set in force", apart from the other three, with
 * its criteria marked for reference.
 */
@WebTest
class NotInForcePagesTest {

    static final String LABEL_VI = "Không có bộ tiêu chí hiệu lực vào ngày xét";

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;

    @TempDir
    Path tmp;

    final String tag = "NF" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    String page(String url, As who) throws Exception {
        return mvc.perform(get(url).with(who.signIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long upload() throws IOException {
        ContractWorkbook wb = ContractWorkbook.create();
        CommuneBuilder.thanhHoa(tag + "-26").set("request_date", LocalDate.of(2026, 2, 2)).addTo(wb);
        CommuneBuilder.thanhHoa(tag + "-25").addTo(wb);
        byte[] bytes = Files.readAllBytes(wb.write(tmp.resolve("nf.xlsx")));
        return service.submit(As.APPRAISER_A.user(), tag + ".xlsx", bytes);
    }

    @Test
    void theResultPageShowsTheVerdictTheReasonAndTheCriteriaForReference() throws Exception {
        long id = upload();

        String html = page("/evaluations/" + id, As.APPRAISER_A);

        assertThat(html).contains("data-verdict=\"NOT_IN_FORCE\"", ">" + LABEL_VI + "</span>",
                "Ngày xét 02/02/2026 ngoài thời gian hiệu lực của bộ tiêu chí Thanh Hóa",
                "Đạt (chỉ để tham khảo)", "data-tally=\"NOT_IN_FORCE\"");
        assertThat(html).containsPattern(LABEL_VI + "</span>\\s*<strong>1</strong>");
    }

    @Test
    void theHistoryTheDashboardAndTheApiCountItApart() throws Exception {
        long id = upload();

        assertThat(page("/evaluations?commune=" + tag, As.APPRAISER_A))
                .containsPattern("class=\"verdict small v-NOT_IN_FORCE\" title=\"" + LABEL_VI + "\">1</span>");
        assertThat(page("/dashboard?province=thanh-hoa", As.EDITOR)).contains("data-verdict=\"NOT_IN_FORCE\"",
                "class=\"bar-NOT_IN_FORCE\"");
        String api = mvc.perform(get("/api/evaluations/" + id).with(As.APPRAISER_A.signIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode doc = JsonMapper.builder().build().readTree(api);
        assertThat(doc.get("evaluation").get("notInForce").asInt()).isEqualTo(1);
        assertThat(doc.get("evaluation").get("eligible").asInt()).isEqualTo(1);
        assertThat(doc.get("result").get("summary").get("verdicts").get("NOT_IN_FORCE").asInt()).isEqualTo(1);
    }
}
