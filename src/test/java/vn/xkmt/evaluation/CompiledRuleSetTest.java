package vn.xkmt.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xkmt.commune.Category;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.Person;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.RowRef;

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
        var def = new RuleSetDefinition("spike", "1", "s", "s", "a", "d", "src", null, null, List.of("X"), List.of(),
                Subject.COMMUNE, List.of(new CriterionDef("X1", "t", "t", "p", List.of("duoi"))),
                Map.of("duoi", ParameterDef.of("duoi", "người", "", "", Map.of(LocalDate.of(2020, 1, 1), 2))),
                Map.of(), Map.of(), Map.of("X1.drl", DRL), "h", "rules/spike");
        var rs = CompiledRuleSet.compile(def);
        var row = new RowRef("f.xlsx", "Xa", 2, Map.of());
        var c = new Commune(row, Map.of("commune_code", "X", "request_date", LocalDate.of(2024, 12, 1)));
        var p1 = new Person(new RowRef("f.xlsx", "Nguoi", 2, Map.of()), Map.of("person_id", "NN-1", "category", Category.ADDICT, "residence", Residence.PRESENT));
        var p2 = new Person(new RowRef("f.xlsx", "Nguoi", 3, Map.of()), Map.of("person_id", "NN-2", "category", Category.ADDICT));
        var r = rs.evaluate(new UnitFacts(c, List.of(p1, p2), Set.of("Nguoi")));
        assertThat(r.criterion("X1").outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(r.criterion("X1").findings().get(0).missing()).extracting(cell -> cell.a1()).containsExactly("Nguoi!?3");
        var r2 = rs.evaluate(new UnitFacts(c, List.of(p1), Set.of("Nguoi")));
        assertThat(r2.criterion("X1").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void givenAConditionNoRuleDecides_thenTheCriterionIsUndeterminedNeverPassed() {
        var def = new RuleSetDefinition("spike", "1", "s", "s", "a", "d", "src", null, null, List.of("X"), List.of(),
                Subject.COMMUNE, List.of(new CriterionDef("X1", "t", "t", "p", List.of("duoi", "khac"))),
                Map.of("duoi", ParameterDef.of("duoi", "người", "", "", Map.of(LocalDate.of(2020, 1, 1), 2))),
                Map.of(), Map.of(), Map.of("X1.drl", DRL), "h", "rules/spike");
        var c = new Commune(new RowRef("f.xlsx", "Xa", 2, Map.of()), Map.of("commune_code", "X"));
        var r = CompiledRuleSet.compile(def).evaluate(new UnitFacts(c, List.of(), Set.of("Nguoi")));
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
        var def = new RuleSetDefinition("spike", "1", "s", "s", "a", "d", "src", null, null, List.of("X"), List.of(),
                Subject.COMMUNE, List.of(), Map.of(), Map.of(), Map.of(), Map.of("X1.drl", drl), "h", "rules/spike");
        return org.assertj.core.api.Assertions.catchThrowableOfType(RuleSetException.class,
                () -> CompiledRuleSet.compile(def)).problems();
    }
}
