package vn.xkmt.web.register;

/** A commune's status in the register once an event took effect. */
public enum RegisterStatus {
    /** Registered to build a drug-free commune (registration date and baseline). */
    REGISTERED,
    /** Proposed for recognition: in a meeting's frozen pack. */
    PROPOSED,
    /** Recognised by the province's decision. */
    RECOGNISED,
    /** Not recognised by the council. */
    NOT_RECOGNISED,
    /** Recognised, and kept at a re-appraisal. */
    KEPT,
    /** Recognition revoked by the province's decision. */
    REVOKED;

    /** Whether the commune counts as recognised (towards targets, for re-appraisal). */
    public boolean recognised() {
        return this == RECOGNISED || this == KEPT;
    }
}
