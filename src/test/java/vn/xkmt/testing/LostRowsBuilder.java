package vn.xkmt.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.LostRows;

/**
 * Rows of a sheet the reader lost, as it reports them: unless told otherwise, of any commune of the
 * workbook, sheet named as its contract name, no row number known, the whole sheet to fix.
 */
public final class LostRowsBuilder {

    private final String sheet;
    private final LostRows.Cause cause;
    private String communeCode;
    private final List<Integer> rows = new ArrayList<>();
    private int count;
    private final Set<CellRef> cells = new LinkedHashSet<>();

    private LostRowsBuilder(String sheet, LostRows.Cause cause) {
        this.sheet = sheet;
        this.cause = cause;
    }

    /** Rows of the sheet of that contract name ({@code Nguoi}, {@code Thon}, {@code MoHinh}) lost for that cause. */
    public static LostRowsBuilder lost(String sheet, LostRows.Cause cause) {
        return new LostRowsBuilder(sheet, cause);
    }

    /** The rows may belong only to the commune of that code. */
    public LostRowsBuilder ofCommune(String code) {
        this.communeCode = code;
        return this;
    }

    /** The first Excel rows concerned. */
    public LostRowsBuilder rows(Integer... numbers) {
        rows.addAll(List.of(numbers));
        return this;
    }

    /** How many rows were lost (0: not known). */
    public LostRowsBuilder count(int n) {
        this.count = n;
        return this;
    }

    /** A cell to fill or fix, instead of the whole sheet. */
    public LostRowsBuilder cell(String column, int row, String header) {
        cells.add(new CellRef(Rows.FILE, sheet, column, row, header));
        return this;
    }

    public LostRows build() {
        Set<CellRef> fix = cells.isEmpty() ? Set.of(new CellRef(Rows.FILE, sheet, null, 0, null)) : cells;
        return new LostRows(sheet, sheet, communeCode, cause, rows, count, fix, null);
    }
}
