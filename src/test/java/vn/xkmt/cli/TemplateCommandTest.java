package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return XkmtCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesTheTemplateAndExitsZero() throws Exception {
        Path file = dir.resolve("mau-nhap-lieu.xlsx");
        assertThat(run("template", "--out", file.toString())).isZero();
        assertThat(out.toString()).contains("Template written", file.toString());
        assertThat(err.toString()).isEmpty();
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            wb.forEach(s -> names.add(s.getSheetName()));
        }
        assertThat(names).containsExactly("HuongDan", "Xa", "Nguoi", "Thon", "MoHinh", "BaoCaoNam", "DanhMuc");
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("old.xlsx"), "old");
        assertThat(run("template", "-o", file.toString())).isZero();
        assertThat(Files.size(file)).isGreaterThan(5_000);
    }

    @Test
    void withoutOutIsAUsageError() {
        assertThat(run("template")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }

    @Test
    void aFolderThatDoesNotExistIsAClearError() {
        Path file = dir.resolve("khong-co/mau.xlsx");
        assertThat(run("template", "--out", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Không ghi được", "Cannot write", "does not exist")
                .doesNotContain("Exception");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFolderGivenAsTheFileIsAClearError() {
        assertThat(run("template", "--out", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is a folder");
    }

    @Test
    void isListedInTheHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("template");
    }
}
