package vn.xkmt.web.council;

/** The council's decision on one commune. */
public enum Decision {
    /** Công nhận. */
    RECOGNISED,
    /** Không công nhận. */
    NOT_RECOGNISED,
    /** Hoãn. */
    DEFERRED,
    /** Giữ vững (a re-appraised commune keeps its recognition). */
    KEPT,
    /** Thu hồi công nhận. */
    REVOKED;

    /** A decision that stands on the commune passing: taken on a result that did not pass, it is an override. */
    boolean needsPass() {
        return this == RECOGNISED || this == KEPT;
    }
}
