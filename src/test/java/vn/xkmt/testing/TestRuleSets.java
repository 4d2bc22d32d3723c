package vn.xkmt.testing;

import java.nio.file.Path;
import vn.xkmt.evaluation.CompiledRuleSet;
import vn.xkmt.evaluation.Explanations;
import vn.xkmt.ruleset.RuleSetCatalog;

/** The rule sets of this repository's {@code rules/} folder, compiled once for all tests. */
public final class TestRuleSets {

    private static RuleSetCatalog catalog;

    private TestRuleSets() {
    }

    public static synchronized RuleSetCatalog catalog() {
        if (catalog == null) {
            catalog = RuleSetCatalog.load(Path.of("rules"));
            if (!catalog.problems().isEmpty()) {
                throw new IllegalStateException("rules/ has problems: " + catalog.problems());
            }
        }
        return catalog;
    }

    /** The only (or latest) version of a rule set. */
    public static CompiledRuleSet ruleSet(String id) {
        var versions = catalog().versions(id);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no rule set " + id + " in rules/");
        }
        return versions.get(versions.size() - 1).compiled();
    }

    public static Explanations explanations(String id) {
        return new Explanations(ruleSet(id).definition());
    }
}
