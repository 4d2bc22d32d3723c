package vn.xkmt.web.council;

/** Where a meeting's record stands. */
public enum MeetingStatus {
    /** Candidates being added; nothing decided. */
    DRAFT,
    /** The pack is fixed; the council's decisions are recorded. */
    FROZEN,
    /** The province's decision number and date are entered; only amendments with a reason. */
    CLOSED
}
