package vn.xkmt.authoring;

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
 * the run under the old version and the run under the new one, with both explanations.
 */
public final class Impact {

    /** One change: {@code what} is {@code verdict} or a criterion id. */
    public record Change(String unit, String unitName, String what, String before, String after,
                         String explanationBefore, String explanationAfter) {}

    private Impact() {
    }

    public static List<Change> compare(RunResult before, RunResult after) {
        Map<String, UnitResult> old = index(before);
        List<Change> changes = new ArrayList<>();
        for (UnitResult now : after.results()) {
            UnitResult was = old.get(key(now));
            if (was == null) {
                changes.add(new Change(key(now), now.unitName(), "verdict", "—", now.verdict().name(), null, null));
                continue;
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
                            p == null ? null : exBefore.criterion(p, "vi"), exAfter.criterion(c, "vi")));
                }
            }
        }
        return changes;
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
