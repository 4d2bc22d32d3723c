package vn.xkmt.ruleset;

import vn.xkmt.evaluation.CompiledRuleSet;
import vn.xkmt.evaluation.RuleSetDefinition;

/** A rule set version ready to evaluate. */
public record LoadedRuleSet(CompiledRuleSet compiled) {

    public RuleSetDefinition definition() {
        return compiled.definition();
    }

    public String id() {
        return definition().id();
    }

    public String version() {
        return definition().version();
    }
}
