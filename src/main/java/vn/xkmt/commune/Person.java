package vn.xkmt.commune;

import java.time.LocalDate;
import java.util.Map;

/**
 * A row of sheet {@code Nguoi}. Its full name is kept for the appraisal team's records but
 * {@link #label()} and {@link #toString()} only ever show the person id.
 */
public final class Person extends Fact {

    // Columns read by every rule on every person: by position, not by key.
    private static final int COMMUNE_CODE = column(DataContract.PERSONS, "commune_code");
    private static final int PERSON_ID = column(DataContract.PERSONS, "person_id");
    private static final int CATEGORY = column(DataContract.PERSONS, "category");
    private static final int RESIDENCE = column(DataContract.PERSONS, "residence");
    private static final int TREATMENT = column(DataContract.PERSONS, "treatment");
    static final int LAST_TEST_DATE = column(DataContract.PERSONS, "last_test_date");
    static final int LAST_TEST_RESULT = column(DataContract.PERSONS, "last_test_result");
    private static final int PSYCHOSIS = column(DataContract.PERSONS, "psychosis");
    private static final int HAS_PROFILE = column(DataContract.PERSONS, "has_profile");
    private static final int SUPERVISED = column(DataContract.PERSONS, "supervised");
    private static final int JOB_SUPPORT = column(DataContract.PERSONS, "job_support");

    public Person(RowRef row, Map<String, ?> values) {
        super(DataContract.PERSONS, row, values);
    }

    @Override
    public String label() {
        return getPersonId() == null ? getRow().label() : getPersonId();
    }

    public String getCommuneCode() {
        return (String) at(COMMUNE_CODE);
    }

    public String getPersonId() {
        return (String) at(PERSON_ID);
    }

    /** Personal data: never print it. */
    public String fullName() {
        return text("full_name");
    }

    public Category getCategory() {
        return (Category) at(CATEGORY);
    }

    public Residence getResidence() {
        return (Residence) at(RESIDENCE);
    }

    public Treatment getTreatment() {
        return (Treatment) at(TREATMENT);
    }

    public LocalDate getLastTestDate() {
        return (LocalDate) at(LAST_TEST_DATE);
    }

    public TestResult getLastTestResult() {
        return (TestResult) at(LAST_TEST_RESULT);
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
        return flagAt(PSYCHOSIS, "psychosis");
    }

    public Tri hasProfile() {
        return flagAt(HAS_PROFILE, "has_profile");
    }

    public Tri hasTreatmentDossier() {
        return flag("has_treatment_dossier");
    }

    public Tri supervised() {
        return flagAt(SUPERVISED, "supervised");
    }

    public Tri jobSupport() {
        return flagAt(JOB_SUPPORT, "job_support");
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

    /**
     * A relapse since the commune registered: the test dated between the registration date and R was
     * POSITIVE (a test dated after R is unknown; no test or an older one is no relapse).
     */
    public Tri testedPositiveSinceRegistration(Commune c) {
        return TestWindow.positiveSinceRegistration(this, c);
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

    /**
     * The test that counted on the commune's R was POSITIVE: a latest test dated after R is not that test
     * (criteria.md, "Tests"), so the answer is unknown until the test on or before R is entered.
     */
    public Tri testedPositiveBy(Commune c) {
        return testAfter(c.getRequestDate()) ? Tri.unknown(cell("last_test_date")) : testedPositive();
    }

    /** The test was dated after the reference date R: it cannot be the one that counted on R. */
    public boolean testAfter(LocalDate r) {
        LocalDate d = getLastTestDate();
        return d != null && r != null && d.isAfter(r);
    }
}
