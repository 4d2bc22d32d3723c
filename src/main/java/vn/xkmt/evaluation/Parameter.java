package vn.xkmt.evaluation;

import java.math.BigDecimal;

/**
 * A threshold or reading of a rule set, as in force on the reference date: e.g.
 * {@code nguoi_nghien_ngoai_cong_dong_duoi = 10 người}. Inserted as a fact; rules match it by name.
 */
public record Parameter(String name, Object value, String unit) {

    public int intValue() {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).intValueExact();
        }
        if (value instanceof String s) {
            return Integer.parseInt(s.trim());
        }
        throw new IllegalStateException("Parameter " + name + " is not a whole number: " + value);
    }

    public boolean isTrue() {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }
}
