package vn.xkmt.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One commune (with its persons, villages and models) or one annual report row, and the outcome
 * derived by hand from criteria.md: every criterion PASS unless {@link #fails} or {@link #unknown}
 * says otherwise.
 */
final class Unit {

    static final String PASS = "PASS";
    static final String FAIL = "FAIL";
    static final String UNKNOWN = "INSUFFICIENT_DATA";

    final RuleSet ruleSet;
    final Row row;
    final List<Row> persons = new ArrayList<>();
    final List<Row> villages = new ArrayList<>();
    final List<Row> models = new ArrayList<>();
    final Map<String, String> expected = new LinkedHashMap<>();
    String noteVi = "";
    String noteEn = "";

    Unit(RuleSet ruleSet, Row row) {
        this.ruleSet = ruleSet;
        this.row = row;
        ruleSet.criteria().forEach(c -> expected.put(c, PASS));
    }

    boolean annual() {
        return row.containsKey("unit_code");
    }

    /** {@code commune_code}, or {@code unit_code/year} for an annual row. */
    String key() {
        return annual() ? row.text("unit_code") + "/" + row.get("year") : row.text("commune_code");
    }

    String name() {
        return annual() ? row.text("unit_name") : row.text("commune_name");
    }

    Unit person(Row p) {
        persons.add(member(p));
        return this;
    }

    Unit village(Row v) {
        villages.add(member(v));
        return this;
    }

    Unit model(Row m) {
        models.add(member(m));
        return this;
    }

    private Row member(Row r) {
        Row out = new Row().with("commune_code", row.text("commune_code"));
        out.putAll(r);
        return out;
    }

    /** The person row with this id. */
    Row p(String personId) {
        return persons.stream().filter(r -> personId.equals(r.get("person_id"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key() + " has no person " + personId));
    }

    Row v(String villageName) {
        return villages.stream().filter(r -> villageName.equals(r.get("village_name"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key() + " has no village " + villageName));
    }

    Unit fails(String... criteria) {
        return expect(FAIL, criteria);
    }

    Unit unknown(String... criteria) {
        return expect(UNKNOWN, criteria);
    }

    private Unit expect(String outcome, String... criteria) {
        for (String c : criteria) {
            if (!expected.containsKey(c)) {
                throw new IllegalArgumentException(c + " is not a criterion of " + ruleSet);
            }
            expected.put(c, outcome);
        }
        return this;
    }

    Unit note(String vi, String en) {
        noteVi = vi;
        noteEn = en;
        return this;
    }

    /**
     * The verdict that follows from the criteria: NOT_IN_FORCE when the reference date is outside the
     * plan's period (the criteria still evaluated, for reference); else any FAIL, any unknown, eligible.
     */
    String verdict() {
        java.time.LocalDate r = annual() ? java.time.LocalDate.of(((Number) row.get("year")).intValue(), 12, 31)
                : (java.time.LocalDate) row.get("request_date");
        if (!ruleSet.inForce(r)) {
            return "NOT_IN_FORCE";
        }
        if (expected.containsValue(FAIL)) {
            return "NOT_ELIGIBLE";
        }
        return expected.containsValue(UNKNOWN) ? "UNDETERMINED" : "ELIGIBLE";
    }
}
