package vn.xkmt.web.communeresult;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One commune's stored result, read back for the council, the register and the targets: its verdict
 * and every criterion with outcome, explanation, remedy and evidence rows. Persons appear by id only,
 * as in the stored result. A verdict is a code; only {@code ELIGIBLE} counts as passing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitResultView(String unitCode, String unitName, String province, String district, String ruleSet,
                             String ruleSetVersion, String ruleSetHash, String referenceDate, String verdict,
                             Text verdictLabel, List<Criterion> criteria) {

    public static final String ELIGIBLE = "ELIGIBLE";

    public UnitResultView {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public boolean eligible() {
        return ELIGIBLE.equals(verdict);
    }

    /** The criteria that did not pass (failed, or not enough data, or any other outcome but PASS). */
    public List<Criterion> notPassing() {
        return criteria.stream().filter(c -> !c.passed()).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Criterion(String id, Text title, String outcome, Text outcomeLabel, Text explanation, Text remedy,
                            List<Finding> findings) {

        public Criterion {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }

        public boolean passed() {
            return "PASS".equals(outcome);
        }

        /** Every evidence row of the criterion's findings, as {@code Nguoi!20 NN-001}. */
        public List<String> evidence() {
            return findings.stream().flatMap(f -> f.evidence().stream())
                    .map(e -> e.sheet() + "!" + e.row() + (e.id() == null ? "" : " " + e.id())).distinct().toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String outcome, Text explanation, List<Evidence> evidence) {

        public Finding {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(String sheet, Integer row, String id) {}
}
