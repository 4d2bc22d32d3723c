package vn.xkmt.commune;

import java.time.LocalDate;
import java.util.Map;

/**
 * A row of sheet {@code Nguoi}. Its full name is kept for the appraisal team's records but
 * {@link #label()} and {@link #toString()} only ever show the person id.
 */
public final class Person extends Fact {

    public Person(RowRef row, Map<String, ?> values) {
        super(DataContract.PERSONS, row, values);
    }

    @Override
    public String label() {
        return getPersonId() == null ? getRow().label() : getPersonId();
    }

    public String getCommuneCode() {
        return text("commune_code");
    }

    public String getPersonId() {
        return text("person_id");
    }

    /** Personal data: never print it. */
    public String fullName() {
        return text("full_name");
    }

    public Category getCategory() {
        return (Category) value("category");
    }

    public Residence getResidence() {
        return (Residence) value("residence");
    }

    public Treatment getTreatment() {
        return (Treatment) value("treatment");
    }

    public LocalDate getLastTestDate() {
        return date("last_test_date");
    }

    public TestResult getLastTestResult() {
        return (TestResult) value("last_test_result");
    }

    /** Whether this person is of the given category; unknown when the category is blank. */
    public Tri is(Category c) {
        Category mine = getCategory();
        return mine == null ? Tri.unknown(cell("category")) : Tri.of(mine == c);
    }

    /** "Ngoài cộng đồng": residence PRESENT, AWAY or WHEREABOUTS_UNKNOWN. */
    public Tri inCommunity() {
        Residence r = getResidence();
        return r == null ? Tri.unknown(cell("residence")) : Tri.of(r.inCommunity());
    }

    /** Residence PRESENT ("có mặt tại địa bàn"). */
    public Tri present() {
        Residence r = getResidence();
        return r == null ? Tri.unknown(cell("residence")) : Tri.of(r == Residence.PRESENT);
    }

    public Tri psychosis() {
        return flag("psychosis");
    }

    public Tri hasProfile() {
        return flag("has_profile");
    }

    public Tri hasTreatmentDossier() {
        return flag("has_treatment_dossier");
    }

    public Tri supervised() {
        return flag("supervised");
    }

    public Tri jobSupport() {
        return flag("job_support");
    }

    /** Some form of rehab or treatment applies (treatment is not {@code Chưa áp dụng}). */
    public Tri inTreatment() {
        Treatment t = getTreatment();
        return t == null ? Tri.unknown(cell("treatment")) : Tri.of(t != Treatment.NONE);
    }

    /**
     * A NEGATIVE test dated within {@code days} days before R: {@code R - days <= date <= R}.
     * No test ({@code NOT_TESTED}), a positive or an older test is false; a test dated after R is
     * unknown (the test that counted on R is not in the data).
     */
    public Tri negativeTestWithin(Commune c, int days) {
        return TestWindow.negativeWithin(this, c, days);
    }

    /** A test (any result) dated between the commune's registration date and R, both included. */
    public Tri testedSinceRegistration(Commune c) {
        return TestWindow.testedSinceRegistration(this, c);
    }

    /** A test dated on or before R (any result: the list-and-test duty is met). */
    public Tri testedBy(Commune c) {
        return TestWindow.testedBy(this, c);
    }

    /** The latest test is POSITIVE. */
    public Tri testedPositive() {
        TestResult t = getLastTestResult();
        return t == null ? Tri.unknown(cell("last_test_result")) : Tri.of(t == TestResult.POSITIVE);
    }

    /** The test was dated after the reference date R: it cannot be the one that counted on R. */
    public boolean testAfter(LocalDate r) {
        LocalDate d = getLastTestDate();
        return d != null && r != null && d.isAfter(r);
    }
}
