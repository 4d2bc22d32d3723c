package vn.xkmt.template;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.Labelled;

/**
 * Puts one value into a cell the way an appraisal team would type it: enum values as their
 * Vietnamese label, booleans as {@code Có}/{@code Không}, dates as real Excel date cells, integers as
 * numbers, text as text. A {@link String} is accepted in any column and written as typed, so that a
 * workbook can hold deliberately odd values (an English code, {@code x}, {@code 31/02/2024}).
 */
final class CellWriter {

    private CellWriter() {
    }

    static void put(Cell cell, ColumnSpec col, Object value, Styles styles) {
        if (value instanceof CharSequence s) {
            cell.setCellValue(s.toString());
            cell.setCellStyle(styles.text);
            return;
        }
        switch (col.type()) {
            case TEXT -> {
                if (!(value instanceof Number)) {
                    throw mismatch(col, value);
                }
                cell.setCellValue(value.toString());
                cell.setCellStyle(styles.text);
            }
            case INTEGER -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof Short)) {
                    throw mismatch(col, value);
                }
                cell.setCellValue(((Number) value).longValue());
                cell.setCellStyle(styles.integer);
            }
            case DATE -> {
                if (!(value instanceof LocalDate d)) {
                    throw mismatch(col, value);
                }
                cell.setCellValue(d);
                cell.setCellStyle(styles.date);
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean b)) {
                    throw mismatch(col, value);
                }
                cell.setCellValue(b ? WorkbookWriter.YES : WorkbookWriter.NO);
            }
            case ENUM -> {
                if (!col.enumType().isInstance(value)) {
                    throw mismatch(col, value);
                }
                cell.setCellValue(((Labelled) value).label());
            }
        }
    }

    private static IllegalArgumentException mismatch(ColumnSpec col, Object value) {
        return new IllegalArgumentException("column " + col.key() + " (" + col.type()
                + (col.enumType() == null ? "" : " " + col.enumType().getSimpleName()) + ") cannot hold "
                + value.getClass().getSimpleName() + " " + value);
    }
}
