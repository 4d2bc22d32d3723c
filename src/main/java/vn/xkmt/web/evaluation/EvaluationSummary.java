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
}
