package vn.xkmt.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import vn.xkmt.web.evaluation.VerdictTally;

/** The geometry of a horizontal bar chart of verdict counts; the template draws it as inline SVG. */
public record BarChart(int width, int height, List<Bar> bars) {

    /** One bar: its verdict code (colour class), the label it is shown with, count, and box. */
    public record Bar(String verdict, String label, int count, int y, int width, int labelX) {}

    static final int WIDTH = 600;
    static final int BAR = 36;
    static final int GAP = 14;
    static final int LABEL = 0;
    static final int MAX_BAR = 320;

    /**
     * One bar per verdict of each tally, labelled in its rule set's words; when the tallies are per
     * rule set, each label starts with the rule set's id ({@code tra-vinh: Đạt toàn bộ chỉ tiêu}).
     */
    static BarChart of(List<VerdictTally> tallies) {
        int max = tallies.stream().flatMap(t -> t.counts().stream()).mapToInt(VerdictTally.Count::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = GAP;
        for (VerdictTally t : tallies) {
            for (VerdictTally.Count c : t.counts()) {
                int w = max == 0 ? 0 : Math.max(c.count() > 0 ? 4 : 0, (int) Math.round((double) c.count() * MAX_BAR / max));
                String label = t.ruleSetId() == null ? c.label() : t.ruleSetId() + ": " + c.label();
                bars.add(new Bar(c.verdict(), label, c.count(), y, w, LABEL + w + 8));
                y += BAR + GAP;
            }
        }
        return new BarChart(WIDTH, y, bars);
    }

    public int barHeight() {
        return BAR;
    }
}
