package vn.xkmt.evaluation;

import java.util.Set;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.Labelled;
import vn.xkmt.commune.Tri;

/** What one cell of a row holds: zero, yes, filled, known ({@link Findings#zero}, …). */
final class CellConditions {

    private CellConditions() {
    }

    static Finding zero(String criterion, String condition, Fact f, String key) {
        Integer v = (Integer) f.value(key);
        if (v == null) {
            return unknownCell(criterion, condition, f.cell(key));
        }
        FindingBuilder b = new FindingBuilder(criterion, condition).counts(0, v, v).arg("value", v)
                .arg("cell", f.cell(key).a1());
        if (v == 0) {
            return b.outcome(Outcome.PASS).build();
        }
        return b.outcome(Outcome.FAIL).evidence(Evidence.of(f.getRow(), f.label(), Set.of())).build();
    }

    static Finding isTrue(String criterion, String condition, Fact f, String key) {
        Tri t = f.flag(key);
        if (t.isUnknown()) {
            return unknownCell(criterion, condition, f.cell(key));
        }
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("cell", f.cell(key).a1());
        if (t.isTrue()) {
            return b.outcome(Outcome.PASS).build();
        }
        return b.outcome(Outcome.FAIL).evidence(Evidence.of(f.getRow(), f.label(), Set.of())).build();
    }

    static Finding filled(String criterion, String condition, Fact f, String key) {
        Object v = f.value(key);
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("cell", f.cell(key).a1());
        if (v == null) {
            return b.outcome(Outcome.FAIL).evidence(Evidence.of(f.getRow(), f.label(), Set.of(f.cell(key)))).build();
        }
        return value(b, v).outcome(Outcome.PASS).build();
    }

    static Finding known(String criterion, String condition, Fact f, String key) {
        Object v = f.value(key);
        if (v == null) {
            return unknownCell(criterion, condition, f.cell(key));
        }
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("cell", f.cell(key).a1());
        return value(b, v).outcome(Outcome.PASS).build();
    }

    /** {@code {value}}: the Vietnamese label of the value, {@code {valueEn}} its English label, {@code {code}} its code. */
    private static FindingBuilder value(FindingBuilder b, Object v) {
        if (v instanceof Labelled l) {
            return b.arg("value", l.label()).arg("code", l.name()).arg("valueEn", l.labelEn());
        }
        return b.arg("value", v).arg("code", v).arg("valueEn", v);
    }

    /** Undecided, waiting for that blank or unreadable cell. */
    static Finding unknownCell(String criterion, String condition, CellRef cell) {
        return new FindingBuilder(criterion, condition).outcome(Outcome.INSUFFICIENT_DATA).arg("cell", cell.a1())
                .missing(Set.of(cell)).build();
    }
}
