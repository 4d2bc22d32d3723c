package vn.xkmt.evaluation;

import java.util.Set;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.Tri;

/** Two figures of an annual row compared in whole numbers ({@link Findings#ratio}). */
final class RatioConditions {

    private RatioConditions() {
    }

    static Finding ratio(String criterion, String condition, Fact f, String partKey, String operator, Parameter percent,
                         String wholeKey, boolean emptyWholePasses) {
        Comparison op = Comparison.of(operator);
        Integer part = (Integer) f.value(partKey);
        Integer whole = (Integer) f.value(wholeKey);
        int p = percent.intValue();
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("percent", p).arg("growth", p - 100)
                .arg("part", part).arg("whole", whole);
        Long neededLong = whole == null ? null : op.needed(p, whole);
        Integer needed = neededLong == null ? null : saturated(neededLong);
        if (neededLong != null) {
            b.arg("needed", neededLong <= Integer.MAX_VALUE ? Integer.valueOf(needed) : (Object) neededLong);
        }
        if (whole != null && whole == 0 && emptyWholePasses) {
            return b.outcome(Outcome.PASS).counts(0, part, 0).variant(FindingVariant.EMPTY).build();
        }
        if (part == null || whole == null) {
            Tri known = Tri.all(f.known(partKey), f.known(wholeKey));
            Boolean decided = BlankCellSolver.decide(part, whole, op, p, emptyWholePasses);
            if (decided == null) {
                return b.outcome(Outcome.INSUFFICIENT_DATA).missing(known.missing()).build();
            }
            b.variant(FindingVariant.BLANK).arg("blank", (part == null ? f.cell(partKey) : f.cell(wholeKey)).a1())
                    .counts(needed, part, decided ? 0 : null);
            if (decided) {
                return b.outcome(Outcome.PASS).build();
            }
            return b.outcome(Outcome.FAIL).evidence(Evidence.of(f.getRow(), f.label(), Set.of())).build();
        }
        if (op.holds(100L * part, (long) p * whole)) {
            return b.outcome(Outcome.PASS).counts(needed, part, 0).build();
        }
        boolean over = op == Comparison.EQUAL && 100L * part > (long) p * whole;
        long shortBy = op == Comparison.AT_MOST || over ? part - neededLong : neededLong - part;
        if (over) {
            b.variant(FindingVariant.OVER);
        }
        return b.outcome(Outcome.FAIL).counts(needed, part, saturated(Math.max(shortBy, 1)))
                .evidence(Evidence.of(f.getRow(), f.label(), Set.of())).build();
    }

    private static int saturated(long v) {
        return (int) Math.min(v, Integer.MAX_VALUE);
    }
}
