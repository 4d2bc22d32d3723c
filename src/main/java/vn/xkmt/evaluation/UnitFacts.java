package vn.xkmt.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.xkmt.commune.AnnualReport;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.LostRows;

/**
 * Everything evaluated together: a commune with its persons, villages and models, or one annual
 * report row. {@code presentSheets} names the member sheets the workbook has, so that a missing
 * sheet makes its criteria undecided rather than passed. {@code lostRows} are the rows of the
 * workbook that may belong to this unit but could not be read: a condition over their sheet never
 * passes on the rows that were read.
 */
public record UnitFacts(Fact subject, List<? extends Fact> members, Set<String> presentSheets, List<LostRows> lostRows) {

    public UnitFacts {
        members = List.copyOf(members);
        presentSheets = Set.copyOf(presentSheets);
        lostRows = List.copyOf(lostRows);
    }

    /** A unit none of whose rows were lost. */
    public UnitFacts(Fact subject, List<? extends Fact> members, Set<String> presentSheets) {
        this(subject, members, presentSheets, List.of());
    }

    public String file() {
        return subject.getRow().file();
    }

    public LocalDate referenceDate() {
        if (subject instanceof Commune c) {
            return c.getRequestDate();
        }
        return ((AnnualReport) subject).getReferenceDate();
    }

    public String unitCode() {
        return subject instanceof Commune c ? c.getCommuneCode() : ((AnnualReport) subject).getUnitCode();
    }

    public String unitName() {
        return subject instanceof Commune c ? c.getCommuneName() : ((AnnualReport) subject).getUnitName();
    }

    public Integer year() {
        return subject instanceof AnnualReport r ? r.getYear() : null;
    }
}
