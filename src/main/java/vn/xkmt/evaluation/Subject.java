package vn.xkmt.evaluation;

/** What a rule set evaluates: communes (with their rows) or annual report rows. */
public enum Subject {
    COMMUNE, ANNUAL_REPORT
}
