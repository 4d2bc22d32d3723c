package vn.xkmt.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.ColumnType;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Labelled;
import vn.xkmt.commune.SheetSpec;

class TemplateWriterTest {

    @TempDir
    static Path dir;
    static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws Exception {
        Path file = dir.resolve("mau.xlsx");
        TemplateWriter.writeTemplate(file);
        wb = new XSSFWorkbook(file.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        wb.close();
    }

    @Test
    void hasTheFiveDataSheetsBetweenTheTwoReservedOnes() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("HuongDan", "Xa", "Nguoi", "Thon", "MoHinh", "BaoCaoNam", "DanhMuc");
        assertThat(wb.getActiveSheetIndex()).isEqualTo(wb.getSheetIndex("Xa"));
    }

    @Test
    void headersAreTheContractsInContractOrderAndNothingElse() {
        for (SheetSpec spec : DataContract.SHEETS) {
            Sheet sheet = wb.getSheet(spec.name());
            Row header = sheet.getRow(0);
            List<String> found = new ArrayList<>();
            header.forEach(c -> found.add(c.getStringCellValue()));
            assertThat(found).as(spec.name())
                    .containsExactlyElementsOf(spec.columns().stream().map(ColumnSpec::header).toList());
            assertThat(sheet.getLastRowNum()).as("no data row in " + spec.name()).isZero();
        }
    }

    @Test
    void headerRowIsFrozenStyledAndColumnsAreWide() {
        for (SheetSpec spec : DataContract.SHEETS) {
            Sheet sheet = wb.getSheet(spec.name());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            for (int c = 0; c < spec.columns().size(); c++) {
                Cell cell = sheet.getRow(0).getCell(c);
                assertThat(wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(cell.getCellStyle().getWrapText()).isTrue();
                assertThat(sheet.getColumnWidth(c)).as(spec.name() + " col " + c).isBetween(9 * 256, 40 * 256);
            }
            // required columns are told apart by colour
            int required = spec.columns().indexOf(spec.columns().stream().filter(ColumnSpec::required).findFirst()
                    .orElseThrow());
            int optional = spec.columns().indexOf(spec.columns().stream().filter(c -> !c.required()).findFirst()
                    .orElseThrow());
            assertThat(sheet.getRow(0).getCell(required).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(sheet.getRow(0).getCell(optional).getCellStyle().getFillForegroundColor());
        }
    }

    @Test
    void everyEnumAndBooleanColumnHasADropDownFromDanhMucWithExactlyItsLabels() {
        DataFormatter fmt = new DataFormatter();
        int checked = 0;
        for (SheetSpec spec : DataContract.SHEETS) {
            XSSFSheet sheet = wb.getSheet(spec.name());
            List<? extends DataValidation> validations = sheet.getDataValidations();
            for (int c = 0; c < spec.columns().size(); c++) {
                ColumnSpec col = spec.columns().get(c);
                if (col.type() != ColumnType.ENUM && col.type() != ColumnType.BOOLEAN) {
                    continue;
                }
                DataValidation v = validationOn(validations, c);
                assertThat(v).as(spec.name() + "." + col.key()).isNotNull();
                assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
                assertThat(v.getValidationConstraint().getExplicitListValues()).isNull();
                String formula = v.getValidationConstraint().getFormula1();
                assertThat(formula).startsWith("DanhMuc!");
                AreaReference area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
                List<String> listed = new ArrayList<>();
                for (CellReference ref : area.getAllReferencedCells()) {
                    listed.add(fmt.formatCellValue(wb.getSheet(ref.getSheetName()).getRow(ref.getRow())
                            .getCell(ref.getCol())));
                }
                List<String> expected = col.type() == ColumnType.BOOLEAN ? List.of("Có", "Không")
                        : col.choices().stream().map(Labelled::label).toList();
                assertThat(listed).as(spec.name() + "." + col.key()).containsExactlyElementsOf(expected);
                assertThat(v.getShowErrorBox()).isTrue();
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
                checked++;
            }
        }
        long expected = DataContract.SHEETS.stream().flatMap(s -> s.columns().stream())
                .filter(c -> c.type() == ColumnType.ENUM || c.type() == ColumnType.BOOLEAN).count();
        assertThat(checked).isEqualTo(expected).isEqualTo(17);
    }

    @Test
    void labelsWithCommasAreOneListEntry() {
        List<String> treatments = new ArrayList<>();
        wb.getSheet("DanhMuc").forEach(r -> r.forEach(c -> treatments.add(c.getStringCellValue())));
        assertThat(treatments).contains("Tự nguyện tại gia đình, cộng đồng");
    }

    @Test
    void integerColumnsAcceptWholeNumbersFromZero() {
        XSSFSheet sheet = wb.getSheet("Xa");
        int col = DataContract.COMMUNES.columns().indexOf(DataContract.COMMUNES.column("hotspots").orElseThrow());
        DataValidation v = validationOn(sheet.getDataValidations(), col);
        assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
        assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
    }

    @Test
    void dateColumnsAreFormattedDayFirst() {
        int dates = 0;
        for (SheetSpec spec : DataContract.SHEETS) {
            Sheet sheet = wb.getSheet(spec.name());
            for (int c = 0; c < spec.columns().size(); c++) {
                ColumnSpec col = spec.columns().get(c);
                String format = sheet.getColumnStyle(c) == null ? null : sheet.getColumnStyle(c).getDataFormatString();
                if (col.type() == ColumnType.DATE) {
                    assertThat(format).as(spec.name() + "." + col.key()).isEqualTo("dd/mm/yyyy");
                    dates++;
                } else if (col.type() == ColumnType.TEXT) {
                    assertThat(format).as("text columns keep leading zeros").isEqualTo("@");
                }
            }
        }
        assertThat(dates).isEqualTo(5);
    }

    @Test
    void huongDanDescribesEveryColumn() {
        Sheet sheet = wb.getSheet("HuongDan");
        DataFormatter fmt = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        sheet.forEach(r -> {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 9; c++) {
                cells.add(fmt.formatCellValue(r.getCell(c)));
            }
            rows.add(cells);
        });
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactlyElementsOf(Instructions.TABLE_HEADERS));
        for (SheetSpec spec : DataContract.SHEETS) {
            for (ColumnSpec col : spec.columns()) {
                List<String> line = rows.stream()
                        .filter(r -> r.get(0).equals(spec.name()) && r.get(2).equals(col.key()))
                        .findFirst().orElseThrow(() -> new AssertionError("no line for " + col.key()));
                assertThat(line.get(1)).isEqualTo(col.header());
                assertThat(line.get(3)).isEqualTo(col.description());
                assertThat(line.get(4)).isNotBlank();
                assertThat(line.get(5)).isEqualTo(col.required() ? "Có" : "Không");
                assertThat(line.get(6)).isNotBlank();
                assertThat(line.get(7)).isNotBlank();
                if (!col.key().equals("note")) {
                    assertThat(line.get(8)).as("example of " + col.key()).isNotBlank();
                }
                for (Labelled l : col.choices()) {
                    assertThat(line.get(6)).contains(l.label() + " (" + l.name());
                }
            }
        }
        List<String> residence = rows.stream().filter(r -> r.get(2).equals("residence")).findFirst().orElseThrow();
        assertThat(residence.get(6)).contains("Không rõ nơi ở (WHEREABOUTS_UNKNOWN, Không rõ)");
        List<String> border = rows.stream().filter(r -> r.get(2).equals("border")).findFirst().orElseThrow();
        assertThat(border.get(7)).startsWith("Để trống = Không");
    }

    private static DataValidation validationOn(List<? extends DataValidation> validations, int col) {
        for (DataValidation v : validations) {
            for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) {
                if (a.getFirstColumn() <= col && col <= a.getLastColumn() && a.getFirstRow() == 1
                        && a.getLastRow() == SpreadsheetVersion.EXCEL2007.getLastRowIndex()) {
                    return v;
                }
            }
        }
        return null;
    }
}
