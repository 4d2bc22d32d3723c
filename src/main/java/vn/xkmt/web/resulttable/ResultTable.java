package vn.xkmt.web.resulttable;

import java.util.List;
import vn.xkmt.web.communeresult.Text;

/**
 * The communes of one evaluation under one rule set, as a table an officer reads at a glance: one
 * row per commune, one column per criterion, the outcome of each as a coloured label.
 */
public record ResultTable(String ruleSet, List<Column> columns, List<Row> rows) {

    /** A criterion column. */
    public record Column(String id, Text title) {}

    /** One commune: its verdict, how many criteria it did not pass, its warnings, one cell per column. */
    public record Row(String unitCode, String unitName, String district, String verdict, Text verdictLabel, int notPassing,
                      List<Cell> cells, List<Text> warnings) {}

    /** One criterion's outcome for one commune ({@code null} outcome: the criterion does not apply). */
    public record Cell(String criterionId, String outcome, Text label) {}

    /** The districts named by the rows, sorted, for the filter. */
    public List<String> districts() {
        return rows.stream().map(Row::district).filter(d -> d != null && !d.isBlank()).distinct().sorted().toList();
    }
}
