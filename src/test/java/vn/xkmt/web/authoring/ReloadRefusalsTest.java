package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.testing.RulesCopy;

/** Which refusals the rule editor lists: the last reload's word on each rule set, else the start's. */
class ReloadRefusalsTest {

    @TempDir
    Path tmp;

    Path drl;
    String text;

    /** Thanh Hóa alone, its first version only, without golden cases. */
    Path thanhHoa() throws IOException {
        Path root = RulesCopy.copy(Path.of("rules"), tmp, rel -> rel.startsWith("thanh-hoa")
                && !rel.startsWith("thanh-hoa/2024.2") && !rel.contains("tests"));
        drl = root.resolve("thanh-hoa/2024.1/TH9-mo-hinh.drl");
        text = Files.readString(drl);
        return root;
    }

    void breakDrl() throws IOException {
        Files.writeString(drl, text.replace("AntiDrugModel()", "AntiDrugModel(("));
    }

    static RuleSetRegistry registry(Path root) {
        return new RuleSetRegistry(root, p -> {
            throw new IllegalStateException("no golden workbook expected in this copy");
        });
    }

    @Test
    void aRuleSetRefusedAtStartIsListedWithItsFileAndLineUntilAReloadActivatesIt() throws IOException {
        Path root = thanhHoa();
        breakDrl();
        RuleSetRegistry registry = registry(root);
        assertThat(registry.current().versions("thanh-hoa")).isEmpty();

        assertThat(ReloadRefusals.latest(registry)).singleElement().satisfies(f -> {
            assertThat(f.ruleSet()).isEqualTo("thanh-hoa");
            assertThat(f.atStart()).isTrue();
            assertThat(f.at()).isEqualTo(registry.started().atOffset(ZoneOffset.UTC));
            assertThat(f.reasons()).anySatisfy(r -> assertThat(r).containsPattern("^rules/thanh-hoa/2024\\.1/TH9-mo-hinh\\.drl:\\d+"));
        });

        Files.writeString(drl, text);
        assertThat(registry.reload().activated()).containsExactly("thanh-hoa");

        assertThat(ReloadRefusals.latest(registry)).isEmpty();
    }

    @Test
    void aRefusedReloadIsListedAtItsTimeUntilALaterReloadFindsTheRuleSetFine() throws IOException {
        RuleSetRegistry registry = registry(thanhHoa());
        assertThat(ReloadRefusals.latest(registry)).isEmpty();

        breakDrl();
        var refused = registry.reload();

        assertThat(ReloadRefusals.latest(registry)).singleElement().satisfies(f -> {
            assertThat(f.atStart()).isFalse();
            assertThat(f.at()).isEqualTo(refused.at().atOffset(ZoneOffset.UTC));
            assertThat(f.reasons()).isEqualTo(refused.refused().get("thanh-hoa"));
        });

        Files.writeString(drl, text);
        assertThat(registry.reload().unchanged()).containsExactly("thanh-hoa");

        assertThat(ReloadRefusals.latest(registry)).isEmpty();
    }

    @Test
    void aProblemOfTheFolderItselfNamesNoRuleSet() {
        assertThat(ReloadRefusals.ruleSetOf("rules/thanh-hoa/2024.1/TH9-mo-hinh.drl")).isEqualTo("thanh-hoa");
        assertThat(ReloadRefusals.ruleSetOf("/srv/xkmt/rules")).isNull();
    }
}
