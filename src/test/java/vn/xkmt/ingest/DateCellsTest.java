package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.WorkbookBuilder.bool;
import static vn.xkmt.testing.WorkbookBuilder.date;
import static vn.xkmt.testing.WorkbookBuilder.error;
import static vn.xkmt.testing.WorkbookBuilder.formula;
import static vn.xkmt.testing.WorkbookBuilder.number;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.testing.WorkbookBuilder;

class DateCellsTest {

    static final String HEADER = "Ngày xét nghiệm gần nhất";
    static final LocalDate JAN_15 = LocalDate.of(2024, 1, 15);

    @TempDir
    Path dir;

    @Test
    void acceptsEveryContractDateForm() {
        Probe p = Probe.persons(dir, "last_test_date", HEADER,
                date(JAN_15),                        // Excel date cell, dd/mm/yyyy
                date(JAN_15, "m/d/yy"),              // built-in date format 14
                date(JAN_15, "yyyy-mm-dd"),
                date(JAN_15, "d mmmm yyyy"),
                formula("DATE(2024,1,15)", JAN_15),  // formula read by its cached value
                "15/01/2024",                         // dd/MM/yyyy
                "5/1/2024",                           // d/M/yyyy
                "15-01-2024",                         // dd-MM-yyyy
                "2024-01-15",                         // yyyy-MM-dd
                "  15/01/2024 ",                      // trimmed
                "29/02/2024",                         // leap day
                null);                                // blank: unknown, no error
        assertThat(p.value(0)).isEqualTo(JAN_15);
        assertThat(p.value(1)).isEqualTo(JAN_15);
        assertThat(p.value(2)).isEqualTo(JAN_15);
        assertThat(p.value(3)).isEqualTo(JAN_15);
        assertThat(p.value(4)).isEqualTo(JAN_15);
        assertThat(p.value(5)).isEqualTo(JAN_15);
        assertThat(p.value(6)).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(p.value(7)).isEqualTo(JAN_15);
        assertThat(p.value(8)).isEqualTo(JAN_15);
        assertThat(p.value(9)).isEqualTo(JAN_15);
        assertThat(p.value(10)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(p.value(11)).isNull();
        assertThat(p.dataset.problems()).isEmpty();
    }

    @Test
    void rejectsImpossibleAndForeignDatesLeavingTheValueUnknown() {
        Object[] bad = {"31/02/2024", "29/02/2023", "13/13/2024", "00/01/2024", "2024/01/15", "15.01.2024", "15/01/24",
                "01/15/2024", "hôm qua", "15/01/2024 08:30"};
        Probe p = Probe.persons(dir, "last_test_date", HEADER, bad);
        for (int i = 0; i < bad.length; i++) {
            assertThat(p.value(i)).as("value %d", i).isNull();
            DataProblem e = p.error(i);
            // a person row's value is quoted only when it has the shape of a date or is one word
            String vi = "hôm qua".equals(bad[i]) ? "một văn bản 7 ký tự" : "\"" + bad[i] + "\"";
            String en = "hôm qua".equals(bad[i]) ? "a text of 7 characters" : "\"" + bad[i] + "\"";
            assertThat(e.vi()).isEqualTo(vi + " không phải ngày hợp lệ (dd/mm/yyyy)");
            assertThat(e.en()).isEqualTo(en + " is not a valid date (dd/mm/yyyy)");
            assertThat(e.column()).isEqualTo(HEADER);
        }
    }

    @Test
    void rejectsNumbersBooleansAndFormulaErrorsInADateColumn() {
        Probe p = Probe.persons(dir, "last_test_date", HEADER, number(45306), bool(true), error(FormulaError.NA), 2024);
        assertThat(p.value(0)).isNull();
        assertThat(p.error(0).en()).isEqualTo("\"45306\" is not a valid date (dd/mm/yyyy)");
        assertThat(p.error(1).en()).isEqualTo("\"TRUE\" is not a valid date (dd/mm/yyyy)");
        assertThat(p.error(2).vi()).isEqualTo("Ô chứa lỗi công thức \"#N/A\", không đọc được giá trị");
        assertThat(p.error(2).en()).isEqualTo("The cell holds the formula error \"#N/A\"; no value can be read");
        assertThat(p.error(3).en()).isEqualTo("\"2024\" is not a valid date (dd/mm/yyyy)");
    }

    @Test
    void anInvalidDateNamesItsCellHeaderRowAndValueInBothLanguages() {
        WorkbookBuilder b = WorkbookBuilder.create()
                .sheet("Xa").header(Fixtures.COMMUNE_HEADERS).row(Fixtures.commune("X01", "Bình Kiều"))
                .sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Họ và tên", "Năm sinh", "Phân loại",
                        "Biểu hiện loạn thần", "Tình trạng cư trú", "Ngày xét nghiệm gần nhất");
        for (int i = 1; i <= 15; i++) {
            b.row("X01", "P" + i, "Người " + i, 1990, "Nghiện", "Không", "Có mặt", date(JAN_15));
        }
        b.row("X01", "P16", "Người 16", 1990, "Nghiện", "Không", "Có mặt", "31/02/2024");
        Dataset d = Fixtures.read(b, dir, "h17.xlsx");

        assertThat(d.problems()).singleElement().satisfies(e -> {
            assertThat(e.isError()).isTrue();
            assertThat(e.file()).endsWith("h17.xlsx");
            assertThat(e.sheet()).isEqualTo("Nguoi");
            assertThat(e.row()).isEqualTo(17);
            assertThat(e.cell()).isEqualTo("H17");
            assertThat(e.column()).isEqualTo("Ngày xét nghiệm gần nhất");
            assertThat(e.vi()).isEqualTo("\"31/02/2024\" không phải ngày hợp lệ (dd/mm/yyyy)");
            assertThat(e.en()).isEqualTo("\"31/02/2024\" is not a valid date (dd/mm/yyyy)");
            assertThat(e.place()).isEqualTo("Nguoi!H17 (Ngày xét nghiệm gần nhất)");
        });
        assertThat(d.persons()).hasSize(16);
        assertThat(d.persons().get(15).getLastTestDate()).isNull();
        assertThat(d.persons().get(15).getCategory()).isNotNull();
    }

    @Test
    void dateCellsOfA1904WorkbookAreReadInItsDateSystem() throws Exception {
        Path file = dir.resolve("d1904.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var pr = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr()
                    : wb.getCTWorkbook().addNewWorkbookPr();
            pr.setDate1904(true);
            assertThat(wb.isDate1904()).isTrue();
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            var xa = wb.createSheet("Xa");
            String[] h = Fixtures.COMMUNE_HEADERS;
            var r0 = xa.createRow(0);
            for (int i = 0; i < h.length; i++) {
                r0.createCell(i).setCellValue(h[i]);
            }
            var r1 = xa.createRow(1);
            r1.createCell(0).setCellValue("X01");
            r1.createCell(1).setCellValue("Bình Kiều");
            r1.createCell(2).setCellValue("Lào Cai");
            var c = r1.createCell(3);
            c.setCellValue(JAN_15);
            c.setCellStyle(style);
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Dataset d = Fixtures.READER.read(file);
        assertThat(d.problems()).isEmpty();
        assertThat(d.communes().get(0).getRequestDate()).isEqualTo(JAN_15);
    }
}
