package vn.xkmt.web.targets;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A dated target: by {@code dueDate}, {@code value} communes (COUNT) or {@code value} percent of
 * {@code totalCommunes} (SHARE) recognised, from the plan or document named in {@code source}.
 *
 * @param province normalised key, or {@code *} for the whole country
 */
public record Target(long id, String province, String provinceName, LocalDate dueDate, String kind, int value,
                     int totalCommunes, String source, String createdBy, OffsetDateTime createdAt, int version) {

    public static final String NATIONAL = "*";

    public boolean national() {
        return NATIONAL.equals(province);
    }

    /** The number of communes the target asks for (a share is rounded up). */
    public int required() {
        return "SHARE".equals(kind) ? (int) Math.ceil(value * (double) totalCommunes / 100.0) : value;
    }
}
