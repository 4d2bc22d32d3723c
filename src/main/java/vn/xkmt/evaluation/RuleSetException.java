package vn.xkmt.evaluation;

import java.util.List;

/** A rule set that cannot be used, with every problem found. */
public class RuleSetException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleSetException(String ruleSet, List<RuleProblem> problems) {
        super(EngineWords.both("ruleSet.problems") + " " + ruleSet + ": " + problems.size() + " "
                + EngineWords.both("ruleSet.problemCount") + ": "
                + String.join("; ", problems.stream().map(RuleProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
