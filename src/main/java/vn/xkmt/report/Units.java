package vn.xkmt.report;

import vn.xkmt.commune.Dates;
import vn.xkmt.text.Lang;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.xkmt.evaluation.CriterionDef;
import vn.xkmt.evaluation.CriterionResult;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.result.VerdictTallies;

/** What every report reads from results the same way: places, criterion columns, counts. */
final class Units {

    static final DateTimeFormatter DATE = Dates.DAY;

    private Units() {
    }

    /** One criterion column of a summary: a rule set's criterion, titled from its latest version used. */
    record Column(String ruleSetId, CriterionDef criterion) {

        String id() {
            return criterion.id();
        }
    }

    /** The criteria of the rule sets used, grouped by rule set id, in manifest order. */
    static Map<String, List<Column>> columns(List<RuleSetDefinition> used) {
        Map<String, Map<String, Column>> byRuleSet = new LinkedHashMap<>();
        for (RuleSetDefinition def : used) {
            Map<String, Column> cols = byRuleSet.computeIfAbsent(def.id(), k -> new LinkedHashMap<>());
            for (CriterionDef c : def.criteria()) {
                cols.put(c.id(), new Column(def.id(), c));
            }
        }
        Map<String, List<Column>> out = new LinkedHashMap<>();
        byRuleSet.forEach((id, cols) -> out.put(id, new ArrayList<>(cols.values())));
        return out;
    }



    /** {@code 02683} or {@code TV/2023} for an annual row. */
    static String code(UnitResult r) {
        return r.year() == null ? nz(r.unitCode()) : nz(r.unitCode()) + "/" + r.year();
    }

    static String ids(UnitResult r, Outcome o) {
        return r.criteria().stream().filter(c -> c.outcome() == o).map(CriterionResult::id)
                .collect(Collectors.joining(", "));
    }

    /**
     * PASS, FAIL, INSUFFICIENT_DATA counts of one criterion over the results of its rule set; results
     * with no version in force on their reference date are not counted (their criteria are for reference).
     */
    static Map<Outcome, Integer> tally(List<UnitResult> results, Column col) {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            m.put(o, 0);
        }
        for (UnitResult r : results) {
            if (!r.ruleSet().id().equals(col.ruleSetId()) || r.forReference()) {
                continue;
            }
            r.criteria().stream().filter(c -> c.id().equals(col.id())).findFirst()
                    .ifPresent(c -> m.merge(c.outcome(), 1, Integer::sum));
        }
        return m;
    }


    /**
     * Results counted by verdict under the labels that name them.
     *
     * @param ruleSetId the rule set whose results these are; null for the whole run
     * @param words     the labels of the rule set version whose manifest names the verdicts (the default ones
     *                  when no rule set was used)
     */
    record Tally(String ruleSetId, VerdictTallies.Words words, List<UnitResult> results, Map<Verdict, Integer> counts) {

        Tally(VerdictTallies.Tally<UnitResult> t) {
            this(t.ruleSetId(), t.words(), t.items(), t.counts());
        }

        String label(Verdict v, Lang lang) {
            return words.label(v, lang);
        }

        int units() {
            return results.size();
        }

        /**
         * {@code Đạt toàn bộ chỉ tiêu 3 · Chưa đạt chỉ tiêu 2 · Chưa đủ dữ liệu 0}, then the units with
         * no rule set in force on their reference date when there are any, apart.
         */
        String line(Lang lang) {
            StringBuilder sb = new StringBuilder();
            for (Verdict v : shown(counts)) {
                sb.append(v.ordinal() > 0 ? " · " : "").append(label(v, lang)).append(' ').append(counts.get(v));
            }
            return sb.toString();
        }
    }

    /** The verdicts a count shows: the three of criteria.md always, NOT_IN_FORCE when some unit has it. */
    static List<Verdict> shown(Map<Verdict, Integer> counts) {
        return VerdictTallies.shown(counts);
    }

    /**
     * The counts by verdict ({@link VerdictTallies}, as the web counts them): one tally of the whole run when every
     * rule set version used labels its verdicts alike, else one per rule set (by id, labelled as its latest
     * version used), each in its own words.
     */
    static List<Tally> tallies(List<UnitResult> results, List<RuleSetDefinition> used) {
        return VerdictTallies.of(results, r -> r.ruleSet().id(), UnitResult::verdict, words(used)).stream()
                .map(Tally::new).toList();
    }

    /** The counts by verdict of each rule set used (by id, labelled as its latest version used), in its own words. */
    static List<Tally> byRuleSet(List<UnitResult> results, List<RuleSetDefinition> used) {
        return VerdictTallies.byRuleSet(results, r -> r.ruleSet().id(), UnitResult::verdict, words(used)).stream()
                .map(Tally::new).toList();
    }

    private static List<VerdictTallies.Words> words(List<RuleSetDefinition> used) {
        return used.stream().map(d -> VerdictTallies.Words.of(d.id(), d::verdictLabel)).toList();
    }

    /**
     * The rule set versions used whose plan sets deadlines ({@code deadlines:} of the manifest), each
     * list once: two versions of a rule set with the same deadlines show them once, as the later.
     */
    static List<RuleSetDefinition> withDeadlines(List<RuleSetDefinition> used) {
        Map<List<Object>, RuleSetDefinition> out = new LinkedHashMap<>();
        for (RuleSetDefinition d : used) {
            if (!d.deadlines().isEmpty()) {
                List<Object> key = List.of(d.id(), d.deadlines());
                out.remove(key);
                out.put(key, d);
            }
        }
        return new ArrayList<>(out.values());
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    static String period(LocalDate from, LocalDate to, Lang lang) {
        if (from == null && to == null) {
            return "";
        }
        if (to == null) {
            return Texts.t("from", lang) + " " + date(from);
        }
        return date(from) + " – " + date(to);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
