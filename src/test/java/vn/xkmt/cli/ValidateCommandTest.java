package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.testing.WorkbookBuilder;

class ValidateCommandTest {

    @TempDir
    Path dir;

    String out;
    String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = XkmtCommand.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private Path good(String name) {
        return WorkbookBuilder.create()
                .sheet("Xa").header("Mã xã", "Tên xã", "Tỉnh", "Ngày đề nghị công nhận")
                .row("X01", "Bình Kiều", "Hưng Yên", LocalDate.of(2025, 6, 30))
                .sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Họ và tên", "Phân loại", "Tình trạng cư trú")
                .row("X01", "BK-001", "Nguyễn Văn Bình", "Nghiện", "Có mặt")
                .row("X01", "BK-002", "Trần Thị Kiều", "Sau cai nghiện", "Có mặt")
                .sheet("Thon").header("Mã xã", "Tên thôn, tổ dân phố", "Số hộ").row("X01", "Thôn Bình Kiều", 320)
                .write(dir.resolve(name));
    }

    @Test
    void aValidWorkbookPrintsWhatWasReadAndExitsZeroWithoutPrintingNames() {
        Path f = good("tot.xlsx");
        assertThat(run("validate", f.toString())).isEqualTo(XkmtCommand.OK);
        assertThat(out).contains(f.toString())
                .contains("1 xã/communes, 2 người/persons, 1 thôn/villages, 0 mô hình/models, 0 dòng báo cáo năm/annual rows")
                .contains("0 lỗi/errors, 0 cảnh báo/warnings")
                .contains("1 tệp/files: 0 lỗi/errors, 0 cảnh báo/warnings — HỢP LỆ/VALID")
                .doesNotContain("Nguyễn Văn Bình").doesNotContain("Trần Thị Kiều");
        assertThat(err).isEmpty();
    }

    @Test
    void everyErrorAndWarningIsPrintedWithItsCellAndTheExitCodeIsOne() {
        Path f = WorkbookBuilder.create()
                .sheet("Xa").header("Mã xã", "Tên xã", "Tỉnh", "Ngày đề nghị công nhận", "Cột lạ")
                .row("X01", "Bình Kiều", "Hưng Yên", "31/02/2025", "?")
                .sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Họ và tên", "Phân loại", "Tình trạng cư trú")
                .row("X09", "BK-001", "Nguyễn Văn Bình", "Nghiện", "Có mặt")
                .write(dir.resolve("loi.xlsx"));
        assertThat(run("validate", f.toString())).isEqualTo(XkmtCommand.INPUT_ERROR);
        assertThat(out)
                .contains("LỖI/ERROR        " + f + ": Xa!D2 (Ngày đề nghị công nhận): \"31/02/2025\" không phải ngày hợp lệ "
                        + "(dd/mm/yyyy) / \"31/02/2025\" is not a valid date (dd/mm/yyyy)")
                .contains("LỖI/ERROR        " + f + ": Nguoi!A2 (Mã xã): Mã xã \"X09\" không có trong sheet \"Xa\" / "
                        + "Commune code \"X09\" is not in sheet \"Xa\"")
                .contains("CẢNH BÁO/WARNING " + f + ": Xa!E1 (Cột lạ): Cột \"Cột lạ\" không thuộc mẫu dữ liệu, bị bỏ qua")
                .contains("2 lỗi/errors, 1 cảnh báo/warnings")
                .contains("CÓ LỖI/INVALID")
                .doesNotContain("Nguyễn Văn Bình")
                .doesNotContain("Exception");
    }

    @Test
    void foldersAreSearchedAndEachWorkbookIsReported() throws Exception {
        Files.createDirectories(dir.resolve("in/sub"));
        Path a = good("in/a.xlsx");
        Path b = good("in/sub/b.xlsx");
        Files.writeString(dir.resolve("in/sub/csv.xlsx"), "Mã xã,Tên xã\n");
        assertThat(run("validate", dir.resolve("in").toString())).isEqualTo(XkmtCommand.INPUT_ERROR);
        assertThat(out).contains(a.toString()).contains(b.toString())
                .contains(dir.resolve("in/sub/csv.xlsx") + ": Tệp không phải sổ làm việc Excel (.xlsx) mà là tệp văn bản/CSV")
                .contains("3 tệp/files: 1 lỗi/errors");
    }

    @Test
    void aMissingInputIsAnErrorButTheOtherInputsAreStillChecked() {
        Path f = good("tot.xlsx");
        Path missing = dir.resolve("khong-co.xlsx");
        assertThat(run("validate", missing.toString(), f.toString())).isEqualTo(XkmtCommand.INPUT_ERROR);
        assertThat(out).contains("File or folder \"" + missing + "\" not found")
                .contains("1 xã/communes, 2 người/persons");
    }

    @Test
    void warningsAloneExitZero() {
        Path f = WorkbookBuilder.create().sheet("Xa").header("Mã xã", "Tên xã", "Tỉnh", "Ngày đề nghị công nhận")
                .row("X01", "Bình Kiều", "Hưng Yên", "30/06/2025").sheet("Ghi chép").header("x")
                .write(dir.resolve("canh-bao.xlsx"));
        assertThat(run("validate", f.toString())).isEqualTo(XkmtCommand.OK);
        assertThat(out).contains("0 lỗi/errors, 1 cảnh báo/warnings").contains("Sheet \"Ghi chép\" is not part of the data contract");
    }

    @Test
    void noInputIsAUsageError() {
        assertThat(run("validate")).isEqualTo(XkmtCommand.USAGE);
        assertThat(err).contains("INPUT");
    }

    @Test
    void anEmptyFolderIsAnErrorBecauseNothingWasChecked() throws Exception {
        Files.createDirectories(dir.resolve("trong"));
        assertThat(run("validate", dir.resolve("trong").toString())).isEqualTo(XkmtCommand.INPUT_ERROR);
        assertThat(out).contains("holds no .xlsx file").contains("No .xlsx workbook to check");
    }
}
