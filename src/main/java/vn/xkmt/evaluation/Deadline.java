package vn.xkmt.evaluation;

import vn.xkmt.text.Lang;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

/**
 * A deadline or milestone the plan of a rule set sets, from its manifest ({@code deadlines:}), shown
 * beside a run's results: {@code Báo cáo năm gửi Công an tỉnh trước ngày 16/12}. It decides nothing.
 *
 * @param text     the sentence by language ({@code vi}, {@code en}), naming the date
 * @param dayMonth the day and month, every year of the plan ({@code 16/12}); null when not given
 * @param date     a fixed date ({@code 2024-06-20}); null when not given
 * @param source   the passage of the document that sets it
 */
public record Deadline(Map<String, String> text, MonthDay dayMonth, LocalDate date, String source) {

    public Deadline {
        text = Map.copyOf(text);
    }

    /** The sentence in {@code lang}, else in Vietnamese; empty when the manifest gives none. */
    public String text(Lang lang) {
        String t = text.get(lang == Lang.EN ? "en" : "vi");
        return t != null ? t : text.getOrDefault("vi", "");
    }

    /** {@code 16/12}, {@code 20/6/2024}, or empty when the manifest gives no date. */
    public String due() {
        if (date != null) {
            return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
        }
        return dayMonth == null ? "" : dayMonth.getDayOfMonth() + "/" + dayMonth.getMonthValue();
    }
}
