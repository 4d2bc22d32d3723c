package vn.xkmt.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetFilesTest {

    static final Path THANH_HOA = Path.of("rules/thanh-hoa/2024.1");

    @TempDir
    Path tmp;

    @Test
    void theFilesReadHashToTheLoadersContentHashAndLeaveTheGoldenCasesOut() throws Exception {
        Map<String, byte[]> files = RuleSetFiles.read(THANH_HOA);
        assertThat(files).containsKeys("manifest.yaml", "parameters.yaml", "messages_vi.properties")
                .allSatisfy((name, bytes) -> assertThat(name).doesNotStartWith("tests/").doesNotContain("\\"));
        assertThat(RuleSetFiles.hash(files)).isEqualTo(RuleSetLoader.hash(THANH_HOA)).hasSize(64);
    }

    @Test
    void theSameFilesLaidOutElsewhereLoadWithTheSameHashAndAnyChangeChangesIt() throws Exception {
        Path copy = tmp.resolve("rules/thanh-hoa/2024.1");
        Files.createDirectories(copy);
        for (Map.Entry<String, byte[]> f : RuleSetFiles.read(THANH_HOA).entrySet()) {
            Files.write(copy.resolve(f.getKey()), f.getValue());
        }
        String original = RuleSetLoader.hash(THANH_HOA);
        assertThat(RuleSetCatalog.load(tmp.resolve("rules")).version("thanh-hoa", "2024.1").orElseThrow()
                .definition().contentHash()).isEqualTo(original);

        Path params = copy.resolve("parameters.yaml");
        Files.writeString(params, Files.readString(params, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        assertThat(RuleSetLoader.hash(copy)).isNotEqualTo(original);
    }
}
