package vn.xkmt.cli;

import java.io.PrintWriter;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.ruleset.RuleSetCatalog;

/** Reads {@code --ruleset ID} or {@code ID@VERSION} against the rule sets that loaded. */
final class RuleSetChoice {

    private RuleSetChoice() {
    }

    /** The run options, or null (after printing why) when the rule set or version is unknown. */
    static RunOptions parse(String value, RuleSetCatalog catalog, PrintWriter err) {
        if (value == null) {
            return RunOptions.DEFAULT;
        }
        String id = value;
        String version = null;
        int at = value.indexOf('@');
        if (at >= 0) {
            id = value.substring(0, at);
            version = value.substring(at + 1);
        }
        if (catalog.versions(id).isEmpty()) {
            err.println(CliWords.both("noRuleSet", id, String.join(", ", catalog.ids())));
            return null;
        }
        if (version != null && catalog.version(id, version).isEmpty()) {
            String known = String.join(", ", catalog.versions(id).stream().map(r -> r.version()).toList());
            err.println(CliWords.both("noVersion", id, version, known));
            return null;
        }
        return new RunOptions(id, version, 0);
    }
}
