package vn.xkmt.report.result;

import java.util.List;
import java.util.Map;
import vn.xkmt.evaluation.Verdict;

/**
 * The units and their counts by verdict (every verdict, in verdict order); when the run mixes rule sets that
 * label verdicts differently, also each rule set's ({@code byRuleSet}, else empty).
 */
public record Summary(int units, Map<Verdict, Integer> verdicts, List<RuleSetCount> byRuleSet) {

    public Summary {
        verdicts = VerdictCounts.ordered(verdicts);
        byRuleSet = byRuleSet == null ? List.of() : List.copyOf(byRuleSet);
    }

    /** One rule set's units, counts, and verdict labels (from its latest version used). */
    public record RuleSetCount(String ruleSet, int units, Map<Verdict, Integer> verdicts,
                               Map<Verdict, Bilingual> verdictLabels) {

        public RuleSetCount {
            verdicts = VerdictCounts.ordered(verdicts);
            verdictLabels = VerdictCounts.ordered(verdictLabels);
        }
    }
}
