package vn.xkmt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.xkmt.authoring.DraftWorker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.xkmt.authoring.Impact;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.ingest.InputFiles;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.ruleset.RuleSetCatalog;
import vn.xkmt.ruleset.RulesLocation;

/**
 * {@code xkmt rules impact --from A --to B INPUT...}: evaluates a batch under two versions and lists
 * every unit whose verdict or criterion outcome changes. {@code --to-rules DIR} takes the new version
 * from a draft folder, so an edit can be weighed before it is published.
 */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Đánh giá một lô theo hai phiên bản và liệt kê mọi xã thay đổi kết luận hoặc kết quả tiêu chí.",
                "Evaluates a batch under two versions and lists every unit whose verdict or criterion outcome changes."})
final class RulesImpactCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "ID@VERSION", description = "Phiên bản đang dùng / current version")
    String from;

    @Option(names = "--to", required = true, paramLabel = "ID@VERSION", description = "Phiên bản mới / new version")
    String to;

    @Option(names = "--rules", paramLabel = "DIR", description = "Thư mục bộ tiêu chí / rules folder")
    Path rulesDir;

    @Option(names = "--to-rules", paramLabel = "DIR",
            description = "Lấy phiên bản mới từ thư mục nháp này / take the new version from this draft folder")
    Path toRulesDir;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Tệp .xlsx hoặc thư mục / workbook or folder")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (!DraftWorker.inWorker()) {
            return RulesApart.run(spec);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSetCatalog a = RuleSetCatalog.load(RulesLocation.resolve(rulesDir));
        RuleSetCatalog b = toRulesDir == null ? a : RuleSetCatalog.load(toRulesDir);
        b.problems().forEach(p -> err.println(CliWords.tight("tag.error") + " " + p));
        RunOptions before = RuleSetChoice.parse(from, a, err);
        RunOptions after = RuleSetChoice.parse(to, b, err);
        if (before == null || after == null) {
            return XkmtCommand.USAGE;
        }
        List<DataProblem> problems = new ArrayList<>();
        List<Path> files = InputFiles.expand(inputs, problems);
        WorkbookReader reader = new WorkbookReader();
        RunResult runA = new Evaluator(a, reader::read).run(files, before, Progress.NONE);
        RunResult runB = new Evaluator(b, reader::read).run(files, after, Progress.NONE);
        List<Impact.Change> changes = Impact.compare(runA, runB);
        out.printf("%s → %s: %d %s, %d %s%n", from, to, runB.results().size(), CliWords.both("units"), changes.size(),
                CliWords.both("changes"));
        for (Impact.Change c : changes) {
            out.printf("  %s (%s) %s: %s → %s%n", c.unit(), c.unitName(), c.what(), c.before(), c.after());
            if (c.explanationBefore() != null) {
                out.println("      " + CliWords.tight("before") + ": " + c.explanationBefore());
            }
            if (c.explanationAfter() != null) {
                out.println("      " + CliWords.tight("after") + ":    " + c.explanationAfter());
            }
        }
        problems.addAll(runB.errors());
        problems.forEach(p -> err.println(CliWords.tight("tag.error") + " " + p.describe()));
        return problems.isEmpty() && b.problems().isEmpty() ? XkmtCommand.OK : XkmtCommand.INPUT_ERROR;
    }
}
