package vn.xkmt.web.evaluation;

import java.util.List;
import java.util.Map;

/**
 * A province at a glance: the latest verdict of every commune evaluated, counted by verdict.
 *
 * @param counts verdict code → number of communes, in verdict order
 */
public record Dashboard(Province province, Map<String, Integer> counts, List<UnitRow> latest) {

    public int total() {
        return latest.size();
    }
}
