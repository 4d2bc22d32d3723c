package vn.xkmt.web.resulttable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.xkmt.report.result.Bilingual;
import vn.xkmt.report.result.ConditionFinding;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.Problem;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.web.communeresult.Text;

/**
 * Builds the result page's tables from a stored result (as the page already holds it): one table per rule set,
 * criteria in the rule set's order; a data warning goes beside the commune whose row of the commune sheet it
 * names. Templates call it as {@code @resultTables}.
 */
@Component("resultTables")
public class ResultTables {

    public List<ResultTable> of(RunDocument document) {
        Map<String, List<UnitEntry>> byRuleSet = new LinkedHashMap<>();
        for (UnitEntry r : document.results()) {
            byRuleSet.computeIfAbsent(r.ruleSet(), k -> new ArrayList<>()).add(r);
        }
        List<ResultTable> out = new ArrayList<>();
        byRuleSet.forEach((ruleSet, results) -> {
            Map<String, ResultTable.Column> columns = new LinkedHashMap<>();
            for (UnitEntry r : results) {
                for (CriterionEntry c : r.criteria()) {
                    columns.putIfAbsent(c.id(), new ResultTable.Column(c.id(), text(c.title())));
                }
            }
            List<ResultTable.Row> rows = new ArrayList<>();
            for (UnitEntry r : results) {
                Map<String, CriterionEntry> byId = new LinkedHashMap<>();
                r.criteria().forEach(c -> byId.put(c.id(), c));
                List<ResultTable.Cell> cells = new ArrayList<>();
                int notPassing = 0;
                for (String id : columns.keySet()) {
                    CriterionEntry c = byId.get(id);
                    if (c != null && !c.passing()) {
                        notPassing++;
                    }
                    cells.add(new ResultTable.Cell(id, c == null ? null : c.outcome().name(),
                            c == null ? null : text(c.outcomeLabel())));
                }
                rows.add(new ResultTable.Row(r.unitCode(), r.unitName(), r.district(), r.verdict().name(),
                        text(r.verdictLabel()), notPassing, cells, warningsOf(r, document.warnings())));
            }
            out.add(new ResultTable(ruleSet, List.copyOf(columns.values()), rows));
        });
        return out;
    }

    /**
     * The warnings that concern a commune: on its own row of the commune sheet, or on a row its
     * criteria cite as evidence (a person, village or model row of that commune).
     */
    public List<Text> warningsOf(UnitEntry result, List<Problem> warnings) {
        Set<String> rows = new HashSet<>();
        rows.add("Xa!" + result.row());
        for (CriterionEntry c : result.criteria()) {
            for (ConditionFinding f : c.findings()) {
                for (ConditionFinding.EvidenceRow e : f.evidence()) {
                    rows.add(e.sheet() + "!" + e.row());
                }
            }
        }
        String file = result.file();
        List<Text> out = new ArrayList<>();
        for (Problem w : warnings) {
            if (w.row() != null && rows.contains(w.sheet() + "!" + w.row())
                    && (file == null || w.file() == null || Objects.equals(file, w.file()))) {
                out.add(text(w.message()));
            }
        }
        return out;
    }

    private static Text text(Bilingual b) {
        return b == null ? null : new Text(b.vi(), b.en());
    }
}
