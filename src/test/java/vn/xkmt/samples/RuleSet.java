package vn.xkmt.samples;

import java.time.LocalDate;
import java.util.List;

/**
 * The four rule sets, the version whose golden cases are generated (the latest: earlier versions keep
 * their committed cases, so that they re-run as they were), its period as criteria.md gives it, and
 * the criteria ids.
 */
enum RuleSet {
    LAO_CAI("lao-cai", "2023.1", LocalDate.of(2023, 11, 15), null,
            List.of("LC1", "LC2", "LC3", "LC4", "LC5", "LC6")),
    THANH_HOA("thanh-hoa", "2024.2", LocalDate.of(2024, 11, 1), LocalDate.of(2025, 12, 31),
            List.of("TH1", "TH2", "TH3", "TH4", "TH5", "TH6", "TH7", "TH8", "TH9")),
    HUNG_YEN("hung-yen", "2024.2", LocalDate.of(2024, 2, 19), LocalDate.of(2025, 12, 31),
            List.of("HY1", "HY2", "HY3", "HY4", "HY5", "HY6", "HY7")),
    TRA_VINH("tra-vinh", "2023.1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
            List.of("TV1", "TV2", "TV3", "TV4", "TV5", "TV6", "TV7", "TV8"));

    private final String id;
    private final String version;
    private final LocalDate from;
    private final LocalDate to;
    private final List<String> criteria;

    RuleSet(String id, String version, LocalDate from, LocalDate to, List<String> criteria) {
        this.id = id;
        this.version = version;
        this.from = from;
        this.to = to;
        this.criteria = criteria;
    }

    /** Whether the plan is in force on {@code r} (criteria.md's period); an unknown date is left to the criteria. */
    boolean inForce(LocalDate r) {
        return r == null || !r.isBefore(from) && (to == null || !r.isAfter(to));
    }

    String id() {
        return id;
    }

    /** {@code rules/lao-cai/2023.1/tests}. */
    String testsFolder() {
        return "rules/" + id + "/" + version + "/tests";
    }

    List<String> criteria() {
        return criteria;
    }
}
