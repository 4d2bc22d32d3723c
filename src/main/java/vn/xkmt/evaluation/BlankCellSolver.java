package vn.xkmt.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides a ratio condition over two figures of which one is blank, when it comes out the same
 * whatever the blank cell holds: {@code 0 > 105 × ?} fails, {@code 0 <= 100 × ?} passes.
 */
final class BlankCellSolver {

    private static final long HUGE = 1_000_000_000_000L;

    private BlankCellSolver() {
    }

    /**
     * With exactly one figure blank: TRUE if the comparison holds whatever it holds, FALSE if it holds
     * for no value, null otherwise. The comparison is linear in the blank figure, so its truth over
     * the figures 0, 1, 2, … is an interval (or one point, for {@code =}); probing 0, a huge value and
     * the integers around the boundary decides it exactly.
     */
    static Boolean decide(Integer part, Integer whole, Comparison op, int percent, boolean emptyWholePasses) {
        if (part == null && whole == null) {
            return null;
        }
        List<Long> probes = new ArrayList<>(List.of(0L, 1L, HUGE));
        if (part == null) {
            long boundary = (long) percent * whole / 100;
            probes.addAll(List.of(boundary, boundary + 1));
        } else if (percent != 0) {
            long boundary = 100L * part / percent;
            probes.addAll(List.of(boundary, boundary + 1));
        }
        boolean any = false;
        boolean all = true;
        for (long x : probes) {
            long pa = part == null ? x : part;
            long wh = whole == null ? x : whole;
            boolean holds = (wh == 0 && emptyWholePasses) || op.holds(100L * pa, percent * wh);
            any |= holds;
            all &= holds;
        }
        return all ? Boolean.TRUE : any ? null : Boolean.FALSE;
    }
}
