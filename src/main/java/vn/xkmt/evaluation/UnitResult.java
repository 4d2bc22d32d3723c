package vn.xkmt.evaluation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.Fact;

/**
 * The evaluation of one commune or annual row under one rule set version: the verdict, every
 * criterion, and for an undetermined verdict the cells to fill.
 */
public record UnitResult(Fact subject, String unitCode, String unitName, Integer year, LocalDate referenceDate,
                         RuleSetDefinition ruleSet, Verdict verdict, List<CriterionResult> criteria) {

    public UnitResult {
        criteria = List.copyOf(criteria);
    }

    /** Cells that must be filled to decide the criteria still undecided. */
    public Set<CellRef> cellsToFill() {
        Set<CellRef> cells = new LinkedHashSet<>();
        criteria.stream().filter(c -> c.outcome() == Outcome.INSUFFICIENT_DATA)
                .flatMap(c -> c.findings().stream()).filter(f -> f.outcome() == Outcome.INSUFFICIENT_DATA)
                .forEach(f -> cells.addAll(f.missing()));
        return cells;
    }

    /** For an eligible result resting on dated tests: the last request date on which it still holds. */
    public LocalDate validUntil() {
        if (verdict != Verdict.ELIGIBLE) {
            return null;
        }
        return criteria.stream().map(CriterionResult::validUntil).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
    }

    /**
     * Why the rules were stopped for this unit ({@code stopped-steps}, {@code stopped-time},
     * {@code stopped-memory}, {@code stopped-firings}, {@code stopped-error}), or null when they ran to the end.
     */
    public String stoppedBy() {
        return criteria.stream().flatMap(c -> c.findings().stream()).map(Finding::variant)
                .filter(v -> v != null && v.stopped()).map(FindingVariant::key).findFirst().orElse(null);
    }

    /**
     * This result with the verdict {@link Verdict#NOT_IN_FORCE}: no version of its rule set was in
     * force on the reference date, so its criteria stand for reference only.
     */
    public UnitResult notInForce() {
        return new UnitResult(subject, unitCode, unitName, year, referenceDate, ruleSet, Verdict.NOT_IN_FORCE, criteria);
    }

    /** Whether the criteria are shown for reference only (no rule set version was in force on the reference date). */
    public boolean forReference() {
        return verdict == Verdict.NOT_IN_FORCE;
    }

    /**
     * This result without the evidence rows and cells to fill of its findings ({@link Finding#withoutDetail()}):
     * what a batch keeps once the unit's details are written, so that memory does not grow with the evidence of
     * tens of thousands of units. Verdict, outcomes, dates and variants stay.
     */
    public UnitResult withoutDetail() {
        return new UnitResult(subject, unitCode, unitName, year, referenceDate, ruleSet, verdict, criteria.stream()
                .map(c -> new CriterionResult(c.criterion(), c.outcome(),
                        c.findings().stream().map(Finding::withoutDetail).toList()))
                .toList());
    }

    public CriterionResult criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
