package vn.xkmt.report.result;

import java.time.LocalDate;
import java.util.List;
import vn.xkmt.evaluation.Verdict;

/**
 * One unit's result: a commune, or an annual report row ({@code year} set). {@code unitWarnings} repeat the run's
 * problems on the unit's own row. {@code criteriaForReference}: no rule set version was in force on the reference
 * date, the criteria are shown for reference ({@code notInForce} says why). {@code sheet}: the sheet of its row;
 * {@code phase}: its roll-out phase under its rule set's plan; {@code ruleSetName}: the name of the rule set version
 * that decided it (each null when not known: no plan, no phase, or a document stored before they were written).
 */
public record UnitEntry(String unitCode, String unitName, Integer year, String province, String district,
                        String file, int row, String ruleSet, String ruleSetVersion, String ruleSetHash,
                        LocalDate referenceDate, Verdict verdict, Bilingual verdictLabel, boolean criteriaForReference,
                        Bilingual notInForce, LocalDate validUntil, List<String> cellsToFill,
                        List<Problem> unitWarnings, List<CriterionEntry> criteria, String sheet, Integer phase,
                        Bilingual ruleSetName) {

    public UnitEntry {
        cellsToFill = cellsToFill == null ? List.of() : List.copyOf(cellsToFill);
        unitWarnings = unitWarnings == null ? List.of() : List.copyOf(unitWarnings);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** A result whose sheet and phase are not known. */
    public UnitEntry(String unitCode, String unitName, Integer year, String province, String district, String file,
                     int row, String ruleSet, String ruleSetVersion, String ruleSetHash, LocalDate referenceDate,
                     Verdict verdict, Bilingual verdictLabel, boolean criteriaForReference, Bilingual notInForce,
                     LocalDate validUntil, List<String> cellsToFill, List<Problem> unitWarnings,
                     List<CriterionEntry> criteria) {
        this(unitCode, unitName, year, province, district, file, row, ruleSet, ruleSetVersion, ruleSetHash,
                referenceDate, verdict, verdictLabel, criteriaForReference, notInForce, validUntil, cellsToFill,
                unitWarnings, criteria, null, null, null);
    }

    /** The same result with other criteria (a summary keeping only their outcomes). */
    public UnitEntry withCriteria(List<CriterionEntry> others) {
        return new UnitEntry(unitCode, unitName, year, province, district, file, row, ruleSet, ruleSetVersion,
                ruleSetHash, referenceDate, verdict, verdictLabel, criteriaForReference, notInForce, validUntil,
                cellsToFill, unitWarnings, others, sheet, phase, ruleSetName);
    }

    /** {@code 02683}, or {@code TV/2023} for an annual row: the unit's key within a run. */
    public String key() {
        return year == null ? unitCode : unitCode + "/" + year;
    }

    /** An annual report row's result, not a commune's. */
    public boolean annual() {
        return year != null;
    }

    /** Only {@code ELIGIBLE} counts as passing. */
    public boolean eligible() {
        return verdict == Verdict.ELIGIBLE;
    }

    /** The criteria that did not pass (failed, not enough data, or any other outcome but PASS). */
    public List<CriterionEntry> notPassing() {
        return criteria.stream().filter(c -> !c.passing()).toList();
    }

    /** {@code id@version#hash} of the rule set version that decided it. */
    public String ruleSetKey() {
        return ruleSet + "@" + ruleSetVersion + "#" + ruleSetHash;
    }
}
