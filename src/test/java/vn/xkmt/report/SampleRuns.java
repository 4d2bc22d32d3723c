package vn.xkmt.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.testing.TestRuleSets;

/** The sample workbooks of {@code samples/}, each evaluated alone under the rule sets of {@code rules/}. */
final class SampleRuns {

    private SampleRuns() {
    }

    static List<Path> workbooks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    static RunResult run(Path workbook) {
        WorkbookReader reader = new WorkbookReader();
        return new Evaluator(TestRuleSets.catalog(), reader::read)
                .evaluate(List.of(reader.read(workbook)), RunOptions.DEFAULT, Progress.NONE);
    }
}
