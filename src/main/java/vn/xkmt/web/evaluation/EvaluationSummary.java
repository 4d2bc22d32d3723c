package vn.xkmt.web.evaluation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One stored evaluation as lists show it: who, when, which file (by name and SHA-256), which rule
 * set versions, and the counts. Never the workbook's content.
 *
 * @param ruleSets  {@code id@version#contentHash} of each rule set version used
 * @param provinces normalised keys of the provinces the workbook's rows name
 */
public record EvaluationSummary(long id, OffsetDateTime createdAt, String createdBy, String fileName, String sha256,
                                long size, String xkmtVersion, List<String> ruleSets, int units, int eligible,
                                int notEligible, int undetermined, int errors, int warnings, long durationMs,
                                List<String> provinces) {

    public EvaluationSummary {
        ruleSets = List.copyOf(ruleSets);
        provinces = List.copyOf(provinces);
    }

    /** The units with no rule set version in force on their reference date: every unit not counted by the other three. */
    @com.fasterxml.jackson.annotation.JsonProperty("notInForce")
    public int notInForce() {
        return Math.max(0, units - eligible - notEligible - undetermined);
    }
}
