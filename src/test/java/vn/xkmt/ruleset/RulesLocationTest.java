package vn.xkmt.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The jar's own copy of {@code rules/}, used when no rules folder is given and none is beside the command. */
class RulesLocationTest {

    @Test
    void givenNoRulesFolder_thenTheBundledCopyHoldsEveryFileOfRulesByteForByte() throws IOException {
        Path bundled = RulesLocation.unpackBundled();

        Map<String, byte[]> want = files(Path.of("rules"));
        Map<String, byte[]> got = files(bundled);
        assertThat(got.keySet()).containsExactlyElementsOf(want.keySet());
        want.forEach((rel, bytes) -> assertThat(got.get(rel)).as(rel).isEqualTo(bytes));
    }

    @Test
    void givenTheBundledCopy_thenItLoadsTheSameRuleSetVersionsWithTheSameContentHashes() throws IOException {
        RuleSetCatalog fromJar = RuleSetCatalog.load(RulesLocation.unpackBundled());
        RuleSetCatalog fromFolder = RuleSetCatalog.load(Path.of("rules"));

        assertThat(fromJar.problems()).isEmpty();
        assertThat(hashes(fromJar)).hasSize(6).isEqualTo(hashes(fromFolder));
    }

    @Test
    void givenAFolder_thenItIsUsedAsGiven() throws IOException {
        Path given = Path.of("somewhere/rules");
        assertThat(RulesLocation.resolve(given)).isSameAs(given);
    }

    private static List<String> hashes(RuleSetCatalog c) {
        return c.all().stream().map(r -> r.id() + "@" + r.version() + " " + r.definition().contentHash()).sorted().toList();
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
