package vn.xkmt.evaluation;

import vn.xkmt.text.Lang;

/** The outcome of a condition or criterion. FAIL beats INSUFFICIENT_DATA beats PASS. */
public enum Outcome {
    PASS,
    FAIL,
    INSUFFICIENT_DATA;

    public String label(Lang lang) {
        return EngineWords.get("outcome." + name(), lang);
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
