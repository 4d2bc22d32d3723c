package vn.xkmt.commune;

import java.util.List;
import java.util.Set;

/**
 * Rows of a sheet that were there but could not be read or told apart (criteria.md, "Lost rows never
 * help"): they are unknown cells, so a condition over that sheet can never pass on what was read.
 *
 * @param sheet       the contract name of the sheet ({@code Nguoi}, {@code Thon}, {@code MoHinh}, {@code Xa})
 * @param sheetName   the sheet's name as the workbook spells it
 * @param communeCode the commune the rows may belong to; null when they may belong to any commune of the workbook
 * @param cause       why they were lost
 * @param rows        the first Excel row numbers concerned (at most {@value #MAX_ROWS}); empty when not known
 * @param count       how many rows were lost, when known (0 when not known: "the rest of the sheet")
 * @param cells       cells to fill or fix (a commune cell, the header row, the whole sheet), at most {@value #MAX_ROWS}
 * @param other       the other sheet of a duplicated name, else null
 */
public record LostRows(String sheet, String sheetName, String communeCode, Cause cause, List<Integer> rows, int count,
                       Set<CellRef> cells, String other) {

    public static final int MAX_ROWS = 50;

    /** Why rows were lost; each has its own explanation ({@code lost-<key>} in the messages). */
    public enum Cause {
        /** The sheet's XML or zip entry is damaged: the rows after the last one read are lost. */
        DAMAGED("damaged"),
        /** The sheet has no header row in row 1 and none among its first rows: it is ignored. */
        NO_HEADER("noheader"),
        /** Two sheets match one contract name: neither is read. */
        DUPLICATE_SHEET("duplicate"),
        /** The sheet's part cannot be opened at all. */
        UNREADABLE_PART("part"),
        /** The row's commune cell is blank. */
        COMMUNE_BLANK("commune-blank"),
        /** The row's commune cell cannot be read. */
        COMMUNE_UNREADABLE("commune-unreadable"),
        /** The row's cell references are out of order or beyond column XFD. */
        CELL_REFERENCE("cellref"),
        /** The sheet has more rows than the reader reads in one workbook: the rows beyond the bound are not read. */
        LIMIT("limit"),
        /** A row whose cells could not be read at all. */
        ROW("row"),
        /** The commune's own code in sheet Xa is blank: which member rows are its own cannot be told. */
        NO_COMMUNE_CODE("nocode"),
        /** The row's commune code differs from a commune of sheet Xa only by case or a dash look-alike. */
        COMMUNE_LOOKALIKE("lookalike");

        private final String key;

        Cause(String key) {
            this.key = key;
        }

        /** The variant of the findings about these rows: {@code lost-damaged}, … */
        public String variant() {
            return "lost-" + key;
        }
    }

    public LostRows {
        rows = List.copyOf(rows);
        cells = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(cells));
    }

    /** True when these rows may belong to the commune of that code. */
    public boolean concerns(String code) {
        return communeCode == null || communeCode.equals(code);
    }
}
