package vn.xkmt.ruleset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.xkmt.evaluation.RuleProblem;

/** A date of a rule set's YAML files, written yyyy-mm-dd; blank is no date. */
final class YamlDate {

    private YamlDate() {
    }

    /** The date {@code v} says; null when blank, or when it is not a date (then a problem names the field). */
    static LocalDate parse(Object v, String field, String file, List<RuleProblem> problems) {
        if (v == null || String.valueOf(v).isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(v).trim());
        } catch (DateTimeParseException e) {
            problems.add(new RuleProblem(file, 0, 0, field + ": \"" + v
                    + "\" " + RuleSetWords.both("notDate")));
            return null;
        }
    }
}
