package vn.xkmt.evaluation;

import vn.xkmt.commune.LostRows;

/**
 * Which kind of pass, failure or undecided condition a finding is, beyond its outcome: the messages
 * have a sentence of their own for each, keyed {@code <criterion>.<condition>.<key>} or the engine's
 * {@code <key>}. A finding with no variant (null) is explained by its outcome.
 */
public enum FindingVariant {
    /** A condition over a population, or a ratio, passed (or failed) over nothing: no person, no model, a whole of 0. */
    EMPTY("empty"),
    /** A "decreased" count decided against a baseline of zero: there must still be none. */
    ZERO("zero"),
    /** A condition over villages, undecided because the commune has no village row. */
    NO_ROWS("norows"),
    /** The workbook lacks the sheet the condition is over. */
    NO_SHEET("nosheet"),
    /** A date after the request date R: undecided. */
    AFTER("after"),
    /** Figures decided although one of them is blank, as it comes out the same whatever the blank cell holds. */
    BLANK("blank"),
    /** A part beyond the target of an "=" comparison: inconsistent figures. */
    OVER("over"),
    /** No rule decided the condition. */
    NO_RULE("norule"),

    /** Rows of the sheet were lost ({@link LostRows.Cause}), and the outcome could change with them. */
    LOST_DAMAGED("lost-damaged"),
    LOST_NO_HEADER("lost-noheader"),
    LOST_DUPLICATE_SHEET("lost-duplicate"),
    LOST_UNREADABLE_PART("lost-part"),
    LOST_COMMUNE_BLANK("lost-commune-blank"),
    LOST_COMMUNE_UNREADABLE("lost-commune-unreadable"),
    LOST_CELL_REFERENCE("lost-cellref"),
    LOST_LIMIT("lost-limit"),
    LOST_ROW("lost-row"),
    LOST_NO_COMMUNE_CODE("lost-nocode"),
    LOST_COMMUNE_LOOKALIKE("lost-lookalike"),

    /** The rules were stopped for the unit by a limit ({@link RuleBudget.Limit}) or by an error of the rule code. */
    STOPPED_STEPS("stopped-steps"),
    STOPPED_TIME("stopped-time"),
    STOPPED_MEMORY("stopped-memory"),
    STOPPED_FIRINGS("stopped-firings"),
    STOPPED_ERROR("stopped-error");

    private final String key;

    FindingVariant(String key) {
        this.key = key;
    }

    /** The variant's name in the message keys: {@code empty}, {@code lost-damaged}, {@code stopped-steps}, … */
    public String key() {
        return key;
    }

    /** Whether the rules were stopped for the unit. */
    public boolean stopped() {
        return key.startsWith("stopped-");
    }

    /** The variant of a finding left undecided by rows lost for that cause. */
    static FindingVariant lost(LostRows.Cause cause) {
        return switch (cause) {
            case DAMAGED -> LOST_DAMAGED;
            case NO_HEADER -> LOST_NO_HEADER;
            case DUPLICATE_SHEET -> LOST_DUPLICATE_SHEET;
            case UNREADABLE_PART -> LOST_UNREADABLE_PART;
            case COMMUNE_BLANK -> LOST_COMMUNE_BLANK;
            case COMMUNE_UNREADABLE -> LOST_COMMUNE_UNREADABLE;
            case CELL_REFERENCE -> LOST_CELL_REFERENCE;
            case LIMIT -> LOST_LIMIT;
            case ROW -> LOST_ROW;
            case NO_COMMUNE_CODE -> LOST_NO_COMMUNE_CODE;
            case COMMUNE_LOOKALIKE -> LOST_COMMUNE_LOOKALIKE;
        };
    }

    /** The variant of a unit stopped by that limit; by an error of the rule code when null. */
    static FindingVariant stoppedBy(RuleBudget.Limit limit) {
        if (limit == null) {
            return STOPPED_ERROR;
        }
        return switch (limit) {
            case STEPS -> STOPPED_STEPS;
            case TIME -> STOPPED_TIME;
            case MEMORY -> STOPPED_MEMORY;
            case FIRINGS -> STOPPED_FIRINGS;
        };
    }
}
