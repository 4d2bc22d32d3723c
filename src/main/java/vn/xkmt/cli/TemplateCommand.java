package vn.xkmt.cli;

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
            return fail("là một thư mục, không phải tệp", "is a folder, not a file");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return fail("thư mục " + parent + " không tồn tại", "folder " + parent + " does not exist");
        }
        try {
            TemplateWriter.writeTemplate(out);
        } catch (AccessDeniedException e) {
            return fail("không có quyền ghi", "permission denied");
        } catch (NoSuchFileException e) {
            return fail("không tìm thấy đường dẫn", "no such path");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            return fail("lỗi hệ thống tệp " + reason, "file system error " + reason);
        } catch (IOException e) {
            return fail("lỗi ghi tệp: " + e.getMessage(), "write error: " + e.getMessage());
        }
        spec.commandLine().getOut().println("Đã ghi tệp mẫu / Template written: " + out);
        return XkmtCommand.OK;
    }

    private int fail(String vi, String en) {
        spec.commandLine().getErr().println("Không ghi được " + out + ": " + vi + " / Cannot write " + out + ": " + en);
        return XkmtCommand.INPUT_ERROR;
    }
}
