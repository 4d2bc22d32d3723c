package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.authoring.PublishRecord;
import vn.xkmt.authoring.RuleWorkspace;
import vn.xkmt.web.As;
import vn.xkmt.web.evaluation.EvaluationService;

/**
 * The walk-through of docs/rule-authoring.md in the browser's terms: Thanh Hóa's editor lowers the
 * TH1 threshold from 10 to 5, checks, reads the impact on an upload with 9 addicts, publishes, sees
 * the diff in the history; the next upload fails TH1; the revert restores PASS. A broken DRL is
 * refused and the running version keeps answering.
 */
class RuleEditorFlowTest extends EditorContext {

    static final String V = "/rules/thanh-hoa/2024.2";

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    RuleWorkspace workspace;
    @Autowired
    JsonMapper json;

    @TempDir
    Path tmp;

    /** TH1's outcome for the commune of a fresh upload with 9 addicts, as stored. */
    String th1OfUpload(String code) throws Exception {
        return new Th1Uploads(mvc, evaluations, json, tmp).th1OfUpload(code);
    }

    String page(org.springframework.test.web.servlet.RequestBuilder r, int status) throws Exception {
        return mvc.perform(r).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void editCheckImpactPublishThenRevert() throws Exception {
        assertThat(th1OfUpload("TH-F01")).isEqualTo("PASS");
        var editor = As.EDITOR.signIn();

        assertThat(page(get("/rules").with(editor), 200)).contains("thanh-hoa", "2024.2").doesNotContain("lao-cai");
        assertThat(page(get(V).with(editor), 200)).contains("parameters.yaml", "TH1-nguoi-nghien.drl");
        String params = page(get(V + "/files/parameters.yaml").with(editor), 200);
        assertThat(params).contains("<textarea", "2024-11-01: 10");
        String text = Files.readString(rules().resolve("thanh-hoa/2024.2/parameters.yaml"));

        mvc.perform(post(V + "/files/parameters.yaml").param("content", text.replace("    2024-11-01: 10", "    2024-11-01: 5"))
                        .with(editor).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(V + "/files/parameters.yaml"));
        assertThat(page(get(V + "/files/parameters.yaml").with(editor), 200)).contains("2024-11-01: 5");
        assertThat(Files.readString(rules().resolve("thanh-hoa/2024.2/parameters.yaml"))).isEqualTo(text);

        String check = page(post(V + "/check").with(editor).with(csrf()), 200);
        assertThat(check).contains("id=\"check-outcome\"", ">OK<");

        String impact = page(post(V + "/impact").with(editor).with(csrf()), 200);
        assertThat(impact).contains("data-what=\"TH1\"", "data-before=\"PASS\"", ">Đạt → Không đạt</td>", " · TH-F01")
                .containsPattern(">lượt đánh giá #\\d+ · TH-F01<").doesNotContain("PASS → FAIL", ".xlsx#TH-F01")
                .contains("9 người nghiện ngoài cộng đồng, dưới mức 10 người")
                .contains("9 người nghiện ngoài cộng đồng, phải dưới 5 người").doesNotContain("Nguyễn Văn");

        mvc.perform(post(V + "/publish").with(editor).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/rules/history"));
        String history = page(get("/rules/history").with(editor), 200);
        assertThat(history).contains("<pre class=\"diff\">", "--- a/parameters.yaml", "-    2024-11-01: 10",
                "+    2024-11-01: 5", "editor.thanhhoa", "Hoàn tác");
        PublishRecord rec = workspace.history().get(0);
        assertThat(history).contains(rec.hashBefore(), rec.hashAfter());
        assertThat(rec.filesBefore()).containsExactly(java.util.Map.entry("parameters.yaml", text)); // JSON round trip

        assertThat(th1OfUpload("TH-F02")).isEqualTo("FAIL");

        mvc.perform(post("/rules/history/" + rec.id() + "/revert").with(editor).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/rules/history"));
        assertThat(workspace.history().get(0).revertOf()).isEqualTo(rec.id());
        assertThat(workspace.history().get(0).hashAfter()).isEqualTo(rec.hashBefore());
        assertThat(th1OfUpload("TH-F03")).isEqualTo("PASS");
        assertThat(page(get("/rules/history").with(editor).param("lang", "en"), 200)).contains("Revert", "revert of " + rec.id());
    }

    @Test
    void aBrokenDrlIsRefusedAndThePreviousVersionKeepsAnswering() throws Exception {
        var editor = As.EDITOR.signIn();
        String file = "TH9-mo-hinh.drl";
        String drl = Files.readString(rules().resolve("thanh-hoa/2024.2/" + file));
        mvc.perform(post(V + "/files/" + file).param("content", drl.replace("AntiDrugModel()", "AntiDrugModel(("))
                .with(editor).with(csrf())).andExpect(status().is3xxRedirection());

        String check = page(post(V + "/check").with(editor).with(csrf()), 200);
        assertThat(check).containsPattern("TH9-mo-hinh\\.drl:\\d+(:\\d+)? ");

        String refused = page(post(V + "/publish").with(editor).with(csrf()), 422);
        assertThat(refused).contains("id=\"refused\"").containsPattern("TH9-mo-hinh\\.drl:\\d+");
        assertThat(Files.readString(rules().resolve("thanh-hoa/2024.2/" + file))).isEqualTo(drl);
        assertThat(th1OfUpload("TH-B01")).isEqualTo("PASS");

        mvc.perform(post(V + "/discard").with(editor).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(post(V + "/publish").with(editor).with(csrf()), 422)).contains("id=\"nothing-to-publish\"");
    }

    @Test
    void withGoldenCasesTheThresholdChangeIsRefusedWithTheMismatchShown() throws Exception {
        Path tests = rules().resolve("thanh-hoa/2024.2/tests");
        vn.xkmt.testing.RulesCopy.copy(Path.of("rules/thanh-hoa/2024.2/tests"), tests);
        var golden = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                new vn.xkmt.web.security.XkmtUser("golden.editor", "-", true,
                        List.of(vn.xkmt.web.security.Role.POLICY_EDITOR), List.of("thanh-hoa")));
        try {
            String clean = page(post(V + "/check").with(golden).with(csrf()), 200);
            assertThat(clean).contains(">OK<").containsPattern("10 ca, \\d+ đơn vị, 0 khác biệt");

            String text = Files.readString(rules().resolve("thanh-hoa/2024.2/parameters.yaml"));
            mvc.perform(post(V + "/files/parameters.yaml").param("content", text.replace("    2024-11-01: 10", "    2024-11-01: 5"))
                    .with(golden).with(csrf())).andExpect(status().is3xxRedirection());
            String check = page(post(V + "/check").with(golden).with(csrf()), 200);
            assertThat(check).contains("id=\"golden-mismatches\"", "th-01-so-nguoi-nghien", "TH1", "PASS", "FAIL")
                    .doesNotContain(">OK<");
            String refused = page(post(V + "/publish").with(golden).with(csrf()), 422);
            assertThat(refused).contains("id=\"refused\"", "th-01-so-nguoi-nghien");
            assertThat(Files.readString(rules().resolve("thanh-hoa/2024.2/parameters.yaml"))).isEqualTo(text);
        } finally {
            workspace.discardDraft("golden.editor", "thanh-hoa", "2024.2");
            org.springframework.util.FileSystemUtils.deleteRecursively(tests);
        }
    }
}
