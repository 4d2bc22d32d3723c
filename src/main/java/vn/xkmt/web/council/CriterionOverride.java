package vn.xkmt.web.council;

import java.time.OffsetDateTime;

/**
 * Why a criterion that did not pass in the pack did not stop the decision: the reason, the evidence
 * outside the workbook, who gave them and when.
 */
public record CriterionOverride(long itemId, String criterionId, String outcome, String reason, String evidence, String givenBy,
                         OffsetDateTime givenAt) {}
