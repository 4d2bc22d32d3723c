package vn.xkmt.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.ruleset.RuleSetCatalog;
import vn.xkmt.testing.RulesCopy;
import vn.xkmt.testing.TestRuleSets;

class GoldenCasesTest {

    @TempDir
    Path tmp;

    @Test
    void everyRuleSetVersionHasGoldenCasesAndTheyAllHold() {
        var reports = new GoldenCases(TestRuleSets.catalog(), new WorkbookReader()::read).runAll();
        assertThat(reports).extracting(GoldenCases.Report::ruleSet).contains("lao-cai", "thanh-hoa");
        for (GoldenCases.Report r : reports) {
            assertThat(r.cases()).as(r.ruleSet() + " has golden cases").isPositive();
            assertThat(r.problems()).as(r.ruleSet() + " problems").isEmpty();
            assertThat(r.mismatches()).as(r.ruleSet() + " mismatches").isEmpty();
        }
    }

    @Test
    void givenAWrongExpectation_thenTheCaseFailsLoudlyNamingUnitCriterionAndBothOutcomes() throws IOException {
        Path src = Path.of("rules/thanh-hoa/2024.1");
        Path dst = tmp.resolve("thanh-hoa/2024.1");
        RulesCopy.copy(src, dst);
        Path expected;
        try (Stream<Path> s = Files.list(dst.resolve("tests"))) {
            expected = s.filter(CaseFile::isCaseFile).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(expected);
        String flipped = text.contains("TH7: PASS") ? text.replaceFirst("TH7: PASS", "TH7: FAIL")
                : text.replaceFirst("TH7: (FAIL|INSUFFICIENT_DATA)", "TH7: PASS");
        assertThat(flipped).isNotEqualTo(text);
        Files.writeString(expected, flipped);

        var catalog = RuleSetCatalog.load(tmp);
        var report = new GoldenCases(catalog, new WorkbookReader()::read).run(catalog.versions("thanh-hoa").get(0));

        assertThat(report.passed()).isFalse();
        assertThat(report.mismatches()).anySatisfy(m -> {
            assertThat(m.what()).isEqualTo("TH7");
            assertThat(m.toString()).contains("mong đợi/expected").contains("được/got");
        });
    }

}
