package vn.xkmt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.ruleset.RuleSetCatalog;
import vn.xkmt.ruleset.RulesLocation;

/** {@code --rules DIR}: where the rule sets are (default: XKMT_RULES, ./rules, or the copy in the jar). */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Thư mục bộ tiêu chí / rules folder (mặc định/default: $XKMT_RULES, ./rules, bản trong jar)")
    Path dir;

    /** Loads the catalog and prints every refused rule set's problems; returns null when the folder is unusable. */
    RuleSetCatalog load(PrintWriter err) {
        try {
            RuleSetCatalog catalog = RuleSetCatalog.load(RulesLocation.resolve(dir));
            for (RuleProblem p : catalog.problems()) {
                err.println(CliWords.both("ruleSetError") + ": " + p);
            }
            return catalog;
        } catch (IOException e) {
            err.println(CliWords.both("cannotReadRules") + ": " + e.getMessage());
            return null;
        }
    }
}
