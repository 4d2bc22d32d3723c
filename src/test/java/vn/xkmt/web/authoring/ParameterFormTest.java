package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.xkmt.authoring.RuleWorkspace;
import vn.xkmt.web.As;

/**
 * Thanh Hóa's editor changes TH1's threshold through the parameters form, without touching YAML: the parameter is
 * shown with its description, unit, source passage and dated rows; a dated row added is saved into the draft with
 * the rest of the file unchanged; a wrong row is refused (422) with the expected and the found value; another
 * province's editor is refused.
 */
class ParameterFormTest extends EditorContext {

    static final String V = "/rules/thanh-hoa/2024.2";

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleWorkspace workspace;

    @AfterEach
    void discard() {
        workspace.discardDraft("editor.thanhhoa", "thanh-hoa", "2024.2");
    }

    String page(org.springframework.test.web.servlet.RequestBuilder r, int status) throws Exception {
        return mvc.perform(r).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aDatedRowAddedInTheFormGoesIntoTheDraftAndTheRestOfTheFileStaysAsItWas() throws Exception {
        var editor = As.EDITOR.signIn();
        String published = Files.readString(rules().resolve("thanh-hoa/2024.2/parameters.yaml"));

        assertThat(page(get(V).with(editor), 200)).contains("id=\"parameters-form\"");
        String form = page(get(V + "/parameters").with(editor), 200);
        assertThat(form).contains("id=\"nguoi_nghien_ngoai_cong_dong_duoi\"",
                "Tổng số người nghiện ma túy ngoài cộng đồng phải dưới mức này (TH1)", "<strong>người</strong>",
                "có tổng số dưới 10 người nghiện ma túy ngoài cộng đồng", "value=\"2024-11-01\"", "value=\"10\"");

        mvc.perform(post(V + "/parameters/nguoi_nghien_ngoai_cong_dong_duoi").param("from", "2024-11-01", "01/07/2025")
                        .param("value", "10", "8").with(editor).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(V + "/parameters#nguoi_nghien_ngoai_cong_dong_duoi"));

        assertThat(workspace.read("editor.thanhhoa", "thanh-hoa", "2024.2", "parameters.yaml"))
                .isEqualTo(published.replace("  values:\n    2024-11-01: 10\n", "  values:\n    2024-11-01: 10\n    2025-07-01: 8\n"));
        assertThat(Files.readString(rules().resolve("thanh-hoa/2024.2/parameters.yaml"))).isEqualTo(published);
        assertThat(page(get(V + "/parameters").with(editor), 200)).contains("value=\"2025-07-01\"", "value=\"8\"");
    }

    @Test
    void aWrongRowIsRefusedWithTheExpectedAndTheFoundValueAndNothingIsSaved() throws Exception {
        var editor = As.EDITOR.signIn();

        String refused = page(post(V + "/parameters/nguoi_nghien_ngoai_cong_dong_duoi").param("from", "2024-11-01", "2025-07-01")
                .param("value", "10", "tám").with(editor).with(csrf()), 422);

        assertThat(refused).contains("Chưa lưu: có dòng chưa hợp lệ.",
                "nguoi_nghien_ngoai_cong_dong_duoi (dòng 2): giá trị phải là một số, được «tám»", "value=\"tám\"");
        assertThat(workspace.hasDraft("editor.thanhhoa", "thanh-hoa", "2024.2")).isFalse();
    }

    @Test
    void anotherProvincesEditorMayNotOpenOrSaveTheForm() throws Exception {
        var laoCai = As.APPRAISER_B.signIn();

        mvc.perform(get("/rules/lao-cai/2023.1/parameters").with(As.EDITOR.signIn())).andExpect(status().is(403));
        mvc.perform(get(V + "/parameters").with(laoCai)).andExpect(status().is(403));
        mvc.perform(post(V + "/parameters/nguoi_nghien_ngoai_cong_dong_duoi").param("from", "2024-11-01")
                .param("value", "1").with(As.ANONYMOUS.signIn()).with(csrf())).andExpect(status().is3xxRedirection());
    }
}
