package vn.xkmt.web.evaluation;

import java.util.List;
import vn.xkmt.ruleset.RuleSetCatalog;

/**
 * The rule set versions a stored evaluation recorded, ready to evaluate with again.
 *
 * @param catalog  exactly the recorded versions: those still in force, and those rebuilt from their snapshot
 * @param restored recorded versions ({@code id@version#hash}) rebuilt from their snapshot (no longer in force)
 * @param missing  recorded versions neither in force nor kept: the version in force with the same id
 *                 and version stands in, so the result may differ
 */
record RecordedRules(RuleSetCatalog catalog, List<String> restored, List<String> missing) {

    /** A recorded {@code id@version#contentHash}, or null when it is not one. */
    record Ref(String id, String version, String hash) {

        static Ref parse(String recorded) {
            int at = recorded.indexOf('@');
            int hash = recorded.lastIndexOf('#');
            if (at <= 0 || hash <= at + 1 || hash == recorded.length() - 1) {
                return null;
            }
            return new Ref(recorded.substring(0, at), recorded.substring(at + 1, hash), recorded.substring(hash + 1));
        }
    }
}
