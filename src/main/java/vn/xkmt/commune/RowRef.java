package vn.xkmt.commune;

import java.util.Map;

/**
 * Where a fact came from: file, sheet and Excel row number, plus the column letter and header
 * of each contract key in that sheet so that any cell of the row can be named.
 */
public record RowRef(String file, String sheet, int row, Map<String, Column> columns) {

    /** A contract column as found in a sheet: its Excel letter (null when absent) and header text. */
    public record Column(String letter, String header) {}

    public RowRef {
        columns = columns == null ? Map.of() : columns;
    }

    public CellRef cell(String key) {
        Column c = columns.get(key);
        return c == null ? new CellRef(file, sheet, null, row, key) : new CellRef(file, sheet, c.letter(), row, c.header());
    }

    public String label() {
        return sheet + " dòng/row " + row;
    }
}
