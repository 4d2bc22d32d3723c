package vn.xkmt.evaluation;

import vn.xkmt.text.Lang;
import java.util.Collection;

/**
 * The verdict on a commune or annual row: every criterion passed, any failed, or neither; or no
 * version of the rule set was in force on the row's reference date (its criteria were evaluated
 * under the nearest version, for reference only, and it is never eligible).
 */
public enum Verdict {
    ELIGIBLE,
    NOT_ELIGIBLE,
    UNDETERMINED,
    NOT_IN_FORCE;

    /** The default label; a rule set's manifest may give labels that fit its document. */
    public String defaultLabel(Lang lang) {
        return EngineWords.get("verdict." + name(), lang);
    }

    public static Verdict of(Collection<Outcome> outcomes) {
        Outcome all = Outcome.PASS;
        for (Outcome o : outcomes) {
            all = all.and(o);
        }
        return switch (all) {
            case PASS -> ELIGIBLE;
            case FAIL -> NOT_ELIGIBLE;
            case INSUFFICIENT_DATA -> UNDETERMINED;
        };
    }
}
