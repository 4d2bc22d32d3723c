package vn.xkmt.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A dated parameter of a rule set, OpenFisca style: each value holds from its date until the next.
 *
 * @param reference the passage of the source document the value comes from
 */
public record ParameterDef(String name, String unit, String description, String reference,
                           NavigableMap<LocalDate, Object> values) {

    public ParameterDef {
        values = new TreeMap<>(values);
    }

    public static ParameterDef of(String name, String unit, String description, String reference,
                                  Map<LocalDate, Object> values) {
        return new ParameterDef(name, unit, description, reference, new TreeMap<>(values));
    }

    /** The value in force on {@code date}; before the first date, the first value. */
    public Parameter at(LocalDate date) {
        Map.Entry<LocalDate, Object> e = date == null ? null : values.floorEntry(date);
        if (e == null) {
            e = values.firstEntry();
        }
        return new Parameter(name, e == null ? null : e.getValue(), unit);
    }
}
