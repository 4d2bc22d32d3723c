package vn.xkmt.web.targets;

import java.time.LocalDate;

/**
 * Where a target stands: the communes recognised on {@code asOf} (its due date, or today when that is
 * earlier) against the number it asks for.
 */
public record TargetProgress(Target target, LocalDate asOf, int recognised, int required, boolean due) {

    public boolean met() {
        return recognised >= required;
    }

    public int missing() {
        return Math.max(0, required - recognised);
    }

    /** Recognised communes as a share of the total, in percent with one decimal. */
    public double share() {
        return target.totalCommunes() == 0 ? 0 : Math.round(1000.0 * recognised / target.totalCommunes()) / 10.0;
    }
}
