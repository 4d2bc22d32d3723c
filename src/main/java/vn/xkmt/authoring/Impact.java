package vn.xkmt.authoring;

import vn.xkmt.text.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.batch.RunResult;
import vn.xkmt.evaluation.CriterionResult;
import vn.xkmt.evaluation.Explanations;
import vn.xkmt.evaluation.UnitResult;

/**
 * What a rule change does to a batch: every unit whose verdict or criterion outcome differs between
 * the run under the old version and the run under the new one, with both explanations. A unit or
 * criterion only one run has is a change too ({@code —} on the other side).
 */
public final class Impact {

    /** One change: {@code what} is {@code verdict} or a criterion id. */
    public record Change(String unit, String unitName, String what, String before, String after,
                         String explanationBefore, String explanationAfter) {}

    private Impact() {
    }

    /** Written for a unit only one of the runs evaluated. */
    static final String NOT_BEFORE = AuthoringWords.both("notBefore");
    static final String NOT_AFTER = AuthoringWords.both("notAfter");

    /**
     * The changes, unit by unit in the order of the new run; a unit only the new run evaluated is
     * listed as {@code — → verdict}, and one only the old run evaluated, after them, as
     * {@code verdict → —}: a unit never drops out of the comparison silently.
     */
    public static List<Change> compare(RunResult before, RunResult after) {
        Map<String, UnitResult> old = index(before);
        Map<String, UnitResult> now = index(after);
        List<Change> changes = new ArrayList<>();
        for (UnitResult unit : after.results()) {
            compare(old.get(key(unit)), unit, changes);
        }
        for (UnitResult was : before.results()) {
            if (!now.containsKey(key(was))) {
                changes.add(new Change(key(was), was.unitName(), "verdict", was.verdict().name(), "—", null, NOT_AFTER));
            }
        }
        return changes;
    }

    private static void compare(UnitResult was, UnitResult now, List<Change> changes) {
        if (was == null) {
            changes.add(new Change(key(now), now.unitName(), "verdict", "—", now.verdict().name(), NOT_BEFORE, null));
            return;
        }
        Explanations exBefore = new Explanations(was.ruleSet());
        Explanations exAfter = new Explanations(now.ruleSet());
        if (was.verdict() != now.verdict()) {
            changes.add(new Change(key(now), now.unitName(), "verdict", was.verdict().name(), now.verdict().name(),
                    null, null));
        }
        for (CriterionResult c : now.criteria()) {
            CriterionResult p = was.criteria().stream().filter(x -> x.id().equals(c.id())).findFirst().orElse(null);
            String b = p == null ? "—" : p.outcome().name();
            if (!b.equals(c.outcome().name())) {
                changes.add(new Change(key(now), now.unitName(), c.id(), b, c.outcome().name(),
                        p == null ? null : exBefore.criterion(p, Lang.VI), exAfter.criterion(c, Lang.VI)));
            }
        }
        for (CriterionResult p : was.criteria()) {
            if (now.criteria().stream().noneMatch(x -> x.id().equals(p.id()))) {
                changes.add(new Change(key(now), now.unitName(), p.id(), p.outcome().name(), "—",
                        exBefore.criterion(p, Lang.VI), null));
            }
        }
    }

    private static Map<String, UnitResult> index(RunResult run) {
        Map<String, UnitResult> m = new LinkedHashMap<>();
        run.results().forEach(r -> m.put(key(r), r));
        return m;
    }

    private static String key(UnitResult r) {
        return r.subject().getRow().file() + "#" + GoldenCases.key(r);
    }
}
