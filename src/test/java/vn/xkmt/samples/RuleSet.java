package vn.xkmt.samples;

import java.util.List;

/** The four rule sets and their criteria ids, as criteria.md lists them. */
enum RuleSet {
    LAO_CAI("lao-cai", "2023.1", List.of("LC1", "LC2", "LC3", "LC4", "LC5", "LC6")),
    THANH_HOA("thanh-hoa", "2024.1", List.of("TH1", "TH2", "TH3", "TH4", "TH5", "TH6", "TH7", "TH8", "TH9")),
    HUNG_YEN("hung-yen", "2024.1", List.of("HY1", "HY2", "HY3", "HY4", "HY5", "HY6", "HY7")),
    TRA_VINH("tra-vinh", "2023.1", List.of("TV1", "TV2", "TV3", "TV4", "TV5", "TV6", "TV7", "TV8"));

    private final String id;
    private final String version;
    private final List<String> criteria;

    RuleSet(String id, String version, List<String> criteria) {
        this.id = id;
        this.version = version;
        this.criteria = criteria;
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
