package vn.xkmt.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.xkmt.evaluation.CompiledRuleSet;
import vn.xkmt.evaluation.CriterionDef;
import vn.xkmt.evaluation.ParameterDef;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.Subject;

/**
 * A rule set version written in a test rather than read from {@code rules/}: unless told otherwise a
 * commune rule set for province {@code X}, version 1, in folder {@code rules/<id>}, with no criteria,
 * parameters, messages nor DRL.
 */
public final class RuleSetBuilder {

    /** The day a parameter's value applies from, unless told otherwise. */
    public static final LocalDate PARAMETERS_FROM = LocalDate.of(2020, 1, 1);

    private final RuleSetDefinition.Builder definition;

    private RuleSetBuilder(String id) {
        definition = RuleSetDefinition.builder().id(id).version("1").name(id, id).authority("a").document("d")
                .source("src").provinces(List.of("X")).contentHash("h").folder("rules/" + id);
    }

    public static RuleSetBuilder ruleSet(String id) {
        return new RuleSetBuilder(id);
    }

    public RuleSetBuilder version(String version) {
        definition.version(version);
        return this;
    }

    public RuleSetBuilder subject(Subject subject) {
        definition.subject(subject);
        return this;
    }

    public RuleSetBuilder effective(LocalDate from, LocalDate to) {
        definition.effective(from, to);
        return this;
    }

    /** A criterion titled by its id, decided by these conditions. */
    public RuleSetBuilder criterion(String id, String... conditions) {
        definition.criterion(new CriterionDef(id, id, id, "p", List.of(conditions)));
        return this;
    }

    /** A parameter with one value, from {@link #PARAMETERS_FROM}. */
    public RuleSetBuilder parameter(String name, String unit, Object value) {
        definition.parameter(ParameterDef.of(name, unit, "", "", Map.of(PARAMETERS_FROM, value)));
        return this;
    }

    /** The message templates of one language ({@code vi}, {@code en}) by key. */
    public RuleSetBuilder messages(String lang, Map<String, String> templates) {
        definition.messages(lang, templates);
        return this;
    }

    public RuleSetBuilder drl(String fileName, String text) {
        definition.drl(fileName, text);
        return this;
    }

    public RuleSetDefinition build() {
        return definition.build();
    }

    public CompiledRuleSet compile() {
        return CompiledRuleSet.compile(build());
    }
}
