package vn.xkmt.template;

import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.ColumnType;
import vn.xkmt.commune.SheetSpec;

/**
 * One data sheet of a {@link WorkbookWriter}: its header row from the contract and the rows added
 * by {@link #row(Map)}, in order.
 */
public final class TemplateSheet {

    static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private final SheetSpec spec;
    private final Sheet sheet;
    private final Styles styles;
    private int next = 1;

    TemplateSheet(SheetSpec spec, Sheet sheet, Styles styles, Lists lists) {
        this.spec = spec;
        this.sheet = sheet;
        this.styles = styles;
        writeHeader();
        if (lists != null) {
            addValidations(lists);
        }
    }

    public SheetSpec spec() {
        return spec;
    }

    /** Number of data rows written so far. */
    public int rowCount() {
        return next - 1;
    }

    /**
     * Adds a data row. Keys are contract keys of this sheet; a missing key or a null value leaves the
     * cell blank. Values: String (any column, written as typed), Integer or Long (integer columns),
     * LocalDate (date columns, written as Excel dates), Boolean ({@code Có}/{@code Không}), the
     * column's enum (written as its Vietnamese label).
     *
     * @throws IllegalArgumentException for a key not in the sheet or a value the column cannot hold
     */
    public TemplateSheet row(Map<String, ?> values) {
        for (String key : values.keySet()) {
            if (spec.column(key).isEmpty()) {
                throw new IllegalArgumentException("sheet " + spec.name() + " has no column " + key);
            }
        }
        Row row = sheet.createRow(next++);
        for (int c = 0; c < spec.columns().size(); c++) {
            ColumnSpec col = spec.columns().get(c);
            Object value = values.get(col.key());
            if (value != null) {
                CellWriter.put(row.createCell(c), col, value, styles);
            }
        }
        return this;
    }

    private void writeHeader() {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(48);
        for (int c = 0; c < spec.columns().size(); c++) {
            ColumnSpec col = spec.columns().get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(col.header());
            cell.setCellStyle(col.required() ? styles.requiredHeader : styles.header);
            sheet.setColumnWidth(c, width(col) * 256);
            switch (col.type()) {
                case DATE -> sheet.setDefaultColumnStyle(c, styles.date);
                case TEXT -> sheet.setDefaultColumnStyle(c, styles.text);
                case INTEGER -> sheet.setDefaultColumnStyle(c, styles.integer);
                default -> { }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** Width in characters: wide enough for typical values, the header wraps on up to three lines. */
    static int width(ColumnSpec col) {
        int value = switch (col.type()) {
            case DATE -> 12;
            case INTEGER -> 10;
            case BOOLEAN -> 9;
            case ENUM -> col.choices().stream().mapToInt(l -> l.label().length()).max().orElse(10) + 3;
            case TEXT -> col.key().endsWith("_name") || col.key().equals("note") ? 26 : 14;
        };
        int header = (col.header().length() + 2) / 3 + 2;
        return Math.min(Math.max(Math.max(value, header), 9), 40);
    }

    private void addValidations(Lists lists) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < spec.columns().size(); c++) {
            ColumnSpec col = spec.columns().get(c);
            CellRangeAddressList cells = new CellRangeAddressList(1, LAST_ROW, c, c);
            DataValidation v;
            if (col.type() == ColumnType.ENUM || col.type() == ColumnType.BOOLEAN) {
                String range = lists.range(col);
                if (range == null) {
                    continue;
                }
                v = helper.createValidation(helper.createFormulaListConstraint(range), cells);
                v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                v.createErrorBox(truncate(col.header(), 32),
                        truncate("Giá trị không có trong danh sách (sheet DanhMuc). / Not in the list.", 255));
            } else if (col.type() == ColumnType.INTEGER) {
                v = helper.createValidation(helper.createIntegerConstraint(
                        DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null), cells);
                v.setErrorStyle(DataValidation.ErrorStyle.STOP);
                v.createErrorBox(truncate(col.header(), 32),
                        "Nhập số nguyên không âm. / Enter a whole number, 0 or more.");
            } else {
                continue;
            }
            v.setEmptyCellAllowed(true);
            v.setShowErrorBox(true);
            v.setSuppressDropDownArrow(col.type() != ColumnType.INTEGER);
            sheet.addValidationData(v);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
