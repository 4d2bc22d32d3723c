package vn.xkmt.evaluation;

import java.lang.management.ManagementFactory;

/**
 * The meter of rule code. Every class compiled from a rule set is rewritten at load so that each of
 * its methods, and each backward jump in them, first calls {@link #tick()}; the call is added after
 * the allowlist has checked the class, and no rule may name this class itself. A tick counts one
 * step against the budget of the evaluating thread and, every so often, checks its wall time and
 * the bytes the thread has allocated. Once a budget is exceeded every further tick throws again, so
 * rule code that catches the error cannot go on; the evaluation then reports the unit as stopped.
 */
public final class RuleBudget implements AutoCloseable {

    private static final ThreadLocal<RuleBudget> CURRENT = new ThreadLocal<>();
    private static final com.sun.management.ThreadMXBean THREADS = threads();
    /** Steps between two checks of the clock and of the allocated bytes. */
    private static final int CHECK_EVERY = 1024;

    private final RuleLimits limits;
    private final long deadline;
    private final long allocatedAtStart;
    private long steps;
    private int untilCheck = CHECK_EVERY;
    private volatile Limit exceeded;
    private final RuleBudget outer;

    /** Which limit stopped an evaluation. */
    public enum Limit { STEPS, TIME, MEMORY, FIRINGS }

    private RuleBudget(RuleLimits limits, RuleBudget outer) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
        this.allocatedAtStart = allocated();
        this.outer = outer;
    }

    /** Opens a budget for the current thread; close it (try-with-resources) when the work is done. */
    public static RuleBudget open(RuleLimits limits) {
        RuleBudget b = new RuleBudget(limits, CURRENT.get());
        CURRENT.set(b);
        return b;
    }

    /** Called by metered rule code only (added at load, never written in a rule). */
    public static void tick() {
        RuleBudget b = CURRENT.get();
        if (b != null) {
            b.step();
        }
    }

    private void step() {
        if (exceeded != null) {
            throw new RuleLimitExceeded(exceeded);
        }
        if (++steps > limits.maxSteps()) {
            exceed(Limit.STEPS);
        }
        if (--untilCheck <= 0) {
            untilCheck = CHECK_EVERY;
            if (System.nanoTime() > deadline) {
                exceed(Limit.TIME);
            }
            if (allocated() - allocatedAtStart > limits.maxAllocatedBytes()) {
                exceed(Limit.MEMORY);
            }
        }
    }

    private void exceed(Limit limit) {
        exceeded = limit;
        throw new RuleLimitExceeded(limit);
    }

    /** Records that the firing cap was reached (counted by the session, not by ticks). */
    void firingsExceeded() {
        if (exceeded == null) {
            exceeded = Limit.FIRINGS;
        }
    }

    /** The limit that stopped this budget's work, or null. */
    public Limit exceeded() {
        return exceeded;
    }

    public long steps() {
        return steps;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    private static long allocated() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            t.setThreadAllocatedMemoryEnabled(true);
            return t;
        }
        return null;
    }

    /** Thrown into rule code when its budget is spent; an Error, so that Drools does not swallow it. */
    public static final class RuleLimitExceeded extends Error {

        private final transient Limit limit;

        RuleLimitExceeded(Limit limit) {
            super("rule limit exceeded: " + limit, null, false, false);
            this.limit = limit;
        }

        public Limit limit() {
            return limit;
        }
    }
}
