package vn.xkmt.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The geometry of a horizontal bar chart of verdict counts; the template draws it as inline SVG. */
public record BarChart(int width, int height, List<Bar> bars) {

    /** One bar: its verdict code, count, colour class, and box. */
    public record Bar(String verdict, int count, int y, int width, int labelX) {}

    static final int WIDTH = 600;
    static final int BAR = 36;
    static final int GAP = 14;
    static final int LABEL = 0;
    static final int MAX_BAR = 320;

    static BarChart of(Map<String, Integer> counts) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = GAP;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int w = max == 0 ? 0 : Math.max(e.getValue() > 0 ? 4 : 0, (int) Math.round((double) e.getValue() * MAX_BAR / max));
            bars.add(new Bar(e.getKey(), e.getValue(), y, w, LABEL + w + 8));
            y += BAR + GAP;
        }
        return new BarChart(WIDTH, y, bars);
    }

    public int barHeight() {
        return BAR;
    }
}
