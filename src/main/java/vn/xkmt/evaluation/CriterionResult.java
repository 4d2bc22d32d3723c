package vn.xkmt.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The outcome of one criterion and the findings of its conditions. */
public record CriterionResult(CriterionDef criterion, Outcome outcome, List<Finding> findings) {

    public CriterionResult {
        findings = List.copyOf(findings);
    }

    public String id() {
        return criterion.id();
    }

    /** The earliest valid-until date of its passing findings, if any rests on dated tests. */
    public LocalDate validUntil() {
        return findings.stream().map(Finding::validUntil).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }
}
