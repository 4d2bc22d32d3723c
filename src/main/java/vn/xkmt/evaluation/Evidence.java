package vn.xkmt.evaluation;

import java.util.List;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.RowRef;

/**
 * A row behind a failing or undecided condition: where it is, who or what it is (person id,
 * village or model name — never a full name), and which cells are still blank.
 */
public record Evidence(String file, String sheet, int row, String id, List<CellRef> missing) {

    static Evidence of(RowRef ref, String id, java.util.Collection<CellRef> missing) {
        return new Evidence(ref.file(), ref.sheet(), ref.row(), id, List.copyOf(missing));
    }

    public String place() {
        return sheet + "!" + row;
    }
}
