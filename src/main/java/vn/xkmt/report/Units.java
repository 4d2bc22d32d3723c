package vn.xkmt.report;

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

/** What every report reads from results the same way: places, criterion columns, counts. */
final class Units {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    static String district(UnitResult r) {
        return text(r.subject().value("district"));
    }

    static String province(UnitResult r) {
        return text(r.subject().value("province"));
    }

    /** {@code 02683} or {@code TV/2023} for an annual row. */
    static String code(UnitResult r) {
        return r.year() == null ? nz(r.unitCode()) : nz(r.unitCode()) + "/" + r.year();
    }

    static String ids(UnitResult r, Outcome o) {
        return r.criteria().stream().filter(c -> c.outcome() == o).map(CriterionResult::id)
                .collect(Collectors.joining(", "));
    }

    /** PASS, FAIL, INSUFFICIENT_DATA counts of one criterion over the results of its rule set. */
    static Map<Outcome, Integer> tally(List<UnitResult> results, Column col) {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            m.put(o, 0);
        }
        for (UnitResult r : results) {
            if (!r.ruleSet().id().equals(col.ruleSetId())) {
                continue;
            }
            r.criteria().stream().filter(c -> c.id().equals(col.id())).findFirst()
                    .ifPresent(c -> m.merge(c.outcome(), 1, Integer::sum));
        }
        return m;
    }

    static Map<Verdict, Integer> verdicts(List<UnitResult> results) {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            m.put(v, 0);
        }
        results.forEach(r -> m.merge(r.verdict(), 1, Integer::sum));
        return m;
    }

    /** A rule set's verdict label, or the default one when results of several rule sets are counted together. */
    static String verdictLabel(List<RuleSetDefinition> used, Verdict v, String lang) {
        List<String> labels = used.stream().map(d -> d.verdictLabel(v, lang)).distinct().toList();
        return labels.size() == 1 ? labels.get(0) : v.defaultLabel(lang);
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    static String period(LocalDate from, LocalDate to, String lang) {
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

    private static String text(Object o) {
        return o == null || o.toString().isBlank() ? null : o.toString();
    }
}
