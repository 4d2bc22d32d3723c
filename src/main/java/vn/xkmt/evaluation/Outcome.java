package vn.xkmt.evaluation;

/** The outcome of a condition or criterion. FAIL beats INSUFFICIENT_DATA beats PASS. */
public enum Outcome {
    PASS("Đạt", "Pass"),
    FAIL("Không đạt", "Fail"),
    INSUFFICIENT_DATA("Chưa đủ dữ liệu", "Insufficient data");

    private final String vi;
    private final String en;

    Outcome(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String label(String lang) {
        return "en".equals(lang) ? en : vi;
    }

    /** The three-valued AND: FAIL if either fails, else INSUFFICIENT_DATA if either is, else PASS. */
    public Outcome and(Outcome o) {
        if (this == FAIL || o == FAIL) {
            return FAIL;
        }
        if (this == INSUFFICIENT_DATA || o == INSUFFICIENT_DATA) {
            return INSUFFICIENT_DATA;
        }
        return PASS;
    }

    /** The message key suffix: pass, fail, unknown. */
    public String key() {
        return switch (this) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case INSUFFICIENT_DATA -> "unknown";
        };
    }
}
