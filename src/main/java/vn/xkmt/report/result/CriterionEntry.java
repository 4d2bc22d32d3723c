package vn.xkmt.report.result;

import java.time.LocalDate;
import java.util.List;
import vn.xkmt.evaluation.Outcome;

/**
 * One criterion of a unit: its outcome and explanation, what to do when it fails ({@code remedy}), its
 * conditions' findings, and the run's problems behind a failing or undecided condition ({@code warnings}).
 */
public record CriterionEntry(String id, Bilingual title, Outcome outcome, Bilingual outcomeLabel,
                             Bilingual explanation, Bilingual remedy, LocalDate validUntil,
                             List<ConditionFinding> findings, List<Problem> warnings) {

    public CriterionEntry {
        findings = findings == null ? List.of() : List.copyOf(findings);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean passing() {
        return outcome == Outcome.PASS;
    }

    /** Every row its findings rest on, once each, as {@code Nguoi!20 NN-001} (sheet, row, id when known). */
    public List<String> evidence() {
        return findings.stream().flatMap(f -> f.evidence().stream())
                .map(e -> e.sheet() + "!" + e.row() + (e.id() == null ? "" : " " + e.id())).distinct().toList();
    }
}
