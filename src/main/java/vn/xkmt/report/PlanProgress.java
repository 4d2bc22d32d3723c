package vn.xkmt.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.result.RunInfo;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.text.Lang;

/**
 * Roll-out progress of a run's records against the plans its rule set versions carry: per phase, the communes
 * evaluated and how many are eligible, against the phase's target ({@code Giai đoạn 1: 19/26 xã biên giới đủ
 * điều kiện}). A document stored without the plans (schema version 0 or 1) has none.
 */
final class PlanProgress {

    /** The communes of one phase in this run, under the plan of {@code ruleSet}. */
    record PhaseCount(RunInfo.RuleSetVersion ruleSet, RunInfo.Phase phase, int evaluated, int eligible,
                      int notEligible, int undetermined, int notInForce) {

        String name(Lang lang) {
            return Entries.get(phase.name(), lang);
        }

        String population(Lang lang) {
            return Entries.get(phase.population(), lang);
        }

        String description(Lang lang) {
            return Entries.get(phase.description(), lang);
        }

        /** {@code Giai đoạn 1: 19/26 xã biên giới đủ điều kiện}; without a target {@code Giai đoạn 3: 4 xã còn lại đủ điều kiện}. */
        String line(Lang lang) {
            String count = phase.target() == null ? String.valueOf(eligible) : eligible + "/" + phase.target();
            return name(lang) + ": " + count + " " + population(lang) + " " + Entries.get(ruleSet.rollout().achieved(), lang);
        }

        /** {@code đã đánh giá 24: Đủ điều kiện công nhận 19 · …}, in the verdict labels of the rule set version. */
        String detail(Lang lang) {
            return Texts.t("rollout.evaluated", lang, evaluated, ruleSet.verdictLabel(Verdict.ELIGIBLE, lang) + " " + eligible + " · "
                    + ruleSet.verdictLabel(Verdict.NOT_ELIGIBLE, lang) + " " + notEligible + " · "
                    + ruleSet.verdictLabel(Verdict.UNDETERMINED, lang) + " " + undetermined
                    + (notInForce == 0 ? "" : " · " + ruleSet.verdictLabel(Verdict.NOT_IN_FORCE, lang) + " " + notInForce));
        }
    }

    /** The progress of one rule set version's plan. {@code noPhase}: communes whose phase the data does not give. */
    record Plan(RunInfo.RuleSetVersion ruleSet, List<PhaseCount> phases, int noPhase) {

        String noPhaseLine(Lang lang) {
            return Texts.t("rollout.noPhaseCount", lang, noPhaseTitle(lang), noPhase);
        }

        String noPhaseTitle(Lang lang) {
            String outside = Entries.orNull(ruleSet.rollout().outside(), lang);
            return outside != null ? outside : Texts.t("noPhase", lang);
        }
    }

    private PlanProgress() {
    }

    /** Every plan of the rule set versions used, with the run's counts. */
    static List<Plan> of(ReportRun run) {
        List<Plan> plans = new ArrayList<>();
        for (RunInfo.RuleSetVersion def : run.used()) {
            RunInfo.Plan rollout = def.rollout();
            if (rollout == null) {
                continue;
            }
            Map<Integer, int[]> counts = new LinkedHashMap<>();
            rollout.phases().forEach(p -> counts.put(p.number(), new int[Verdict.values().length]));
            int noPhase = 0;
            for (UnitEntry r : run.results()) {
                if (!r.ruleSet().equals(def.id()) || !r.ruleSetVersion().equals(def.version()) || r.annual()) {
                    continue;
                }
                int[] n = r.phase() == null ? null : counts.get(r.phase());
                if (n == null) {
                    noPhase++;
                } else {
                    n[r.verdict().ordinal()]++;
                }
            }
            List<PhaseCount> phases = new ArrayList<>();
            for (RunInfo.Phase p : rollout.phases()) {
                int[] n = counts.get(p.number());
                phases.add(new PhaseCount(def, p, java.util.Arrays.stream(n).sum(), n[Verdict.ELIGIBLE.ordinal()],
                        n[Verdict.NOT_ELIGIBLE.ordinal()], n[Verdict.UNDETERMINED.ordinal()],
                        n[Verdict.NOT_IN_FORCE.ordinal()]));
            }
            plans.add(new Plan(def, phases, noPhase));
        }
        return plans;
    }
}
