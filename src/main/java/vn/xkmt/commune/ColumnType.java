package vn.xkmt.commune;

/** How a cell of a contract column is read (data-sheet.md, "Cell values"). */
public enum ColumnType {
    TEXT, INTEGER, DATE, BOOLEAN, ENUM
}
