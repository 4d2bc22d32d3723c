package vn.xkmt.web.resulttable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.xkmt.web.communeresult.Text;

/**
 * Builds the result page's tables from a stored result document (as the page already holds it): one
 * table per rule set, criteria in the rule set's order; a data warning goes beside the commune whose
 * row of the commune sheet it names. Templates call it as {@code @resultTables}.
 */
@Component("resultTables")
public class ResultTables {

    public List<ResultTable> of(Map<String, Object> document) {
        Map<String, List<Map<?, ?>>> byRuleSet = new LinkedHashMap<>();
        for (Object o : list(document.get("results"))) {
            Map<?, ?> r = (Map<?, ?>) o;
            byRuleSet.computeIfAbsent(text(r.get("ruleSet")), k -> new ArrayList<>()).add(r);
        }
        List<Object> warnings = list(document.get("warnings"));
        List<ResultTable> out = new ArrayList<>();
        byRuleSet.forEach((ruleSet, results) -> {
            Map<String, ResultTable.Column> columns = new LinkedHashMap<>();
            for (Map<?, ?> r : results) {
                for (Object c : list(r.get("criteria"))) {
                    Map<?, ?> m = (Map<?, ?>) c;
                    columns.putIfAbsent(text(m.get("id")), new ResultTable.Column(text(m.get("id")), bilingual(m.get("title"))));
                }
            }
            List<ResultTable.Row> rows = new ArrayList<>();
            for (Map<?, ?> r : results) {
                Map<String, Map<?, ?>> byId = new LinkedHashMap<>();
                for (Object c : list(r.get("criteria"))) {
                    byId.put(text(((Map<?, ?>) c).get("id")), (Map<?, ?>) c);
                }
                List<ResultTable.Cell> cells = new ArrayList<>();
                int notPassing = 0;
                for (String id : columns.keySet()) {
                    Map<?, ?> c = byId.get(id);
                    String outcome = c == null ? null : text(c.get("outcome"));
                    if (outcome != null && !"PASS".equals(outcome)) {
                        notPassing++;
                    }
                    cells.add(new ResultTable.Cell(id, outcome, c == null ? null : bilingual(c.get("outcomeLabel"))));
                }
                rows.add(new ResultTable.Row(text(r.get("unitCode")), text(r.get("unitName")), text(r.get("district")),
                        text(r.get("verdict")), bilingual(r.get("verdictLabel")), notPassing, cells, warningsOf(r, warnings)));
            }
            out.add(new ResultTable(ruleSet, List.copyOf(columns.values()), rows));
        });
        return out;
    }

    /**
     * The warnings that concern a commune: on its own row of the commune sheet, or on a row its
     * criteria cite as evidence (a person, village or model row of that commune).
     */
    public List<Text> warningsOf(Map<?, ?> result, List<Object> warnings) {
        java.util.Set<String> rows = new java.util.HashSet<>();
        rows.add("Xa!" + result.get("row"));
        for (Object c : list(result.get("criteria"))) {
            for (Object f : list(((Map<?, ?>) c).get("findings"))) {
                for (Object e : list(((Map<?, ?>) f).get("evidence"))) {
                    rows.add(((Map<?, ?>) e).get("sheet") + "!" + ((Map<?, ?>) e).get("row"));
                }
            }
        }
        Object file = result.get("file");
        List<Text> out = new ArrayList<>();
        for (Object o : warnings) {
            Map<?, ?> w = (Map<?, ?>) o;
            if (w.get("row") != null && rows.contains(w.get("sheet") + "!" + w.get("row"))
                    && (file == null || w.get("file") == null || file.equals(w.get("file")))) {
                out.add(bilingual(w.get("message")));
            }
        }
        return out;
    }

    private static List<Object> list(Object o) {
        if (o instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        return List.of();
    }

    private static Text bilingual(Object o) {
        if (o instanceof Map<?, ?> m) {
            return new Text(text(m.get("vi")), text(m.get("en")));
        }
        return o == null ? null : new Text(o.toString(), o.toString());
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
