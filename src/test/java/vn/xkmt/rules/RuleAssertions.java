package vn.xkmt.rules;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import vn.xkmt.commune.CellRef;
import vn.xkmt.evaluation.CriterionResult;
import vn.xkmt.evaluation.Evidence;
import vn.xkmt.evaluation.Explanations;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.UnitFacts;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.TestRuleSets;

/** Evaluates a built commune or annual row under a rule set and reads its criteria as the user would. */
final class RuleAssertions {

    private final String ruleSet;
    private final UnitResult result;

    private RuleAssertions(String ruleSet, UnitResult result) {
        this.ruleSet = ruleSet;
        this.result = result;
    }

    static RuleAssertions evaluate(String ruleSet, CommuneBuilder commune) {
        return new RuleAssertions(ruleSet, TestRuleSets.ruleSet(ruleSet).evaluate(commune.facts()));
    }

    /** Any unit: a commune's facts or an annual report row ({@code AnnualReportBuilder.facts()}). */
    static RuleAssertions evaluate(String ruleSet, UnitFacts facts) {
        return new RuleAssertions(ruleSet, TestRuleSets.ruleSet(ruleSet).evaluate(facts));
    }

    UnitResult result() {
        return result;
    }

    Outcome outcome(String criterion) {
        return result.criterion(criterion).outcome();
    }

    String vi(String criterion) {
        return explanations().criterion(result.criterion(criterion), Lang.VI);
    }

    String en(String criterion) {
        return explanations().criterion(result.criterion(criterion), Lang.EN);
    }

    String remedyVi(String criterion) {
        return explanations().remedy(result.criterion(criterion), Lang.VI);
    }

    String remedyEn(String criterion) {
        return explanations().remedy(result.criterion(criterion), Lang.EN);
    }

    /** The verdict in the rule set's own words ({@code Đạt toàn bộ chỉ tiêu}). */
    String verdictLabel(Lang lang) {
        return explanations().verdict(result.verdict(), lang);
    }

    /** Evidence ids (person ids, village or model names) behind the criterion's deciding findings. */
    List<String> evidenceIds(String criterion) {
        return Explanations.deciding(result.criterion(criterion)).stream().flatMap(f -> f.evidence().stream())
                .map(Evidence::id).distinct().toList();
    }

    List<String> evidencePlaces(String criterion) {
        return Explanations.deciding(result.criterion(criterion)).stream().flatMap(f -> f.evidence().stream())
                .map(Evidence::place).distinct().toList();
    }

    /** Cells to fill, as {@code Nguoi!E3}. */
    List<String> missing(String criterion) {
        CriterionResult c = result.criterion(criterion);
        return Explanations.deciding(c).stream().flatMap(f -> f.missing().stream()).map(CellRef::a1).distinct().toList();
    }

    void allPassExcept(String... failing) {
        List<String> expected = List.of(failing);
        for (CriterionResult c : result.criteria()) {
            if (!expected.contains(c.id())) {
                assertThat(c.outcome()).as(c.id() + ": " + explanations().criterion(c, Lang.VI)).isEqualTo(Outcome.PASS);
            }
        }
    }

    private Explanations explanations() {
        return TestRuleSets.explanations(ruleSet);
    }
}
