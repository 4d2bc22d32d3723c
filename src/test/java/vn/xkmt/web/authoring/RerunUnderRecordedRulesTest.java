package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.authoring.RuleWorkspace;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.ContractWorkbook;
import vn.xkmt.testing.PersonBuilder;
import vn.xkmt.web.As;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.evaluation.Rerun;

/**
 * An evaluation stays reproducible after its rules change: once Thanh Hóa's TH1 threshold is lowered
 * (through the editor, or by editing the files and reloading), re-running an older evaluation gives
 * its recorded verdicts under its recorded hash, rebuilt from the kept snapshot, and its report
 * still downloads.
 */
class RerunUnderRecordedRulesTest extends EditorContext {

    static final String V = "/rules/thanh-hoa/2024.2";

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    vn.xkmt.web.evaluation.Reruns reruns;
    @Autowired
    RuleWorkspace workspace;
    @Autowired
    RuleSetRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @TempDir
    Path tmp;

    byte[] nineAddicts(String code) throws Exception {
        CommuneBuilder c = CommuneBuilder.thanhHoa(code);
        for (int i = 1; i <= 9; i++) {
            c.with(PersonBuilder.addict(String.format("%s-NN-%03d", code, i)));
        }
        return Files.readAllBytes(c.addTo(ContractWorkbook.create()).write(tmp.resolve(code + ".xlsx")));
    }

    String body(org.springframework.test.web.servlet.RequestBuilder r, int status) throws Exception {
        return mvc.perform(r).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** TH1's outcome in a stored result. */
    String th1(long id) throws Exception {
        List<String> found = new ArrayList<>();
        Th1Uploads.find(json.readTree(body(get("/evaluations/" + id + "/result.json")
                .with(As.APPRAISER_A.signIn()), 200)), found);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    String ruleSetsOf(long id) {
        return jdbc.sql("SELECT rule_sets FROM evaluation WHERE id = ?").param(id).query(String.class).single();
    }

    void assertReproducedUnderItsRecordedRules(long id) throws Exception {
        String recorded = ruleSetsOf(id);
        String hash = recorded.substring(recorded.lastIndexOf('#') + 1);
        assertThat(registry.current().version("thanh-hoa", "2024.2").orElseThrow().definition().contentHash())
                .as("the rules changed").isNotEqualTo(hash);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rule_snapshot WHERE content_hash = ?").param(hash)
                .query(Long.class).single()).isEqualTo(1);

        Rerun r = reruns.rerun(id, As.APPRAISER_A.user());
        assertThat(r.matches()).as(r.differences().toString()).isTrue();
        assertThat(r.differences()).isEmpty();
        assertThat(r.ruleSetsThen()).containsExactly(recorded);
        assertThat(r.ruleSetsNow()).isEqualTo(r.ruleSetsThen());
        assertThat(r.restored()).containsExactly(recorded);
        assertThat(r.missing()).isEmpty();

        JsonNode api = json.readTree(body(post("/api/evaluations/" + id + "/rerun").with(As.APPRAISER_A.signIn())
                .with(csrf()), 200));
        assertThat(api.get("matches").asBoolean()).isTrue();
        assertThat(api.get("ruleSetsNow").get(0).asString()).isEqualTo(recorded);
        assertThat(api.get("restored").get(0).asString()).isEqualTo(recorded);

        String page = body(post("/evaluations/" + id + "/rerun").with(As.APPRAISER_A.signIn()).with(csrf()), 200);
        assertThat(page).contains("data-matches=\"true\"", "id=\"rerun-rules\"", "id=\"rerun-restored\"", hash)
                .doesNotContain("id=\"rerun-missing\"");

        byte[] report = mvc.perform(get("/evaluations/" + id + "/report.xlsx").with(As.APPRAISER_A.signIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(report).startsWith((byte) 'P', (byte) 'K');
        assertThat(body(get("/evaluations/" + id + "/report.html").with(As.APPRAISER_A.signIn()), 200)).contains("TH1");
        mvc.perform(get("/api/evaluations/" + id + "/report.xlsx").with(As.APPRAISER_A.signIn())).andExpect(status().isOk());
    }

    @Test
    void afterAPublishAnOlderEvaluationReRunsUnderItsRecordedRules() throws Exception {
        long before = evaluations.submit(As.APPRAISER_A.user(), "th.xlsx", nineAddicts("TH-S01"));
        assertThat(th1(before)).isEqualTo("PASS");

        var editor = As.EDITOR.signIn();
        String text = Files.readString(rules().resolve("thanh-hoa/2024.2/parameters.yaml"));
        mvc.perform(post(V + "/files/parameters.yaml").param("content", text.replace("    2024-11-01: 10", "    2024-11-01: 5"))
                .with(editor).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(V + "/publish").with(editor).with(csrf())).andExpect(status().is3xxRedirection());
        String published = workspace.history().get(0).id();
        try {
            long after = evaluations.submit(As.APPRAISER_A.user(), "th.xlsx", nineAddicts("TH-S02"));
            assertThat(th1(after)).isEqualTo("FAIL");
            assertThat(ruleSetsOf(after)).isNotEqualTo(ruleSetsOf(before));

            assertReproducedUnderItsRecordedRules(before);

            Rerun latest = reruns.rerun(after, As.APPRAISER_A.user());
            assertThat(latest.matches()).isTrue();
            assertThat(latest.restored()).as("in force: nothing to rebuild").isEmpty();
        } finally {
            workspace.revert("editor.thanhhoa", published);
        }
        // back under the first rules: in force again, nothing rebuilt
        Rerun r = reruns.rerun(before, As.APPRAISER_A.user());
        assertThat(r.matches()).isTrue();
        assertThat(r.restored()).isEmpty();
    }

    @Test
    void afterTheFilesChangeAndAReloadAnOlderEvaluationReRunsUnderItsRecordedRules() throws Exception {
        long before = evaluations.submit(As.APPRAISER_A.user(), "th.xlsx", nineAddicts("TH-S11"));
        Path params = rules().resolve("thanh-hoa/2024.2/parameters.yaml");
        String text = Files.readString(params);
        Files.writeString(params, text.replace("    2024-11-01: 10", "    2024-11-01: 5"));
        try {
            assertThat(registry.reload().activated()).contains("thanh-hoa");
            assertThat(th1(evaluations.submit(As.APPRAISER_A.user(), "th.xlsx", nineAddicts("TH-S12")))).isEqualTo("FAIL");

            assertReproducedUnderItsRecordedRules(before);
            assertThat(th1(before)).isEqualTo("PASS");
        } finally {
            Files.writeString(params, text);
            registry.reload();
        }
    }

    /** A column of sheet {@code Tổng hợp} at a unit's row (the first after the header). */
    static String summaryCell(byte[] xlsx, String title) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheet("Tổng hợp");
            var header = sheet.getRow(0);
            for (int i = 0; i < header.getLastCellNum(); i++) {
                if (title.equals(header.getCell(i).getStringCellValue())) {
                    return sheet.getRow(1).getCell(i).getStringCellValue();
                }
            }
        }
        throw new AssertionError("no column " + title);
    }

    @Test
    void aReportDownloadedAfterItsRuleSetVersionWasEditedShowsTheStoredVerdictsWithoutEvaluatingAgain()
            throws Exception {
        long before = evaluations.submit(As.APPRAISER_A.user(), "th.xlsx", nineAddicts("TH-S21"));
        assertThat(th1(before)).isEqualTo("PASS");
        Path params = rules().resolve("thanh-hoa/2024.2/parameters.yaml");
        String text = Files.readString(params);
        Files.writeString(params, text.replace("    2024-11-01: 10", "    2024-11-01: 5"));
        try {
            assertThat(registry.reload().activated()).contains("thanh-hoa");
            // under the edited version the same commune fails TH1
            assertThat(th1(evaluations.submit(As.APPRAISER_A.user(), "th.xlsx", nineAddicts("TH-S22")))).isEqualTo("FAIL");

            byte[] report = mvc.perform(get("/evaluations/" + before + "/report.xlsx").with(As.APPRAISER_A.signIn()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(summaryCell(report, "TH1")).isEqualTo("Đạt");
            assertThat(summaryCell(report, "Bộ tiêu chí")).isEqualTo("thanh-hoa 2024.2");
            byte[] api = mvc.perform(get("/api/evaluations/" + before + "/report.xlsx").with(As.APPRAISER_A.signIn()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(summaryCell(api, "TH1")).isEqualTo("Đạt");
            assertThat(body(get("/evaluations/" + before + "/report.html").with(As.APPRAISER_A.signIn()), 200))
                    .contains("TH-S21", "TH1");
        } finally {
            Files.writeString(params, text);
            registry.reload();
        }
    }
}
