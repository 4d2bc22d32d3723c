package vn.xkmt.web.communeresult;

import java.time.OffsetDateTime;
import vn.xkmt.evaluation.Verdict;

/** One commune in one stored evaluation: which evaluation, when, under which rule set version, its verdict. */
public record EvaluatedUnit(long evaluationId, OffsetDateTime evaluatedAt, String unitCode, String unitName,
                            String province, String provinceName, String ruleSetId, String ruleSetVersion,
                            String ruleSetHash, String verdict, String inputSha256) {

    public boolean eligible() {
        return Verdict.ELIGIBLE.name().equals(verdict);
    }
}
