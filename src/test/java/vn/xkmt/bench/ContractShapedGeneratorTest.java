package vn.xkmt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.ruleset.RuleSetCatalog;

class ContractShapedGeneratorTest {

    @Test
    void aWorkbookOfAnotherShapeIsReadAndEvaluatedUnderFourRuleSets(@TempDir Path tmp) {
        ContractShapedGenerator.Stats stats = ContractShapedGenerator.generate(tmp.resolve("mixed.xlsx"), 90, 11L);
        RuleSetCatalog catalog = RuleSetCatalog.load(Path.of("rules"));
        RunResult run = new Evaluator(catalog, new WorkbookReader()::read).run(List.of(stats.file()),
                new RunOptions(null, null, 2), Progress.NONE);

        List<UnitResult> communes = run.results().stream().filter(r -> r.year() == null).toList();
        assertThat(communes).hasSize(90);
        assertThat(communes.stream().map(r -> r.ruleSet().id()).collect(Collectors.toSet()))
                .isEqualTo(Set.of("lao-cai", "thanh-hoa", "hung-yen"));
        assertThat(run.results().stream().filter(r -> r.year() != null).map(r -> r.ruleSet().id()).distinct())
                .containsExactly("tra-vinh");
        assertThat(run.inputs().get(0).persons()).isEqualTo(stats.persons());
        assertThat(run.inputs().get(0).villages()).isEqualTo(stats.villages());
        // shuffled columns and rows, text dates and blanks are read as data, not lost: every commune gets a verdict
        // from its own rows, and no problem is about a header or a sheet
        assertThat(run.problems()).noneMatch(p -> p.row() != null && p.row() == 1);
    }
}
