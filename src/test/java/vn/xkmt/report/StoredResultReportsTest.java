package vn.xkmt.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.xkmt.text.Lang;
import vn.xkmt.batch.RunResult;
import vn.xkmt.report.result.RunDocument;

/**
 * The workbook and the HTML report render a stored result as it was decided, from its records alone: one of
 * today's shape gives the same report as the run it was built from; one stored in an older shape (schema version
 * 0 or 1) renders what it carries and says what it lacks.
 */
class StoredResultReportsTest {

    private static RunDocument fixture(String name) throws Exception {
        return ResultJson.read(Files.readString(Path.of("src/test/resources/result/" + name)));
    }

    private static XSSFWorkbook workbook(RunDocument doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReport.write(doc, out, ReportOptions.DEFAULT);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static XSSFWorkbook workbook(RunResult run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReport.write(run, out, ReportOptions.DEFAULT);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> sheets(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** Every cell of a sheet as {@code A1=text}, row by row. */
    private static List<String> cells(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (Row r : sheet) {
            r.forEach(c -> out.add(c.getAddress() + "=" + f.formatCellValue(c)));
        }
        return out;
    }

    private static String column(Sheet sheet, String title, int row) {
        Row header = sheet.getRow(0);
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (title.equals(header.getCell(i).getStringCellValue())) {
                return new DataFormatter().formatCellValue(sheet.getRow(row).getCell(i));
            }
        }
        throw new AssertionError("no column " + title);
    }

    @Test
    void aVersionOneResultRendersAWorkbookWithItsVerdictsAndSaysWhatItLacks() throws Exception {
        RunDocument doc = fixture("v1-lao-cai-bien-gioi.json");
        assertThat(doc.schemaVersion()).isEqualTo(1);
        try (XSSFWorkbook wb = workbook(doc)) {
            assertThat(sheets(wb)).containsExactly("Thông tin", "Tổng hợp", "Chi tiết", "Lỗi dữ liệu");
            List<String> cover = cells(wb.getSheet("Thông tin"));
            assertThat(cover).contains("A6=Số đơn vị đánh giá", "B6=10")
                    .anyMatch(c -> c.startsWith("A") && c.contains("định dạng cũ (phiên bản 1)"));
            Sheet summary = wb.getSheet("Tổng hợp");
            assertThat(summary.getLastRowNum()).isEqualTo(10);
            assertThat(column(summary, "Mã đơn vị", 1)).isEqualTo(doc.results().get(0).unitCode());
            assertThat(column(summary, "Kết luận", 1)).isEqualTo(doc.results().get(0).verdictLabel().vi());
            assertThat(column(summary, "LC1", 1)).isEqualTo(doc.results().get(0).criteria().get(0).outcome().label(Lang.VI));
            Sheet details = wb.getSheet("Chi tiết");
            assertThat(column(details, "Giải thích", 1))
                    .isEqualTo(doc.results().get(0).criteria().get(0).explanation().vi());
        }
    }

    @Test
    void aVersionOneResultRendersTheHtmlReport() throws Exception {
        RunDocument doc = fixture("v1-lao-cai-bien-gioi.json");
        StringWriter out = new StringWriter();
        HtmlReport.write(doc, out, Lang.EN);
        String html = out.toString();
        assertThat(html).contains("id=\"older-shape\"", "Result stored in an older shape (version 1)",
                doc.results().get(9).unitCode(), doc.results().get(0).verdictLabel().en())
                .doesNotContain("<script", "Roll-out progress —");
    }

    @Test
    void versionZeroResultsRenderBothReports() throws Exception {
        for (String name : new String[] {"legacy-hung-yen-khoai-chau.json", "legacy-lao-cai-batch.json"}) {
            RunDocument doc = fixture(name);
            assertThat(doc.schemaVersion()).isZero();
            try (XSSFWorkbook wb = workbook(doc)) {
                assertThat(wb.getSheet("Tổng hợp").getLastRowNum()).as(name).isEqualTo(doc.results().size());
            }
            StringWriter out = new StringWriter();
            HtmlReport.write(doc, out, Lang.VI);
            assertThat(out.toString()).as(name).contains("định dạng cũ (phiên bản 0)", doc.results().get(0).unitCode());
        }
    }

    @Test
    void aStoredResultOfTodaysShapeRendersTheSameReportsAsItsRun() throws Exception {
        for (Path workbook : SampleRuns.workbooks()) {
            RunResult run = SampleRuns.run(workbook);
            RunDocument stored = ResultJson.read(ResultJson.write(new ResultDocument().of(run)));
            assertThat(stored.schemaVersion()).isEqualTo(2);
            try (XSSFWorkbook fromRun = workbook(run); XSSFWorkbook fromStored = workbook(stored)) {
                assertThat(sheets(fromStored)).isEqualTo(sheets(fromRun));
                for (String sheet : sheets(fromRun)) {
                    if (!sheet.equals("Lỗi dữ liệu")) { // stored: the errors first, then the warnings
                        assertThat(cells(fromStored.getSheet(sheet))).as(workbook + " " + sheet)
                                .isEqualTo(cells(fromRun.getSheet(sheet)));
                    }
                }
            }
            StringWriter a = new StringWriter();
            HtmlReport.write(run, a, Lang.VI);
            StringWriter b = new StringWriter();
            HtmlReport.write(stored, b, Lang.VI);
            if (run.errors().isEmpty() || run.warnings().isEmpty()) {
                assertThat(b.toString()).as(workbook.toString()).isEqualTo(a.toString());
            }
        }
    }
}
