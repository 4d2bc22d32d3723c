package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.authoring.RuleWorkspace;
import vn.xkmt.testing.RulesCopy;
import vn.xkmt.web.As;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.XkmtUser;

/**
 * Changes made directly in the server's rules folder (safe hot reload): picked up by the
 * watcher once settled, checked before they answer, refusals shown on {@code /rules}. The tests
 * poll by hand (the context turns the schedule off) and leave the folder as they found it.
 */
class RulesOnDiskTest extends EditorContext {

    static final RequestPostProcessor EDITOR_LC = user(new XkmtUser("disk.editor.lc", "-", true,
            List.of(Role.POLICY_EDITOR), List.of("lao-cai")));

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    JsonMapper json;
    @Autowired
    RuleSetRegistry registry;
    @Autowired
    RuleWorkspace workspace;
    @Autowired
    RulesFolderWatcher watcher;

    @TempDir
    Path tmp;

    Th1Uploads uploads;

    /** Whatever earlier tests left in the folder is reloaded now, so each test starts settled. */
    @BeforeEach
    void settle() {
        uploads = new Th1Uploads(mvc, evaluations, json, tmp);
        watcher.poll();
        watcher.poll();
    }

    String hash() {
        return registry.current().version("thanh-hoa", "2024.2").orElseThrow().definition().contentHash();
    }

    String rulesPage(RequestPostProcessor who, String lang) throws Exception {
        return mvc.perform(get("/rules").param("lang", lang).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aThresholdEditedOnDiskAnswersAfterTheSecondPollAndTheNextUploadUsesIt() throws Exception {
        Path params = rules().resolve("thanh-hoa/2024.2/parameters.yaml");
        String text = Files.readString(params);
        String before = hash();
        try {
            Files.writeString(params, text.replace("    2024-11-01: 10", "    2024-11-01: 5"));

            assertThat(watcher.poll()).as("first sight: wait for the copy to settle").isEmpty();
            assertThat(hash()).isEqualTo(before);
            assertThat(uploads.th1OfUpload("TH-D01")).isEqualTo("PASS");

            var report = watcher.poll();

            assertThat(report).hasValueSatisfying(r -> assertThat(r.activated()).containsExactly("thanh-hoa"));
            assertThat(hash()).isNotEqualTo(before);
            assertThat(uploads.th1OfUpload("TH-D02")).isEqualTo("FAIL");
        } finally {
            Files.writeString(params, text);
            settle();
        }
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void aBrokenDrlOnDiskIsRefusedThePreviousVersionKeepsAnsweringAndTheEditorSeesWhy() throws Exception {
        Path drl = rules().resolve("thanh-hoa/2024.2/TH9-mo-hinh.drl");
        String text = Files.readString(drl);
        String before = hash();
        try {
            Files.writeString(drl, text.replace("AntiDrugModel()", "AntiDrugModel(("));
            watcher.poll();

            var report = watcher.poll();

            assertThat(report).hasValueSatisfying(r -> assertThat(r.refused().get("thanh-hoa"))
                    .anySatisfy(reason -> assertThat(reason).containsPattern("TH9-mo-hinh\\.drl:\\d+")));
            assertThat(hash()).isEqualTo(before);
            assertThat(uploads.th1OfUpload("TH-D03")).isEqualTo("PASS");
            assertThat(rulesPage(As.EDITOR.signIn(), "vi")).contains("id=\"reload-refusals\"",
                            "Thay đổi trên đĩa bị từ chối, phiên bản đang chạy giữ nguyên", "data-ruleset=\"thanh-hoa\"",
                            "lần nạp lại lúc")
                    .containsPattern("rules/thanh-hoa/2024\\.2/TH9-mo-hinh\\.drl:\\d+(:\\d+)?: ");
            assertThat(rulesPage(As.EDITOR.signIn(), "en"))
                    .contains("Change on disk refused, the running version keeps answering", "reload at");
            assertThat(rulesPage(EDITOR_LC, "vi")).doesNotContain("reload-refusals", "TH9-mo-hinh");
        } finally {
            Files.writeString(drl, text);
            settle();
        }
        assertThat(rulesPage(As.EDITOR.signIn(), "vi")).doesNotContain("reload-refusals");
    }

    @Test
    void aNewVersionFolderCopiedInPartsIsReloadedOnlyWhenComplete() throws Exception {
        Path from = rules().resolve("thanh-hoa/2024.2");
        Path to = rules().resolve("thanh-hoa/2026.1");
        try {
            RulesCopy.copy(from, to, rel -> rel.equals("manifest.yaml"));
            Files.writeString(to.resolve("manifest.yaml"), Files.readString(to.resolve("manifest.yaml"))
                    .replace("version: \"2024.2\"", "version: \"2026.1\"")
                    .replace("  from: 2024-11-01\n  to: 2025-12-31", "  from: 2026-01-01\n  to: 2026-12-31"));
            assertThat(watcher.poll()).as("manifest alone, copy going on").isEmpty();
            RulesCopy.copy(from, to, rel -> !rel.equals("manifest.yaml"));
            assertThat(watcher.poll()).as("more files since the last poll").isEmpty();
            assertThat(registry.current().version("thanh-hoa", "2026.1")).isEmpty();

            var report = watcher.poll();

            assertThat(report).hasValueSatisfying(r -> {
                assertThat(r.activated()).containsExactly("thanh-hoa");
                assertThat(r.refused()).isEmpty();
            });
            assertThat(registry.current().select("thanh-hoa", LocalDate.of(2026, 3, 1)).orElseThrow())
                    .satisfies(s -> assertThat(s.ruleSet().version()).isEqualTo("2026.1"))
                    .satisfies(s -> assertThat(s.inForce()).isTrue());
            assertThat(registry.current().select("thanh-hoa", LocalDate.of(2025, 3, 1)).orElseThrow().ruleSet().version())
                    .isEqualTo("2024.2");
            assertThat(rulesPage(As.EDITOR.signIn(), "vi")).contains("data-version=\"2026.1\"");
        } finally {
            FileSystemUtils.deleteRecursively(to);
            settle();
        }
        assertThat(registry.current().versions("thanh-hoa")).extracting(v -> v.version()).containsExactly("2024.1", "2024.2");
    }

    @Test
    void aPublishFromTheEditorIsNotActivatedTwice() throws IOException {
        String file = "messages_en.properties";
        String text = Files.readString(rules().resolve("thanh-hoa/2024.2/" + file));
        workspace.saveDraft("disk.editor", "thanh-hoa", "2024.2", file, text + "# published, then polled\n");
        var published = workspace.publish("disk.editor", "thanh-hoa", "2024.2");
        assertThat(published.published()).as("%s", published).isTrue();
        String after = hash();
        try {
            assertThat(watcher.poll()).isEmpty();

            var report = watcher.poll();

            assertThat(report).hasValueSatisfying(r -> {
                assertThat(r.activated()).isEmpty();
                assertThat(r.refused()).isEmpty();
                assertThat(r.unchanged()).contains("thanh-hoa");
            });
            assertThat(hash()).isEqualTo(after);
        } finally {
            assertThat(workspace.revert("disk.editor", published.record().id()).published()).isTrue();
            settle();
        }
    }
}
