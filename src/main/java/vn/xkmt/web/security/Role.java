package vn.xkmt.web.security;

/** What a user may do. Each user is also bound to one or more provinces (admins to all). */
public enum Role {
    /** Uploads workbooks and reads the results of their provinces. */
    APPRAISER,
    /** Reads the results of their provinces; owns their rule sets (rule editing). */
    POLICY_EDITOR,
    /**
     * The appraisal council's secretariat: prepares recognition meetings, records the council's
     * decisions and the province's decision numbers, keeps the register; reads results of their provinces.
     */
    SECRETARIAT,
    /** Everything, every province; manages accounts. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
