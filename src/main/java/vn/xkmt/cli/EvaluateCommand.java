package vn.xkmt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.ingest.InputFiles;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.report.JsonReport;
import vn.xkmt.ruleset.RuleSetCatalog;

/** {@code xkmt evaluate [--ruleset ID] [--json FILE] INPUT...}: the batch command of the contract. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Đánh giá các xã (hoặc báo cáo năm) trong các tệp .xlsx theo bộ tiêu chí của tỉnh.",
                "Evaluates the communes (or annual reports) of .xlsx workbooks under each province's rule set."},
        exitCodeListHeading = "%nMã thoát / exit codes:%n",
        exitCodeList = {"0:không có lỗi / no error", "1:có lỗi dữ liệu hoặc bộ tiêu chí / an input or rule set error",
                "2:sai cách dùng / usage error"})
final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--ruleset", paramLabel = "ID[@VERSION]",
            description = "Dùng bộ tiêu chí này cho mọi dòng / use this rule set for every row (lao-cai, thanh-hoa, …)")
    String ruleSet;

    @Option(names = "--json", paramLabel = "FILE", description = "Ghi kết quả JSON / write the JSON results")
    Path json;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Tệp .xlsx hoặc thư mục / workbook or folder")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSetCatalog catalog = rules.load(err);
        if (catalog == null) {
            return XkmtCommand.USAGE;
        }
        RunOptions options = RuleSetChoice.parse(ruleSet, catalog, err);
        if (options == null) {
            return XkmtCommand.USAGE;
        }
        List<DataProblem> inputProblems = new ArrayList<>();
        List<Path> files = InputFiles.expand(inputs, inputProblems);
        RunResult run = new Evaluator(catalog, new WorkbookReader()::read).run(files, options, Progress.NONE);
        if (!inputProblems.isEmpty()) {
            List<DataProblem> all = new ArrayList<>(inputProblems);
            all.addAll(run.problems());
            run = new RunResult(run.startedAt(), run.finishedAt(), run.xkmtVersion(), run.inputs(), run.results(), all);
        }
        Summary.print(run, out);
        run.problems().forEach(p -> (p.isError() ? err : out).println((p.isError() ? "LỖI/ERROR " : "CẢNH BÁO/WARNING ")
                + p.describe()));
        if (json != null) {
            try {
                JsonReport.write(run, json);
                out.println("JSON: " + json);
            } catch (IOException | RuntimeException e) {
                err.println("Không ghi được / cannot write " + json + ": " + e.getMessage());
                return XkmtCommand.INPUT_ERROR;
            }
        }
        boolean errors = run.hasErrors() || !catalog.problems().isEmpty();
        return errors ? XkmtCommand.INPUT_ERROR : XkmtCommand.OK;
    }
}
