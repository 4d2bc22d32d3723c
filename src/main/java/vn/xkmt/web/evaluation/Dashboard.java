package vn.xkmt.web.evaluation;

import java.util.List;
import java.util.Map;

/**
 * A province at a glance: the latest verdict of every commune or annual report row evaluated,
 * counted by verdict.
 *
 * @param counts verdict code → number of units, in verdict order
 */
public record Dashboard(Province province, Map<String, Integer> counts, List<UnitRow> latest) {

    public int total() {
        return latest.size();
    }

    /** {@code communes} when every unit is a commune, else {@code units} (annual rows of a province or district). */
    public String noun() {
        return latest.stream().allMatch(u -> u.year() == null) ? "communes" : "units";
    }
}
