package vn.xkmt.commune;

import java.time.LocalDate;

/** Test-date windows of criteria.md ("Tests"), three-valued. */
final class TestWindow {

    private TestWindow() {
    }

    static Tri negativeWithin(Person p, Commune c, int days) {
        LocalDate r = c.getRequestDate();
        TestResult result = p.getLastTestResult();
        LocalDate d = p.getLastTestDate();
        if (result == TestResult.NOT_TESTED) {
            return Tri.FALSE;
        }
        if (d != null && r != null && d.isAfter(r)) {
            // criteria.md, "Tests": the test that counted on R is not in the data, whatever this one found
            return Tri.unknown(p.cell("last_test_date"));
        }
        if (result == TestResult.POSITIVE) {
            return Tri.FALSE;
        }
        if (d != null && r != null && d.isBefore(r.minusDays(days))) {
            return Tri.FALSE;
        }
        Tri known = Tri.all(p.knownAt(Person.LAST_TEST_RESULT, "last_test_result"),
                p.knownAt(Person.LAST_TEST_DATE, "last_test_date"), c.knownAt(Commune.REQUEST_DATE, "request_date"));
        if (!known.isTrue()) {
            return known;
        }
        return Tri.TRUE;
    }

    static Tri testedSinceRegistration(Person p, Commune c) {
        Tri by = testedBy(p, c);
        if (by.isFalse()) {
            return by;
        }
        LocalDate from = c.getRegistrationDate();
        LocalDate d = p.getLastTestDate();
        if (d != null && from != null && d.isBefore(from)) {
            return Tri.FALSE;
        }
        return by.and(c.knownAt(Commune.REGISTRATION_DATE, "registration_date"));
    }

    static Tri testedBy(Person p, Commune c) {
        LocalDate r = c.getRequestDate();
        TestResult result = p.getLastTestResult();
        LocalDate d = p.getLastTestDate();
        if (result == TestResult.NOT_TESTED) {
            return Tri.FALSE;
        }
        Tri known = Tri.all(p.knownAt(Person.LAST_TEST_DATE, "last_test_date"),
                c.knownAt(Commune.REQUEST_DATE, "request_date"));
        if (!known.isTrue()) {
            return known;
        }
        return d.isAfter(r) ? Tri.unknown(p.cell("last_test_date")) : Tri.TRUE;
    }

    /**
     * A relapse: the test that counts since registration (dated between the registration date and R,
     * both included) was POSITIVE. No test, a negative one, or a test dated before registration is no
     * relapse (the tested-since-registration condition judges those); a test dated after R is unknown
     * (criteria.md, "Tests").
     */
    static Tri positiveSinceRegistration(Person p, Commune c) {
        TestResult result = p.getLastTestResult();
        LocalDate d = p.getLastTestDate();
        LocalDate r = c.getRequestDate();
        LocalDate from = c.getRegistrationDate();
        if (result == TestResult.NOT_TESTED || result == TestResult.NEGATIVE) {
            return Tri.FALSE;
        }
        if (d != null && r != null && d.isAfter(r)) {
            return Tri.unknown(p.cell("last_test_date"));
        }
        if (d != null && from != null && d.isBefore(from)) {
            return Tri.FALSE;
        }
        Tri known = Tri.all(p.knownAt(Person.LAST_TEST_RESULT, "last_test_result"),
                p.knownAt(Person.LAST_TEST_DATE, "last_test_date"), c.knownAt(Commune.REGISTRATION_DATE, "registration_date"),
                c.knownAt(Commune.REQUEST_DATE, "request_date"));
        return known.isTrue() ? Tri.TRUE : known;
    }
}
