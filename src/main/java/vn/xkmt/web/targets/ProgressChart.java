package vn.xkmt.web.targets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognised communes over time as an inline SVG line, with each target as a mark at its due date
 * and required number. Coordinates are computed here; the template only draws them.
 */
public record ProgressChart(int width, int height, String line, List<Point> points, List<Point> targets, int max,
                            List<Point> yTicks) {

    /** A point with its label ({@code 31/12/2025: 85}). */
    public record Point(double x, double y, String label) {}

    static final int W = 720;
    static final int H = 280;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 32;

    static ProgressChart of(List<Dated> recognised, List<TargetProgress> targets) {
        LocalDate start = recognised.isEmpty() ? LocalDate.now() : recognised.get(0).date();
        LocalDate end = start;
        int max = 1;
        for (Dated d : recognised) {
            end = d.date().isAfter(end) ? d.date() : end;
            max = Math.max(max, d.count());
        }
        for (TargetProgress t : targets) {
            end = t.target().dueDate().isAfter(end) ? t.target().dueDate() : end;
            start = t.target().dueDate().isBefore(start) ? t.target().dueDate() : start;
            max = Math.max(max, t.required());
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Dated d : recognised) {
            Point p = point(start, days, max, d.date(), d.count());
            points.add(p);
            line.append(line.isEmpty() ? "" : " ").append(p.x()).append(',').append(p.y());
        }
        List<Point> marks = new ArrayList<>();
        for (TargetProgress t : targets) {
            marks.add(point(start, days, max, t.target().dueDate(), t.required()));
        }
        List<Point> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            int v = (int) Math.round(max * i / 4.0);
            ticks.add(new Point(LEFT - 6, y(max, v), String.valueOf(v)));
        }
        return new ProgressChart(W, H, line.toString(), points, marks, max, ticks);
    }

    private static Point point(LocalDate start, long days, int max, LocalDate date, int count) {
        double x = LEFT + (W - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(start, date) / days;
        return new Point(Math.round(x * 10) / 10.0, y(max, count),
                String.format("%02d/%02d/%d: %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear(), count));
    }

    private static double y(int max, int count) {
        return Math.round((TOP + (H - TOP - BOTTOM) * (1 - count / (double) max)) * 10) / 10.0;
    }

    /** The number recognised on a day. */
    record Dated(LocalDate date, int count) {}
}
