package vn.xkmt.web.targets;

import java.time.LocalDate;

/**
 * A target a province's plan sets, read from the roll-out section of a rule set's manifest: by the end
 * of a phase, the communes of that phase and the earlier ones ({@code cumulative}). An admin records it
 * as a target with the province's total number of communes.
 */
public record PlanTarget(String ruleSet, String version, String document, int phase, String name, LocalDate due,
                         int target, int cumulative, String description) {

    /** The source written with the target: the document, the rule set version, the phase. */
    public String source() {
        return document + " (" + ruleSet + "@" + version + ") — " + name + ": " + description;
    }
}
