package vn.xkmt.web.evaluation;

import java.time.LocalDate;

/**
 * What the history shows: every filter optional.
 *
 * @param province a province name, slug or key
 * @param commune  part of a commune code or name (accents and case ignored)
 * @param from     first day, inclusive
 * @param to       last day, inclusive
 * @param page     from 0
 */
public record HistoryFilter(String province, String commune, LocalDate from, LocalDate to, int page, int size) {

    public HistoryFilter {
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, 200);
    }

    public static HistoryFilter all() {
        return new HistoryFilter(null, null, null, null, 0, 50);
    }
}
