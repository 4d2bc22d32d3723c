package vn.xkmt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.Dataset;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.UnitFacts;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.testing.TestRuleSets;

/**
 * The Thanh Hóa rules and the benchmark's hand-written reference decide every criterion of 200
 * generated communes alike (the first 200 of the national benchmark workbook), so that a change to
 * either is caught here rather than at the next benchmark run.
 */
class DifferentialCheckTest {

    @TempDir
    Path dir;

    @Test
    void droolsAndTheReferenceAgreeOnTwoHundredGeneratedCommunes() {
        Path file = NationalDataGenerator.generate(dir.resolve("th-200.xlsx"), 200, NationalDataGenerator.DEFAULT_SEED)
                .file();
        Dataset ds = new WorkbookReader().read(file);
        List<UnitFacts> units = Units.of(ds);
        assertThat(units).hasSize(200);

        DifferentialCheck.Report report = DifferentialCheck.run(units, TestRuleSets.ruleSet("thanh-hoa"));

        assertThat(report.disagreements()).as(report.describe(50)).isEmpty();
        // the generated data reaches every outcome of the criteria about persons, villages and models
        for (String id : List.of("TH1", "TH2", "TH3", "TH4", "TH5", "TH8", "TH9")) {
            assertThat(report.outcomes().get(id)).as(id + "\n" + report.outcomeTable())
                    .containsKeys(Outcome.PASS, Outcome.FAIL, Outcome.INSUFFICIENT_DATA);
        }
    }
}
