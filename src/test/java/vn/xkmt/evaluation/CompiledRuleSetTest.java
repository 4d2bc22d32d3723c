package vn.xkmt.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.CommuneBuilder.thanhHoa;
import static vn.xkmt.testing.PersonBuilder.addict;
import static vn.xkmt.testing.RuleSetBuilder.ruleSet;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledRuleSetTest {

    static final String DRL = """
            package xkmt.spike;
            import vn.xkmt.commune.*;
            import vn.xkmt.evaluation.*;
            import java.util.List;
            global Findings findings;

            rule "X1 dưới 10 người nghiện ngoài cộng đồng"
                @criterion("X1")
            when
                $limit : Parameter(name == "duoi")
                $members : List() from accumulate(
                    $p : Person(),
                    collectList( Member.counted($p, $p.is(Category.ADDICT).and($p.inCommunity())) ) )
            then
                insert(findings.personsFewerThan("X1", "duoi", $members, $limit));
            end
            """;

    @Test
    void givenDrlText_whenCompiled_thenACountWithAPersonOfUnknownResidenceIsARange() {
        var rs = ruleSet("spike").criterion("X1", "duoi").parameter("duoi", "người", 2).drl("X1.drl", DRL).compile();
        var unknownResidence = thanhHoa("X").with(addict("NN-1"), addict("NN-2").blank("residence")).facts();
        var r = rs.evaluate(unknownResidence);
        assertThat(r.criterion("X1").outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(r.criterion("X1").findings().get(0).missing()).extracting(cell -> cell.a1()).containsExactly("Nguoi!G3");
        var r2 = rs.evaluate(thanhHoa("X").with(addict("NN-1")).facts());
        assertThat(r2.criterion("X1").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void givenAConditionNoRuleDecides_thenTheCriterionIsUndeterminedNeverPassed() {
        var rs = ruleSet("spike").criterion("X1", "duoi", "khac").parameter("duoi", "người", 2).drl("X1.drl", DRL)
                .compile();
        var r = rs.evaluate(thanhHoa("X").facts());
        assertThat(r.criterion("X1").outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(r.criterion("X1").findings()).extracting(Finding::variant).contains(FindingVariant.NO_RULE);
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void givenDrlNamingAnUnknownType_thenTheErrorNamesFileLineAndTheColumnOfTheType() {
        var problems = compileErrors(DRL.replace("$limit : Parameter", "$limit : NoSuchType"));

        assertThat(problems).first().hasToString("rules/spike/X1.drl:10:14: Unable to find class: NoSuchType");
        assertThat(problems.get(0).column()).isEqualTo(14);
    }

    @Test
    void givenDrlWithASyntaxError_thenTheErrorNamesFileLineAndColumnInPlainWords() {
        // line 10 is "    $limit : Parameter(name == == \"duoi\")": the second "==" starts at column 32
        var problems = compileErrors(DRL.replace("name == \"duoi\"", "name == == \"duoi\""));

        assertThat(problems).extracting(RuleProblem::toString).containsExactly(
                "rules/spike/X1.drl:10:32: no viable alternative at input '==' in rule \"X1 dưới 10 người nghiện ngoài cộng đồng\"");
    }

    @Test
    void givenAnUnknownFieldInAConstraint_thenTheColumnIsWhereTheExpressionStarts() {
        var problems = compileErrors(DRL.replace("name == \"duoi\"", "nme == \"duoi\""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.toString()).isEqualTo("rules/spike/X1.drl:10:24: Unable to parse left part of expression: nme == \"duoi\"");
            assertThat(p.message()).doesNotContain("[Line:");
        });
    }

    @Test
    void givenTriAndOrNotWrittenAsRulesAlwaysHave_thenTheyCompileUnderTheNamesTheParserAccepts() {
        assertThat(CompiledRuleSet.operatorMethods("Member.of($p, $p.is(A).and($p.x()).or($p.y()), $p.z().not())"))
                .isEqualTo("Member.of($p, $p.is(A).andAlso($p.x()).orElse($p.y()), $p.z().negated())");
        assertThat(CompiledRuleSet.operatorMethods("a && b; \"and(\"; $x.band(1)")).isEqualTo("a && b; \"and(\"; $x.band(1)");
    }

    private static List<RuleProblem> compileErrors(String drl) {
        var def = ruleSet("spike").drl("X1.drl", drl).build();
        return org.assertj.core.api.Assertions.catchThrowableOfType(RuleSetException.class,
                () -> CompiledRuleSet.compile(def)).problems();
    }
}
