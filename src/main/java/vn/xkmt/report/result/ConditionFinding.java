package vn.xkmt.report.result;

import java.time.LocalDate;
import java.util.List;
import vn.xkmt.evaluation.Outcome;

/** One condition of a criterion: its outcome, counts, text, remedy, the rows it rests on and the cells to fill. */
public record ConditionFinding(String condition, Outcome outcome, Integer required, Integer found, Integer shortBy,
                               Bilingual explanation, Bilingual remedy, LocalDate validUntil,
                               List<EvidenceRow> evidence, List<String> cellsToFill) {

    public ConditionFinding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        cellsToFill = cellsToFill == null ? List.of() : List.copyOf(cellsToFill);
    }

    /** A row a finding rests on (a person, village or model, by id), and its cells to fill ({@code H5}). */
    public record EvidenceRow(String sheet, int row, String id, List<String> cellsToFill) {

        public EvidenceRow {
            cellsToFill = cellsToFill == null ? List.of() : List.copyOf(cellsToFill);
        }
    }
}
