package vn.xkmt.web.council;

import java.util.List;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.web.communeresult.EvaluatedUnit;

/**
 * A pack item as pages show it: the frozen result read back, the overrides, and a newer evaluation of
 * the same commune if one was uploaded since (shown as newer, never swapped in).
 */
public record ItemView(MeetingItem item, UnitEntry result, List<CriterionOverride> overrides, EvaluatedUnit newer) {

    public CriterionOverride override(String criterionId) {
        return overrides.stream().filter(o -> o.criterionId().equals(criterionId)).findFirst().orElse(null);
    }
}
