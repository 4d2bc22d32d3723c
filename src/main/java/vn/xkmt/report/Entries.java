package vn.xkmt.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.result.Bilingual;
import vn.xkmt.report.result.ConditionFinding;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.report.result.VerdictTallies;
import vn.xkmt.text.Lang;

/** What the workbook and the HTML report read from the units' records the same way: places, counts, texts. */
final class Entries {

    private Entries() {
    }

    static String district(UnitEntry u) {
        return text(u.district());
    }

    static String province(UnitEntry u) {
        return text(u.province());
    }

    /** {@code 02683} or {@code TV/2023} for an annual row. */
    static String code(UnitEntry u) {
        return u.year() == null ? nz(u.unitCode()) : nz(u.unitCode()) + "/" + u.year();
    }

    /** A text of a record in a language; empty when the record does not have it. */
    static String get(Bilingual b, Lang lang) {
        return b == null ? "" : nz(b.get(lang));
    }

    /** A text of a record in a language, or null when the record does not have it. */
    static String orNull(Bilingual b, Lang lang) {
        return b == null ? null : b.get(lang);
    }

    /** The findings with the criterion's own outcome: the failing ones, the undecided ones, or all. */
    static List<ConditionFinding> deciding(CriterionEntry c) {
        return c.findings().stream().filter(f -> f.outcome() == c.outcome()).toList();
    }

    /**
     * PASS, FAIL, INSUFFICIENT_DATA counts of one criterion over the results of its rule set; results with no
     * version in force on their reference date are not counted (their criteria are for reference).
     */
    static Map<Outcome, Integer> tally(List<UnitEntry> results, ReportRun.Column col) {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            m.put(o, 0);
        }
        for (UnitEntry r : results) {
            if (!r.ruleSet().equals(col.ruleSetId()) || r.criteriaForReference()) {
                continue;
            }
            r.criteria().stream().filter(c -> c.id().equals(col.id())).findFirst()
                    .ifPresent(c -> m.merge(c.outcome(), 1, Integer::sum));
        }
        return m;
    }

    /** Results counted by verdict under the labels that name them ({@code ruleSetId} null for the whole run). */
    record Tally(String ruleSetId, VerdictTallies.Words words, List<UnitEntry> results, Map<Verdict, Integer> counts) {

        Tally(VerdictTallies.Tally<UnitEntry> t) {
            this(t.ruleSetId(), t.words(), t.items(), t.counts());
        }

        String label(Verdict v, Lang lang) {
            return words.label(v, lang);
        }

        int units() {
            return results.size();
        }
    }

    /** How a verdict chart places units: by district, by reporting unit (annual rows only), or by province. */
    enum Places {
        DISTRICT("byDistrict"), UNIT("byUnit"), PROVINCE("byProvince");

        final String title;

        Places(String title) {
            this.title = title;
        }

        static Places of(List<UnitEntry> results) {
            if (results.stream().anyMatch(r -> district(r) != null)) {
                return DISTRICT;
            }
            return !results.isEmpty() && results.stream().allMatch(UnitEntry::annual) ? UNIT : PROVINCE;
        }

        String of(UnitEntry r) {
            return switch (this) {
                case DISTRICT -> district(r) != null ? district(r) : r.annual() ? unit(r) : null;
                case UNIT -> unit(r);
                case PROVINCE -> province(r);
            };
        }
    }

    private static String unit(UnitEntry r) {
        return text(r.unitName()) != null ? r.unitName() : text(r.unitCode());
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String text(Object o) {
        return o == null || o.toString().isBlank() ? null : o.toString();
    }
}
