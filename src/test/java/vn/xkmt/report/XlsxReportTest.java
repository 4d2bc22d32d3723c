package vn.xkmt.report;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.batch.InputSummary;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.Dataset;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.testing.SheetTexts;

class XlsxReportTest {

    static Dataset dataset;
    static RunResult run;

    @TempDir
    Path dir;

    @BeforeAll
    static void evaluate() {
        dataset = Fixtures.sample();
        run = Fixtures.run(dataset);
    }

    private XSSFWorkbook write(ReportOptions options) throws IOException {
        Path file = dir.resolve("out/bao-cao.xlsx");
        XlsxReport.write(run, file, options);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void sheetsInOrder() throws IOException {
        try (XSSFWorkbook wb = write(ReportOptions.DEFAULT)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Thông tin", "Tổng hợp", "Chi tiết", "Tiến độ", "Lỗi dữ liệu");
        }
    }

    @Test
    void coverRecordsWhatMakesTheRunReproducible() throws IOException {
        try (XSSFWorkbook wb = write(ReportOptions.DEFAULT)) {
            List<String> texts = SheetTexts.of(wb.getSheet("Thông tin"));
            assertThat(run.ruleSetsUsed()).extracting(RuleSetDefinition::id).containsExactly("lao-cai", "thanh-hoa");
            for (RuleSetDefinition d : run.ruleSetsUsed()) {
                assertThat(texts).contains(d.id(), d.version(), d.contentHash());
            }
            for (InputSummary i : run.inputs()) {
                assertThat(texts).contains(i.file(), i.sha256());
            }
            assertThat(texts).contains(run.xkmtVersion(), CoverSheet.time(run.startedAt()));
            Row fileRow = rowStartingWith(wb.getSheet("Thông tin"), "lao-cai.xlsx");
            assertThat(fileRow.getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(fileRow.getCell(3).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void summaryHasOneRowPerUnitWithColouredCriteria() throws IOException {
        try (XSSFWorkbook wb = write(ReportOptions.DEFAULT)) {
            XSSFSheet s = wb.getSheet("Tổng hợp");
            Map<String, Integer> col = header(s);
            assertThat(col).containsKeys("Mã đơn vị", "Tên đơn vị", "Huyện", "Tỉnh", "Giai đoạn", "Kết luận",
                    "LC1", "LC6", "TH1", "TH9");
            assertThat(s.getLastRowNum()).isEqualTo(run.results().size());
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                codes.add(s.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(codes).containsExactlyInAnyOrder("LC-001", "LC-002", "LC-003", "LC-004", "TH-001");

            Row lc1 = rowStartingWith(s, "LC-001");
            assertThat(lc1.getCell(col.get("Kết luận")).getStringCellValue()).isEqualTo("Đủ điều kiện công nhận");
            assertThat(lc1.getCell(col.get("Giai đoạn")).getNumericCellValue()).isEqualTo(1);
            assertCell(lc1.getCell(col.get("LC3")), "Đạt", XlsxStyles.GREEN);
            assertThat(lc1.getCell(col.get("TH1"))).isNull();

            Row lc2 = rowStartingWith(s, "LC-002");
            assertCell(lc2.getCell(col.get("LC3")), "Không đạt", XlsxStyles.RED);
            assertCell(lc2.getCell(col.get("Kết luận")), "Chưa đủ điều kiện công nhận", XlsxStyles.RED);
            Row lc3 = rowStartingWith(s, "LC-003");
            assertCell(lc3.getCell(col.get("LC1")), "Chưa đủ dữ liệu", XlsxStyles.AMBER);
            assertThat(lc3.getCell(col.get("Giai đoạn"))).isNull();
            Row th = rowStartingWith(s, "TH-001");
            assertThat(th.getCell(col.get("LC1"))).isNull();
            assertThat(th.getCell(col.get("TH1")).getStringCellValue()).isNotBlank();

            assertThat(s.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getColumnWidth(col.get("Tên đơn vị"))).isGreaterThan(s.getColumnWidth(col.get("LC1")));
            assertThat(s.getCellComment(new org.apache.poi.ss.util.CellAddress(0, col.get("LC6"))).getString()
                    .getString()).contains("mô hình");
        }
    }

    @Test
    void findingsGiveExplanationEvidenceAndRemedy() throws IOException {
        try (XSSFWorkbook wb = write(ReportOptions.DEFAULT)) {
            XSSFSheet s = wb.getSheet("Chi tiết");
            Map<String, Integer> col = header(s);
            assertThat(col).doesNotContainKey("Họ và tên");
            int criteria = run.results().stream().mapToInt(r -> r.criteria().size()).sum();
            assertThat(s.getLastRowNum()).isEqualTo(criteria);
            Row lc3 = find(s, r -> "LC-002".equals(text(r.getCell(0))) && "LC3".equals(text(r.getCell(col.get("Tiêu chí")))));
            assertCell(lc3.getCell(col.get("Kết quả")), "Không đạt", XlsxStyles.RED);
            assertThat(text(lc3.getCell(col.get("Giải thích")))).contains("1/2", "NN-007");
            assertThat(text(lc3.getCell(col.get("Bằng chứng (sheet!dòng mã)")))).isEqualTo("Nguoi!2 NN-007");
            assertThat(text(lc3.getCell(col.get("Cần khắc phục")))).contains("NN-007");
            Row undecided = find(s, r -> "LC-003".equals(text(r.getCell(0))) && "LC1".equals(text(r.getCell(col.get("Tiêu chí")))));
            assertThat(text(undecided.getCell(col.get("Ô cần điền")))).contains("Xa!");
        }
    }

    @Test
    void errorsSheetListsEveryProblemWithItsCell() throws IOException {
        try (XSSFWorkbook wb = write(ReportOptions.DEFAULT)) {
            XSSFSheet s = wb.getSheet("Lỗi dữ liệu");
            Map<String, Integer> col = header(s);
            assertThat(s.getLastRowNum()).isEqualTo(run.problems().size());
            Row error = find(s, r -> "H17".equals(text(r.getCell(col.get("Ô")))));
            assertCell(error.getCell(col.get("Mức độ")), "Lỗi", XlsxStyles.RED);
            assertThat(text(error.getCell(col.get("Tệp")))).isEqualTo("lao-cai.xlsx");
            assertThat(text(error.getCell(col.get("Sheet")))).isEqualTo("Nguoi");
            assertThat(error.getCell(col.get("Dòng")).getNumericCellValue()).isEqualTo(17);
            assertThat(text(error.getCell(col.get("Cột")))).isEqualTo("Ngày xét nghiệm gần nhất");
            assertThat(text(error.getCell(col.get("Nội dung (tiếng Việt)")))).contains("không phải ngày");
            assertThat(text(error.getCell(col.get("Nội dung (tiếng Anh)")))).contains("is not a date");
            Row warning = find(s, r -> "Cảnh báo".equals(text(r.getCell(0))));
            assertThat(warning.getCell(col.get("Nội dung (tiếng Việt)")).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void formulaLikeTextStaysText() throws IOException {
        try (XSSFWorkbook wb = write(ReportOptions.DEFAULT)) {
            Row row = rowStartingWith(wb.getSheet("Tổng hợp"), "LC-004");
            Cell name = row.getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"evil.example\",\"Bấm\")");
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            Cell district = row.getCell(2);
            assertThat(district.getStringCellValue()).isEqualTo("-2+3");
            assertThat(district.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).as(s.getSheetName() + "!" + c.getAddress()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void namesOnlyInFindingsAndOnlyWhenAsked() throws IOException {
        try (XSSFWorkbook wb = write(ReportOptions.DEFAULT)) {
            for (Sheet s : wb) {
                assertThat(SheetTexts.of(s)).noneMatch(t -> t.contains("Nguyễn Văn"));
            }
        }
        PersonNames names = PersonNames.collecting();
        names.add(dataset);
        assertThat(names.toString()).doesNotContain("Nguyễn");
        ReportOptions options = ReportOptions.DEFAULT.withNames(names);
        assertThat(options.toString()).doesNotContain("Nguyễn");
        try (XSSFWorkbook wb = write(options)) {
            for (Sheet s : wb) {
                if (!s.getSheetName().equals("Chi tiết")) {
                    assertThat(SheetTexts.of(s)).as(s.getSheetName()).noneMatch(t -> t.contains("Nguyễn Văn"));
                }
            }
            XSSFSheet s = wb.getSheet("Chi tiết");
            Map<String, Integer> col = header(s);
            assertThat(col.get("Họ và tên")).isEqualTo(col.get("Bằng chứng (sheet!dòng mã)") + 1);
            Row lc3 = find(s, r -> "LC-002".equals(text(r.getCell(0))) && "LC3".equals(text(r.getCell(col.get("Tiêu chí")))));
            assertThat(text(lc3.getCell(col.get("Họ và tên")))).isEqualTo("Nguyễn Văn NN-007");
        }
    }

    @Test
    void rolloutSheetCountsPhases() throws IOException {
        try (XSSFWorkbook wb = write(ReportOptions.DEFAULT)) {
            List<String> texts = SheetTexts.of(wb.getSheet("Tiến độ"));
            assertThat(texts).contains("Giai đoạn 1: 1/26 xã biên giới đủ điều kiện",
                    "Giai đoạn 2: 0/18 xã đủ điều kiện", "Giai đoạn 3: 0 xã còn lại đủ điều kiện",
                    "Chưa xác định giai đoạn: 2 xã");
        }
    }

    @Test
    void englishHeadersLabelsAndSheetNames() throws IOException {
        try (XSSFWorkbook wb = write(ReportOptions.DEFAULT.withLang(Lang.EN))) {
            List<String> names = new java.util.ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Information", "Summary", "Details", "Progress", "Data errors");
            XSSFSheet s = wb.getSheet("Summary");
            Map<String, Integer> col = header(s);
            assertThat(col).containsKeys("Code", "Name", "Verdict", "LC1");
            Row lc2 = rowStartingWith(s, "LC-002");
            assertThat(text(lc2.getCell(col.get("LC3")))).isEqualTo("Fail");
            assertThat(SheetTexts.of(wb.getSheet("Progress"))).contains("Phase 1: 1/26 border communes eligible");
        }
    }

    static void assertCell(Cell c, String text, String rgb) {
        assertThat(c.getStringCellValue()).isEqualTo(text);
        XSSFCellStyle style = (XSSFCellStyle) c.getCellStyle();
        assertThat(style.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FF" + rgb);
    }

    static Map<String, Integer> header(Sheet s) {
        Map<String, Integer> m = new HashMap<>();
        for (Cell c : s.getRow(0)) {
            m.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return m;
    }

    static Row rowStartingWith(Sheet s, String first) {
        return find(s, r -> first.equals(text(r.getCell(0))));
    }

    static Row find(Sheet s, java.util.function.Predicate<Row> p) {
        for (Row r : s) {
            if (p.test(r)) {
                return r;
            }
        }
        throw new AssertionError("no such row in " + s.getSheetName());
    }

    static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }

}
