package vn.xkmt.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xkmt.commune.AnnualReport;
import vn.xkmt.commune.AntiDrugModel;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.Person;
import vn.xkmt.commune.RowRef;
import vn.xkmt.commune.SheetSpec;
import vn.xkmt.commune.Village;
import vn.xkmt.evaluation.CriterionResult;
import vn.xkmt.evaluation.UnitFacts;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.testing.TestRuleSets;

/**
 * Runs every golden case and sample unit through the compiled rule set of this repository's
 * {@code rules/} and compares verdict and criteria with the
 * hand-written outcomes. Facts are built from the generator's rows directly, as the reader would make
 * them (blank cells of columns with {@code blankMeans} take that value), so this checks the rules, not
 * the reader; reading the committed workbooks back is the reader's round trip.
 */
class GoldenCasesRulesTest {

    @Test
    void everyRuleSetInRulesAgreesWithTheHandWrittenOutcomes() {
        List<Book> books = new ArrayList<>(SampleGenerator.samples());
        books.addAll(SampleGenerator.golden());
        List<String> problems = new ArrayList<>();
        for (Book b : books) {
            for (Unit u : b.units) {
                UnitResult r = TestRuleSets.ruleSet(u.ruleSet.id()).evaluate(facts(b, u));
                if (r.referenceDate() != null && !r.ruleSet().inForce(r.referenceDate())) {
                    r = r.notInForce(); // as the planner decides for a date outside the version's period
                }
                Map<String, String> got = new LinkedHashMap<>();
                for (CriterionResult c : r.criteria()) {
                    got.put(c.id(), c.outcome().name());
                }
                if (!got.equals(u.expected) || !r.verdict().name().equals(u.verdict())) {
                    problems.add(b.path + " " + u.key() + ": expected " + u.verdict() + " " + u.expected + " got "
                            + r.verdict() + " " + got);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    static UnitFacts facts(Book b, Unit u) {
        Set<String> sheets = new LinkedHashSet<>();
        b.sheets.forEach(s -> sheets.add(s.name()));
        if (u.annual()) {
            return new UnitFacts(new AnnualReport(ref(DataContract.ANNUAL_REPORTS, 2), u.row), List.of(), sheets);
        }
        List<Fact> members = new ArrayList<>();
        for (int i = 0; i < u.persons.size(); i++) {
            members.add(new Person(ref(DataContract.PERSONS, i + 2), withDefaults(DataContract.PERSONS, u.persons.get(i))));
        }
        for (int i = 0; i < u.villages.size(); i++) {
            members.add(new Village(ref(DataContract.VILLAGES, i + 2), u.villages.get(i)));
        }
        for (int i = 0; i < u.models.size(); i++) {
            members.add(new AntiDrugModel(ref(DataContract.MODELS, i + 2), u.models.get(i)));
        }
        return new UnitFacts(new Commune(ref(DataContract.COMMUNES, 2), withDefaults(DataContract.COMMUNES, u.row)), members, sheets);
    }

    /** As the reader does: a blank cell of a column with {@code blankMeans} takes that value. */
    static Map<String, Object> withDefaults(SheetSpec sheet, Row row) {
        Map<String, Object> m = new HashMap<>(row);
        sheet.columns().stream().filter(c -> c.blankMeans() != null).forEach(c -> m.putIfAbsent(c.key(), c.blankMeans()));
        return m;
    }

    static RowRef ref(SheetSpec sheet, int row) {
        Map<String, RowRef.Column> cols = new HashMap<>();
        for (int i = 0; i < sheet.columns().size(); i++) {
            cols.put(sheet.columns().get(i).key(), new RowRef.Column(String.valueOf((char) ('A' + i % 26)),
                    sheet.columns().get(i).header()));
        }
        return new RowRef("x.xlsx", sheet.name(), row, cols);
    }
}
