package vn.xkmt.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.xkmt.commune.Category;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Person;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.TestResult;
import vn.xkmt.commune.Treatment;

/**
 * A person of the roll who, unless told otherwise, meets every requirement: present, on record,
 * in treatment, supervised, tested negative five days before the request date, helped to find work.
 */
public final class PersonBuilder {

    private final Map<String, Object> values = new HashMap<>();
    private Integer testDaysBeforeRequest = 5;

    private PersonBuilder(String id, Category category) {
        values.put("person_id", id);
        values.put("full_name", "Nguyễn Văn " + id);
        if (category != null) {
            values.put("category", category);
        }
        values.put("residence", Residence.PRESENT);
        values.put("has_profile", true);
        values.put("treatment", Treatment.VOLUNTARY_COMMUNITY);
        values.put("has_treatment_dossier", true);
        values.put("supervised", true);
        values.put("last_test_result", TestResult.NEGATIVE);
        values.put("job_support", true);
        values.put("psychosis", false);
    }

    public static PersonBuilder addict(String id) {
        return new PersonBuilder(id, Category.ADDICT);
    }

    public static PersonBuilder user(String id) {
        return new PersonBuilder(id, Category.USER);
    }

    public static PersonBuilder postRehab(String id) {
        return new PersonBuilder(id, Category.POST_REHAB);
    }

    public static PersonBuilder suspected(String id) {
        return new PersonBuilder(id, Category.SUSPECTED);
    }

    /** A person whose category cell is blank. */
    public static PersonBuilder ofUnknownCategory(String id) {
        return new PersonBuilder(id, null);
    }

    public PersonBuilder residence(Residence r) {
        return set("residence", r);
    }

    public PersonBuilder noProfile() {
        return set("has_profile", false);
    }

    public PersonBuilder treatment(Treatment t) {
        return set("treatment", t);
    }

    public PersonBuilder noTreatmentDossier() {
        return set("has_treatment_dossier", false);
    }

    public PersonBuilder unsupervised() {
        return set("supervised", false);
    }

    public PersonBuilder psychosis() {
        return set("psychosis", true);
    }

    public PersonBuilder noJobSupport() {
        return set("job_support", false);
    }

    /** Latest test this many days before the request date (negative unless {@link #result} says). */
    public PersonBuilder testedDaysBefore(int days) {
        this.testDaysBeforeRequest = days;
        return this;
    }

    /** Latest test this many days after the request date. */
    public PersonBuilder testedDaysAfter(int days) {
        this.testDaysBeforeRequest = -days;
        return this;
    }

    public PersonBuilder result(TestResult r) {
        return set("last_test_result", r);
    }

    public PersonBuilder notTested() {
        this.testDaysBeforeRequest = null;
        return set("last_test_result", TestResult.NOT_TESTED);
    }

    /** Leaves a cell blank (unknown). */
    public PersonBuilder blank(String key) {
        if ("last_test_date".equals(key)) {
            testDaysBeforeRequest = null;
        }
        values.remove(key);
        return this;
    }

    public PersonBuilder set(String key, Object value) {
        values.put(key, value);
        return this;
    }

    Person build(String communeCode, LocalDate requestDate, int row) {
        Map<String, Object> v = new HashMap<>(values);
        v.put("commune_code", communeCode);
        if (testDaysBeforeRequest != null && requestDate != null) {
            v.put("last_test_date", requestDate.minusDays(testDaysBeforeRequest));
        }
        return new Person(Rows.ref(DataContract.PERSONS, row), v);
    }
}
