package vn.xkmt.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.ingest.InputFiles;
import vn.xkmt.ingest.WorkbookReader;

/**
 * {@code xkmt validate INPUT...}: reads each workbook as the data-sheet contract says and prints what
 * was read and every error and warning. Exit 0 with no error, 1 with any error, 2 on a usage error.
 * Prints codes and counts only, never a person's name.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Kiểm tra sổ làm việc dữ liệu xã trước khi gửi: đọc từng tệp, báo mọi lỗi và cảnh báo theo ô.",
                "Checks commune data workbooks before submission: reads each file and reports every error and warning by cell."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Tệp .xlsx hoặc thư mục (tìm *.xlsx trong mọi thư mục con) / .xlsx files or folders (searched recursively)")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DataProblem> inputProblems = new ArrayList<>();
        List<Path> files = InputFiles.expand(inputs, inputProblems);
        int errors = 0;
        int warnings = 0;
        for (DataProblem p : inputProblems) {
            out.println(line(p));
            if (p.isError()) {
                errors++;
            } else {
                warnings++;
            }
        }
        if (files.isEmpty()) {
            out.println(CliWords.tight("tag.error") + "        " + CliWords.both("noWorkbook"));
            out.flush();
            return XkmtCommand.INPUT_ERROR;
        }
        WorkbookReader reader = new WorkbookReader();
        boolean resource = false;
        for (Path file : files) {
            Dataset d = reader.read(file);
            resource |= d.problems().stream().anyMatch(DataProblem::isResource);
            int e = d.errors().size();
            int w = d.warnings().size();
            errors += e;
            warnings += w;
            out.println();
            out.println(d.file());
            out.printf("  %d " + CliWords.tight("communes") + ", %d " + CliWords.tight("persons") + ", %d " + CliWords.tight("villages") + ", %d " + CliWords.tight("models")
                    + ", %d " + CliWords.tight("annualRows") + "%n",
                    d.communes().size(), d.persons().size(), d.villages().size(), d.models().size(),
                    d.annualReports().size());
            out.printf("  %d " + CliWords.tight("errorsShort") + ", %d " + CliWords.tight("warningsShort") + "%n", e, w);
            for (DataProblem p : d.problems()) {
                out.println("  " + line(p));
            }
        }
        out.println();
        out.printf("%d " + CliWords.tight("files") + ": %d " + CliWords.tight("errorsShort") + ", %d " + CliWords.tight("warningsShort") + " — %s%n", files.size(), errors, warnings,
                errors == 0 ? CliWords.tight("tag.valid") : CliWords.tight("tag.invalid"));
        out.flush();
        return resource ? XkmtCommand.RESOURCE : errors == 0 ? XkmtCommand.OK : XkmtCommand.INPUT_ERROR;
    }

    private static String line(DataProblem p) {
        return (p.isError() ? CliWords.tight("tag.error") + "        " : CliWords.tight("tag.warning") + " ") + p.describe();
    }
}
