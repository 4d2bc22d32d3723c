package vn.xkmt.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.LostRows;

/**
 * The member sheets a unit's workbook has and the rows of them that were lost: a condition over a
 * sheet the workbook lacks is undecided, and one decided on the rows read stays undecided when the
 * lost rows could change it (criteria.md, "Lost rows never help").
 */
final class MemberSheets {

    /**
     * Which outcome decided on the rows read still holds whatever the lost rows held: a person who
     * fails "every …" fails it whatever else the sheet holds; a model that qualifies qualifies.
     */
    enum Holds {
        FAIL, PASS, NOTHING
    }

    private final String file;
    private final Set<String> presentSheets;
    private final List<LostRows> lostRows;

    /**
     * @param file          the workbook the facts come from (for references to a missing sheet)
     * @param presentSheets contract names of the member sheets the workbook has ({@code Nguoi}, …)
     * @param lostRows      rows that may belong to the unit but could not be read
     */
    MemberSheets(String file, Set<String> presentSheets, List<LostRows> lostRows) {
        this.file = file;
        this.presentSheets = Set.copyOf(presentSheets);
        this.lostRows = List.copyOf(lostRows);
    }

    /** The reference to a whole sheet of the workbook, as a cell to fill. */
    CellRef wholeSheet(String sheet) {
        return new CellRef(file, sheet, null, 0, null);
    }

    /**
     * The finding of a condition over a member sheet: undecided when the workbook lacks the sheet;
     * else decided on the rows read, unless rows of that sheet that may belong to this unit were lost
     * and the outcome could change with them — then undecided, naming why the rows were lost.
     */
    Finding onSheet(String criterion, String condition, String sheet, Holds holds, Supplier<Finding> decide) {
        Optional<Finding> missing = sheetMissing(criterion, condition, sheet);
        if (missing.isPresent()) {
            return missing.get();
        }
        Finding decided = decide.get();
        if (lostRows.isEmpty()) {
            return decided;
        }
        List<LostRows> lost = lostRows.stream().filter(l -> l.sheet().equals(sheet)).toList();
        if (lost.isEmpty() || decided.outcome().name().equals(holds.name())) {
            return decided;
        }
        return lost(criterion, condition, lost, decided);
    }

    /** Undecided because rows were lost: the first cause explains it, every cause's cells are to fill. */
    private static Finding lost(String criterion, String condition, List<LostRows> lost, Finding decided) {
        LostRows first = lost.stream().min(Comparator.comparing(LostRows::cause)).orElseThrow();
        List<LostRows> same = lost.stream().filter(l -> l.cause() == first.cause()).toList();
        List<String> rows = new ArrayList<>();
        int count = 0;
        for (LostRows l : same) {
            l.rows().forEach(r -> rows.add(String.valueOf(r)));
            count += l.count();
        }
        FindingBuilder b = new FindingBuilder(criterion, condition).args(decided.args())
                .outcome(Outcome.INSUFFICIENT_DATA).variant(FindingVariant.lost(first.cause()))
                .arg("sheet", first.sheetName()).arg("contract", first.sheet()).arg("other", first.other())
                .arg("rows", FindingBuilder.ids(rows)).arg("count", count)
                .arg("row", first.rows().isEmpty() ? null : first.rows().get(0)).arg("causes", lost.size());
        Set<CellRef> cells = new LinkedHashSet<>();
        lost.stream().sorted(Comparator.comparing(LostRows::cause)).forEach(l -> cells.addAll(l.cells()));
        cells.addAll(decided.missing());
        b.missing(cells);
        decided.evidence().forEach(b::evidence);
        return b.build();
    }

    private Optional<Finding> sheetMissing(String criterion, String condition, String sheet) {
        if (presentSheets.contains(sheet)) {
            return Optional.empty();
        }
        return Optional.of(new FindingBuilder(criterion, condition).outcome(Outcome.INSUFFICIENT_DATA)
                .variant(FindingVariant.NO_SHEET).arg("sheet", sheet).missing(Set.of(wholeSheet(sheet))).build());
    }
}
