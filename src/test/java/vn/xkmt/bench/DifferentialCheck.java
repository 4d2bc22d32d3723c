package vn.xkmt.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.evaluation.CompiledRuleSet;
import vn.xkmt.evaluation.CriterionResult;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.UnitFacts;
import vn.xkmt.evaluation.UnitResult;

/**
 * Evaluates every commune twice — by the Drools rules of {@code thanh-hoa} and by the hand-written
 * {@link ThanhHoaReference} — and lists every criterion whose outcomes differ.
 */
public final class DifferentialCheck {

    /** One criterion of one commune decided differently. */
    public record Disagreement(String file, int row, String commune, String criterion, Outcome drools,
                               Outcome reference) {
        @Override
        public String toString() {
            return String.format("commune %s (%s, Xa row %d) %s: Drools %s, reference %s", commune, file, row,
                    criterion, drools, reference);
        }
    }

    /** The disagreements, and how often each criterion came out each way (to show the data covers them). */
    public record Report(int communes, List<Disagreement> disagreements, Map<String, Map<Outcome, Integer>> outcomes) {

        public boolean agrees() {
            return disagreements.isEmpty();
        }

        /** {@code TH1 PASS 1200 / FAIL 1500 / INSUFFICIENT_DATA 621; …} */
        public String outcomeTable() {
            StringBuilder sb = new StringBuilder();
            outcomes.forEach((id, m) -> sb.append(String.format("%-4s PASS %5d  FAIL %5d  INSUFFICIENT_DATA %5d%n", id,
                    m.getOrDefault(Outcome.PASS, 0), m.getOrDefault(Outcome.FAIL, 0),
                    m.getOrDefault(Outcome.INSUFFICIENT_DATA, 0))));
            return sb.toString();
        }

        public String describe(int max) {
            StringBuilder sb = new StringBuilder();
            sb.append(agrees() ? "Differential check: Drools and the reference agree on all " + communes * 9
                    + " criterion outcomes of " + communes + " communes"
                    : "Differential check FAILED: " + disagreements.size() + " disagreements over " + communes
                    + " communes").append('\n');
            disagreements.stream().limit(max).forEach(d -> sb.append("  ").append(d).append('\n'));
            if (disagreements.size() > max) {
                sb.append("  … and ").append(disagreements.size() - max).append(" more\n");
            }
            return sb.toString();
        }
    }

    private DifferentialCheck() {
    }

    public static Report run(List<UnitFacts> units, CompiledRuleSet thanhHoa) {
        List<Disagreement> out = new ArrayList<>();
        Map<String, Map<Outcome, Integer>> counts = new LinkedHashMap<>();
        ThanhHoaReference.CRITERIA.forEach(id -> counts.put(id, new EnumMap<>(Outcome.class)));
        for (UnitFacts u : units) {
            UnitResult drools = thanhHoa.evaluate(u);
            Outcome[] reference = ThanhHoaReference.evaluate(u);
            for (int i = 0; i < ThanhHoaReference.CRITERIA.size(); i++) {
                String id = ThanhHoaReference.CRITERIA.get(i);
                Outcome d = drools.criteria().stream().filter(c -> c.id().equals(id)).map(CriterionResult::outcome)
                        .findFirst().orElse(null);
                counts.get(id).merge(reference[i], 1, Integer::sum);
                if (d != reference[i]) {
                    out.add(new Disagreement(u.file(), u.subject().getRow().row(), u.unitCode(), id, d, reference[i]));
                }
            }
        }
        return new Report(units.size(), out, counts);
    }
}
