package vn.xkmt.cli;

import vn.xkmt.text.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.ingest.InputFiles;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.report.HtmlReport;
import vn.xkmt.report.JsonReport;
import vn.xkmt.report.PersonNames;
import vn.xkmt.report.ReportOptions;
import vn.xkmt.report.SummaryTable;
import vn.xkmt.report.XlsxReport;
import vn.xkmt.ruleset.RuleSetCatalog;

/**
 * {@code xkmt evaluate [--ruleset ID] [--json FILE] [--xlsx FILE] [--html FILE] [--lang vi|en] [--show-names]
 * INPUT...}: the batch command of the contract. Shows progress on the console, prints the summary
 * table, and writes the JSON results, the meeting report workbook and the printable HTML report.
 */
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

    @Option(names = "--xlsx", paramLabel = "FILE",
            description = "Ghi sổ báo cáo cho cuộc họp xét công nhận / write the meeting report workbook")
    Path xlsx;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Ghi báo cáo HTML để in, trình chiếu / write the printable HTML report")
    Path html;

    /** The language of the summary and the reports. */
    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", converter = LangOption.class,
            description = "Ngôn ngữ bảng tóm tắt và báo cáo / language of the summary and reports (mặc định/default: vi)")
    Lang lang = Lang.VI;

    @Option(names = "--show-names",
            description = "Ghi họ tên người vào sheet Chi tiết của sổ --xlsx (dữ liệu cá nhân, chỉ ở đó) / "
                    + "put full names in the findings sheet of --xlsx (personal data, nowhere else)")
    boolean showNames;

    @Option(names = "--all",
            description = "In mọi đơn vị và mọi lỗi, cảnh báo (mặc định: quá " + SummaryTable.SCREEN
                    + " đơn vị thì chỉ in đơn vị cần chú ý, tối đa " + ConsoleProblems.CAP + " lỗi và "
                    + ConsoleProblems.CAP + " cảnh báo) / print every unit, error and warning (by default, beyond "
                    + SummaryTable.SCREEN + " units only those that need attention, and at most " + ConsoleProblems.CAP
                    + " errors and " + ConsoleProblems.CAP + " warnings)")
    boolean all;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Tệp .xlsx hoặc thư mục / workbook or folder")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<DataProblem> inputProblems = new ArrayList<>();
        List<Path> files = InputFiles.expand(inputs, inputProblems);
        WorkbookReader reader = new WorkbookReader();
        PersonNames names = showNames && xlsx != null ? PersonNames.collecting() : PersonNames.NONE;
        Function<Path, Dataset> read = names == PersonNames.NONE ? reader::read : f -> names.add(reader.read(f));
        // The workbooks are read while the rule sets compile.
        try (Prefetch prefetch = Prefetch.start(files, read)) {
            RuleSetCatalog catalog = rules.load(err);
            if (catalog == null) {
                return XkmtCommand.USAGE;
            }
            RunOptions options = RuleSetChoice.parse(ruleSet, catalog, err);
            if (options == null) {
                return XkmtCommand.USAGE;
            }
            if (showNames && xlsx == null) {
                err.println(CliWords.both("showNamesAlone"));
            }
            ReportOptions reportOptions = new ReportOptions(lang, showNames, names);
            try (ReportStreams reports = new ReportStreams(json, xlsx, html, reportOptions, lang)) {
                // the reports take each workbook's units as they are evaluated; the run keeps their summary
                RunResult run = new Evaluator(catalog, prefetch::get).run(files, options,
                        ConsoleProgress.forConsole(err), reports);
                if (!inputProblems.isEmpty()) {
                    List<DataProblem> withInputs = new ArrayList<>(inputProblems);
                    withInputs.addAll(run.problems());
                    run = new RunResult(run.startedAt(), run.finishedAt(), run.xkmtVersion(), run.inputs(),
                            run.results(), withInputs);
                }
                SummaryTable.print(run, out, lang, all);
                ConsoleProblems.print(run.problems(), out, err, all);
                boolean written = reports.finish(run, out, err);
                return exit(run, catalog, written);
            }
        }
    }

    private static int exit(RunResult run, RuleSetCatalog catalog, boolean written) {
        boolean errors = run.hasErrors() || !catalog.problems().isEmpty() || !written;
        if (run.problems().stream().anyMatch(DataProblem::isResource)) {
            return XkmtCommand.RESOURCE;
        }
        return errors ? XkmtCommand.INPUT_ERROR : XkmtCommand.OK;
    }
}
