package vn.xkmt.commune;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese documents write them, {@code 20/11/2024}: the one format every message, report and page uses. */
public final class Dates {

    /** {@code dd/MM/yyyy}. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    /** {@code 2024-11-20} → {@code 20/11/2024}; null is empty. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
