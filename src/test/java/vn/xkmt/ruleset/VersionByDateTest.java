package vn.xkmt.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.PersonBuilder;
import vn.xkmt.testing.RulesCopy;

/** Two versions of Thanh Hóa: 2024.1 until 30/06/2025 (fewer than 10), 2025.2 from 01/07/2025 (fewer than 5). */
class VersionByDateTest {

    @TempDir
    static Path root;

    static RuleSetCatalog catalog;

    @BeforeAll
    static void twoVersions() throws IOException {
        Path v1 = copy(Path.of("rules/thanh-hoa/2024.1"), root.resolve("thanh-hoa/2024.1"));
        replace(v1.resolve("manifest.yaml"), "  to: 2025-12-31", "  to: 2025-06-30");
        Path v2 = copy(Path.of("rules/thanh-hoa/2024.1"), root.resolve("thanh-hoa/2025.2"));
        replace(v2.resolve("manifest.yaml"), "version: \"2024.1\"", "version: \"2025.2\"");
        replace(v2.resolve("manifest.yaml"), "  from: 2024-11-01", "  from: 2025-07-01");
        replace(v2.resolve("parameters.yaml"), "    2024-11-01: 10", "    2024-11-01: 10\n    2025-07-01: 5");
        catalog = RuleSetCatalog.load(root);
        assertThat(catalog.problems()).isEmpty();
    }

    private static Path copy(Path from, Path to) {
        return RulesCopy.copy(from, to, rel -> !rel.contains("/") && !rel.equals("tests"));
    }

    private static void replace(Path file, String a, String b) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(a);
        Files.writeString(file, text.replace(a, b));
    }

    private static RuleSetCatalog.Selection on(String date) {
        return catalog.select("thanh-hoa", LocalDate.parse(date)).orElseThrow();
    }

    @Test
    void givenTheFirstDayOfThePeriod_thenTheFirstVersionIsInForce() {
        assertThat(on("2024-11-01").ruleSet().version()).isEqualTo("2024.1");
        assertThat(on("2024-11-01").inForce()).isTrue();
    }

    @Test
    void givenTheDayBeforeThePeriod_thenNoVersionIsInForceAndTheEarliestIsUsed() {
        assertThat(on("2024-10-31").ruleSet().version()).isEqualTo("2024.1");
        assertThat(on("2024-10-31").inForce()).isFalse();
    }

    @Test
    void givenTheLastDayOfTheFirstVersion_thenItIsStillInForce() {
        assertThat(on("2025-06-30").ruleSet().version()).isEqualTo("2024.1");
        assertThat(on("2025-06-30").inForce()).isTrue();
    }

    @Test
    void givenTheFirstDayOfTheSecondVersion_thenTheSecondIsInForce() {
        assertThat(on("2025-07-01").ruleSet().version()).isEqualTo("2025.2");
        assertThat(on("2025-07-01").inForce()).isTrue();
    }

    @Test
    void givenADateAfterTheLastPeriod_thenTheLatestVersionIsUsedButNotInForce() {
        assertThat(on("2026-01-01").ruleSet().version()).isEqualTo("2025.2");
        assertThat(on("2026-01-01").inForce()).isFalse();
    }

    @Test
    void givenNineAddicts_thenTheVerdictFollowsTheVersionInForceOnTheRequestDate() {
        for (String[] c : new String[][] {{"2025-06-30", "PASS"}, {"2025-07-01", "FAIL"}}) {
            LocalDate r = LocalDate.parse(c[0]);
            CommuneBuilder commune = CommuneBuilder.thanhHoa("TH-01").set("request_date", r);
            for (int i = 1; i <= 9; i++) {
                commune.with(PersonBuilder.addict("NN-" + i));
            }
            var result = on(c[0]).ruleSet().compiled().evaluate(commune.facts());
            assertThat(result.criterion("TH1").outcome()).as(c[0]).isEqualTo(Outcome.valueOf(c[1]));
        }
    }

    @Test
    void givenTwoVersions_thenEachResultRecordsItsVersionAndContentHash() {
        assertThat(catalog.versions("thanh-hoa")).extracting(LoadedRuleSet::version).containsExactly("2024.1", "2025.2");
        assertThat(catalog.versions("thanh-hoa").get(0).definition().contentHash())
                .isNotEqualTo(catalog.versions("thanh-hoa").get(1).definition().contentHash()).hasSize(64);
    }
}
