package vn.xkmt.report;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML report, drawn here so the report needs no script and no network:
 * horizontal stacked bars, one per label, one segment per series.
 */
final class HtmlCharts {

    static final String GREEN = "#2e7d32";
    static final String RED = "#c62828";
    static final String AMBER = "#f2a900";
    static final String GREY = "#6e7781";
    private static final int BAR_AREA = 560;
    private static final int ROW = 26;
    private static final int TOP = 30;

    private HtmlCharts() {
    }

    /** One bar. */
    record Bar(String label, String tooltip, int[] counts) {}

    /**
     * @param series  the segment names, in order (legend)
     * @param colours one colour per series
     */
    static String stackedBars(String title, List<Bar> bars, List<String> series, List<String> colours, int labelWidth) {
        int max = bars.stream().mapToInt(b -> sum(b.counts())).max().orElse(0);
        int width = labelWidth + BAR_AREA + 60;
        int height = TOP + bars.size() * ROW + 10;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" aria-label=\"")
                .append(HtmlReport.esc(title)).append("\">");
        sb.append("<title>").append(HtmlReport.esc(title)).append("</title>");
        int x = labelWidth;
        for (int i = 0; i < series.size(); i++) {
            sb.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
                    .append(colours.get(i)).append("\"/>");
            sb.append("<text x=\"").append(x + 16).append("\" y=\"16\" class=\"legend\">")
                    .append(HtmlReport.esc(series.get(i))).append("</text>");
            x += 24 + series.get(i).length() * 7;
        }
        for (int row = 0; row < bars.size(); row++) {
            Bar b = bars.get(row);
            int y = TOP + row * ROW;
            sb.append("<g><title>").append(HtmlReport.esc(b.tooltip())).append("</title>");
            sb.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" class=\"label\">").append(HtmlReport.esc(cut(b.label(), labelWidth / 7)))
                    .append("</text>");
            double at = labelWidth;
            for (int i = 0; i < b.counts().length; i++) {
                int n = b.counts()[i];
                if (n == 0 || max == 0) {
                    continue;
                }
                double w = (double) BAR_AREA * n / max;
                sb.append("<rect x=\"").append(fmt(at)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(ROW - 6).append("\" fill=\"").append(colours.get(i)).append("\"/>");
                if (w >= 8 + 7 * String.valueOf(n).length()) {
                    sb.append("<text x=\"").append(fmt(at + w / 2)).append("\" y=\"").append(y + 15)
                            .append("\" text-anchor=\"middle\" class=\"count\">").append(n).append("</text>");
                }
                at += w;
            }
            sb.append("<text x=\"").append(fmt(at + 6)).append("\" y=\"").append(y + 15).append("\" class=\"total\">")
                    .append(sum(b.counts())).append("</text></g>");
        }
        return sb.append("</svg>").toString();
    }

    private static int sum(int[] counts) {
        int s = 0;
        for (int c : counts) {
            s += c;
        }
        return s;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String cut(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, Math.max(1, n - 1))) + "…";
    }
}
