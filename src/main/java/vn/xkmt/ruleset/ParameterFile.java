package vn.xkmt.ruleset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.xkmt.evaluation.ParameterDef;
import vn.xkmt.evaluation.RuleProblem;

/** One entry of {@code parameters.yaml}: OpenFisca-style dated values. */
record ParameterFile(String description, String unit, String reference, Map<String, Object> values) {

    /**
     * The parameter this entry defines, its values by the date they apply from; null, with a problem,
     * when it has no value at all.
     *
     * @param file the parameters file as shown in problems
     */
    ParameterDef definition(String name, String file, List<RuleProblem> problems) {
        if (values == null || values.isEmpty()) {
            problems.add(new RuleProblem(file, 0, 0, name + ": " + RuleSetWords.both("noValues")));
            return null;
        }
        Map<LocalDate, Object> dated = new TreeMap<>();
        values.forEach((d, v) -> {
            LocalDate date = YamlDate.parse(d, name + ".values", file, problems);
            if (date != null) {
                dated.put(date, v);
            }
        });
        return ParameterDef.of(name, unit, description, reference, dated);
    }
}
