package vn.xkmt.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.Person;

/**
 * What an undecided condition waits for, row by row: the cells to fill, as evidence and cells to fill,
 * and why each is needed (a blank or unreadable cell, a test dated after the unit's reference date R).
 */
final class UndecidedRows {

    /** The unit's reference date R, to say why a test dated after it leaves a condition open; may be null. */
    private final LocalDate referenceDate;

    UndecidedRows(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    /**
     * The cells the undecided rows wait for, as evidence and cells to fill, and {@code {causes}}: for
     * each row, why (a blank or unreadable cell, a test dated after R and the window {@code days} asks for).
     */
    void add(FindingBuilder b, List<Member> undecided, Integer days) {
        List<Causes.Row> rows = new ArrayList<>(undecided.size());
        for (Member m : undecided) {
            Set<CellRef> cells = new LinkedHashSet<>();
            if (!m.member().isTrue()) {
                cells.addAll(m.member().missing());
            }
            if (!m.satisfied().isTrue()) {
                cells.addAll(m.satisfied().missing());
            }
            b.missing(cells).evidence(MemberRows.evidence(m, cells));
            rows.add(new Causes.Row(m.fact().label(), cells.stream().map(c -> cause(m.fact(), c, days)).toList()));
        }
        b.arg("causes", new Causes(rows));
    }

    private Causes.Cause cause(Fact f, CellRef cell, Integer days) {
        if (f instanceof Person p && referenceDate != null && p.testAfter(referenceDate)
                && cell.equals(p.cell("last_test_date"))) {
            return new Causes.TestAfter(cell, p.getLastTestDate(), referenceDate, days);
        }
        return new Causes.Blank(cell);
    }
}
