package vn.xkmt.report;

import vn.xkmt.text.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.Commune;
import vn.xkmt.evaluation.Rollout;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.evaluation.Verdict;

/**
 * Roll-out progress of a run against the plans of its rule sets' manifests: per phase, the communes
 * evaluated and how many are eligible, against the phase's target ({@code Giai đoạn 1: 19/26 xã
 * biên giới đủ điều kiện}).
 */
final class RolloutProgress {

    /** The communes of one phase in this run, under the plan of {@code ruleSet}. */
    record PhaseCount(RuleSetDefinition ruleSet, Rollout.Phase phase, int evaluated, int eligible, int notEligible,
                      int undetermined, int notInForce) {

        Rollout rollout() {
            return ruleSet.rollout();
        }

        /** {@code Giai đoạn 1: 19/26 xã biên giới đủ điều kiện}; without a target {@code Giai đoạn 3: 4 xã còn lại đủ điều kiện}. */
        String line(Lang lang) {
            String count = phase.target() == null ? String.valueOf(eligible) : eligible + "/" + phase.target();
            return phase.name(lang) + ": " + count + " " + phase.population(lang) + " " + rollout().achieved(lang);
        }

        /**
         * {@code đã đánh giá 24: Đủ điều kiện công nhận 19 · Chưa đủ điều kiện công nhận 3 · Chưa đủ dữ
         * liệu để kết luận 2}, in the verdict labels of the rule set's manifest.
         */
        String detail(Lang lang) {
            return Texts.t("rollout.evaluated", lang, evaluated, ruleSet.verdictLabel(Verdict.ELIGIBLE, lang) + " " + eligible
                    + " · " + ruleSet.verdictLabel(Verdict.NOT_ELIGIBLE, lang) + " " + notEligible + " · "
                    + ruleSet.verdictLabel(Verdict.UNDETERMINED, lang) + " " + undetermined
                    + (notInForce == 0 ? "" : " · " + ruleSet.verdictLabel(Verdict.NOT_IN_FORCE, lang) + " " + notInForce));
        }
    }

    /** The progress of one rule set's plan. {@code noPhase}: communes whose phase the data does not give. */
    record Plan(RuleSetDefinition ruleSet, List<PhaseCount> phases, int noPhase) {

        /** {@code Chưa xác định giai đoạn: 2 xã}, or as the plan names them ({@code Không phải xã thí điểm: 1 xã}). */
        String noPhaseLine(Lang lang) {
            return Texts.t("rollout.noPhaseCount", lang, noPhaseTitle(lang), noPhase);
        }

        String noPhaseTitle(Lang lang) {
            String outside = ruleSet.rollout().outside(lang);
            return outside != null ? outside : Texts.t("noPhase", lang);
        }
    }

    private RolloutProgress() {
    }

    /** Every plan of the rule sets used that has a roll-out section, with the run's counts. */
    static List<Plan> of(RunResult run) {
        List<Plan> plans = new ArrayList<>();
        for (RuleSetDefinition def : run.ruleSetsUsed()) {
            Rollout rollout = def.rollout();
            if (rollout == null) {
                continue;
            }
            Map<Integer, int[]> counts = new LinkedHashMap<>();
            rollout.phases().forEach(p -> counts.put(p.number(), new int[Verdict.values().length]));
            int noPhase = 0;
            for (UnitResult r : run.results()) {
                if (!sameVersion(r.ruleSet(), def) || !(r.subject() instanceof Commune c)) {
                    continue;
                }
                Integer phase = rollout.phaseOf(c);
                int[] n = phase == null ? null : counts.get(phase);
                if (n == null) {
                    noPhase++;
                } else {
                    n[r.verdict().ordinal()]++;
                }
            }
            List<PhaseCount> phases = new ArrayList<>();
            for (Rollout.Phase p : rollout.phases()) {
                int[] n = counts.get(p.number());
                phases.add(new PhaseCount(def, p, java.util.Arrays.stream(n).sum(), n[Verdict.ELIGIBLE.ordinal()],
                        n[Verdict.NOT_ELIGIBLE.ordinal()], n[Verdict.UNDETERMINED.ordinal()],
                        n[Verdict.NOT_IN_FORCE.ordinal()]));
            }
            plans.add(new Plan(def, phases, noPhase));
        }
        return plans;
    }

    private static boolean sameVersion(RuleSetDefinition a, RuleSetDefinition b) {
        return a == b || (a.id().equals(b.id()) && a.version().equals(b.version()));
    }

    /** The phase of a result's commune under its rule set's plan, or null. */
    static Integer phaseOf(UnitResult r) {
        Rollout rollout = r.ruleSet().rollout();
        return rollout != null && r.subject() instanceof Commune c ? rollout.phaseOf(c) : null;
    }
}
