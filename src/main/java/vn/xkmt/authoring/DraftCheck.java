package vn.xkmt.authoring;

import java.util.List;
import vn.xkmt.evaluation.RuleProblem;

/** A draft's check: problems found by lint, sandbox and compiler, and its golden cases. */
public record DraftCheck(List<RuleProblem> problems, GoldenCases.Report golden) {

    public boolean ok() {
        return problems.isEmpty() && golden != null && golden.passed();
    }
}
