package vn.xkmt.cli;

import vn.xkmt.text.Lang;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.xkmt.template.TemplateWriter;

/** {@code xkmt template --out FILE}: writes the blank data workbook that appraisal teams fill. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Tạo tệp mẫu nhập liệu trống (.xlsx) theo quy cách dữ liệu.",
                "Writes the blank data workbook (.xlsx) of the data contract."})
public final class TemplateCommand implements Callable<Integer> {

    @Option(names = {"--out", "-o"}, required = true, paramLabel = "FILE",
            description = "Tệp .xlsx cần ghi (ghi đè nếu đã có) / the .xlsx file to write (replaced if present)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.isDirectory(out)) {
            return fail("template.isFolder");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return fail("template.noFolder", parent);
        }
        try {
            TemplateWriter.writeTemplate(out);
        } catch (AccessDeniedException e) {
            return fail("template.denied");
        } catch (NoSuchFileException e) {
            return fail("template.noPath");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            return fail("template.fileSystem", reason);
        } catch (IOException e) {
            return fail("template.write", e.getMessage());
        }
        spec.commandLine().getOut().println(CliWords.both("templateWritten") + ": " + out);
        return XkmtCommand.OK;
    }

    private int fail(String why, Object... args) {
        spec.commandLine().getErr().println(CliWords.in(Lang.VI, "templateNotWritten", out, CliWords.in(Lang.VI, why, args))
                + " / " + CliWords.in(Lang.EN, "templateNotWritten", out, CliWords.in(Lang.EN, why, args)));
        return XkmtCommand.INPUT_ERROR;
    }
}
