package vn.xkmt.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.ResultJson;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.RunInfo;
import vn.xkmt.report.result.UnitEntry;

class ComparisonTest {

    private static RunDocument stored() throws Exception {
        return ResultJson.read(Files.readString(Path.of("src/test/resources/result/legacy-lao-cai-batch.json")));
    }

    @Test
    void theSameResultOfAnotherRunAndShapeVersionDiffersInNothing() throws Exception {
        RunDocument then = stored();
        RunInfo r = then.run();
        RunDocument now = new RunDocument(RunDocument.CURRENT, new RunInfo(Instant.parse("2030-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:01Z"), "9.9", r.inputs(), r.ruleSets()), then.summary(), then.results(),
                then.errors(), then.warnings());
        assertThat(Comparison.differences(then, now)).isEmpty();
    }

    @Test
    void aChangedVerdictAndCriterionAreNamedByTheirPathWithBothValues() throws Exception {
        RunDocument then = stored();
        List<UnitEntry> units = new ArrayList<>(then.results());
        UnitEntry lc2 = units.get(1);
        List<CriterionEntry> criteria = new ArrayList<>(lc2.criteria());
        CriterionEntry lc3 = criteria.get(2);
        criteria.set(2, new CriterionEntry(lc3.id(), lc3.title(), Outcome.PASS, lc3.outcomeLabel(), lc3.explanation(),
                lc3.remedy(), lc3.validUntil(), lc3.findings(), lc3.warnings()));
        units.set(1, new UnitEntry(lc2.unitCode(), lc2.unitName(), lc2.year(), lc2.province(), lc2.district(), lc2.file(),
                lc2.row(), lc2.ruleSet(), lc2.ruleSetVersion(), lc2.ruleSetHash(), lc2.referenceDate(), Verdict.ELIGIBLE,
                lc2.verdictLabel(), lc2.criteriaForReference(), lc2.notInForce(), lc2.validUntil(), lc2.cellsToFill(),
                lc2.unitWarnings(), criteria));
        units.remove(4);
        RunDocument now = new RunDocument(then.schemaVersion(), then.run(), then.summary(), units, then.errors(),
                List.of());

        assertThat(Comparison.differences(then, now)).contains(
                "results[LC-002].verdict: NOT_ELIGIBLE → ELIGIBLE",
                "results[LC-002].criteria[LC3].outcome: FAIL → PASS",
                "results[TH-001]: no longer evaluated",
                "warnings[4]: gone");
        assertThat(Comparison.differences(now, then)).contains("results[TH-001]: newly evaluated");
    }
}
