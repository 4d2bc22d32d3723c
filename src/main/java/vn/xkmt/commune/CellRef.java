package vn.xkmt.commune;

/**
 * One cell of an input workbook, as a user would look it up: file, sheet, Excel column letter,
 * Excel row number (1-based) and the column header. {@code column} is null when the whole
 * column is missing from the sheet; {@code row} is 0 when the reference is to a whole sheet that is
 * missing or has no row for a commune.
 */
public record CellRef(String file, String sheet, String column, int row, String header) {

    /** {@code Nguoi!H17}, or {@code Nguoi!?17} when the column is missing. */
    public String a1() {
        if (row <= 0) {
            return sheet;
        }
        return sheet + "!" + (column == null ? "?" : column) + row;
    }

    /** {@code Nguoi!H17 (Ngày xét nghiệm gần nhất)}. */
    public String label() {
        return header == null ? a1() : a1() + " (" + header + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
