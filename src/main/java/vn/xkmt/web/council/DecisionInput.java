package vn.xkmt.web.council;

import java.util.Map;

/**
 * A decision as the secretariat records it.
 *
 * @param overrides criterion id → reason and evidence, for every criterion that did not pass when a
 *                  commune whose evaluation is not ELIGIBLE is recognised (or kept)
 * @param version   the version of the decision the secretariat saw
 */
record DecisionInput(Decision decision, int votesFor, int votesAgainst, int votesAbstain, String reason,
                     Map<String, OverrideInput> overrides, int version) {

    DecisionInput {
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    record OverrideInput(String reason, String evidence) {}
}
