package vn.xkmt.evaluation;

import java.util.Collection;

/**
 * The verdict on a commune or annual row: every criterion passed, any failed, or neither; or no
 * version of the rule set was in force on the row's reference date (its criteria were evaluated
 * under the nearest version, for reference only, and it is never eligible).
 */
public enum Verdict {
    ELIGIBLE("Đủ điều kiện công nhận", "Eligible for recognition"),
    NOT_ELIGIBLE("Chưa đủ điều kiện công nhận", "Not eligible"),
    UNDETERMINED("Chưa đủ dữ liệu để kết luận", "Undetermined: data missing"),
    NOT_IN_FORCE("Không có bộ tiêu chí hiệu lực vào ngày xét", "No rule set in force on the reference date");

    private final String vi;
    private final String en;

    Verdict(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The default label; a rule set's manifest may give labels that fit its document. */
    public String defaultLabel(String lang) {
        return "en".equals(lang) ? en : vi;
    }

    public static Verdict of(Collection<Outcome> outcomes) {
        Outcome all = Outcome.PASS;
        for (Outcome o : outcomes) {
            all = all.and(o);
        }
        return switch (all) {
            case PASS -> ELIGIBLE;
            case FAIL -> NOT_ELIGIBLE;
            case INSUFFICIENT_DATA -> UNDETERMINED;
        };
    }
}
