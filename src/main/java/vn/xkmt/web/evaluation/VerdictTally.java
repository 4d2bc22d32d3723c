package vn.xkmt.web.evaluation;

import java.util.List;

/**
 * Stored results counted by verdict under the labels that name them: the whole set when every rule
 * set among them labels its verdicts alike, else one rule set's.
 *
 * @param ruleSetId the rule set whose results these are; null when they are counted together
 * @param communes  every result counted is a commune's (not an annual report row's)
 * @param counts    one per verdict, in verdict order
 */
public record VerdictTally(String ruleSetId, int units, boolean communes, List<Count> counts) {

    /** One verdict: its code, its label in the page's language, how many results have it. */
    public record Count(String verdict, String label, int count) {}

    public VerdictTally {
        counts = List.copyOf(counts);
    }

    /** {@code communes} or {@code units}: the noun for message keys ({@code result.summary.units}: "{0} đơn vị"). */
    public String noun() {
        return communes ? "communes" : "units";
    }
}
