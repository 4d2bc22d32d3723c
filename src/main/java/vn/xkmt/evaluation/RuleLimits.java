package vn.xkmt.evaluation;

import java.time.Duration;

/**
 * What one unit's evaluation may cost: rule firings, metered steps of rule code (a step is a call
 * of, or a backward jump inside, code compiled from the rule set), wall time and bytes allocated by
 * the evaluating thread. A unit that reaches a limit is stopped and reported as a rule-set error for
 * that unit; the other units are evaluated as usual. Defaults are in docs/security.md; a manifest
 * may set its own ({@code limits:}).
 */
public record RuleLimits(int maxFirings, long maxSteps, Duration maxTime, long maxAllocatedBytes) {

    /** Generous for the real rule sets (a 10,000-person commune stays far below every one). */
    public static final RuleLimits DEFAULTS = new RuleLimits(10_000, 20_000_000L, Duration.ofSeconds(10),
            1L << 30);

    public RuleLimits {
        if (maxFirings < 1 || maxSteps < 1 || maxTime.isNegative() || maxTime.isZero() || maxAllocatedBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxFirings + ", " + maxSteps + ", "
                    + maxTime + ", " + maxAllocatedBytes);
        }
    }
}
