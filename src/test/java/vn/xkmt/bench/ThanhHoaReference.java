package vn.xkmt.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.xkmt.commune.AntiDrugModel;
import vn.xkmt.commune.Category;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.Person;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.TestResult;
import vn.xkmt.commune.Treatment;
import vn.xkmt.commune.Village;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.UnitFacts;

/**
 * A hand-written evaluator of the Thanh Hóa criteria TH1–TH9, the benchmark's reference: plain Java,
 * one pass over a commune's rows, written from {@code docs/spec/criteria.md} ("How every criterion
 * is decided", section Thanh Hóa) and the readings of {@code docs/readings.md}, sharing nothing with
 * the engine but the fact classes' raw getters (no {@code Tri}, {@code TestWindow}, {@code Findings}
 * or rule). It decides outcomes only — no explanation, evidence or remedy — and hard-codes the
 * parameters of {@code rules/thanh-hoa/2024.2} (fewer than 10 addicts in the community, tests at most
 * 30 days old, a positive suspect fails TH3, a positive test since registration fails TH5).
 *
 * <p>Kept only in test code: it is the yardstick for R_eval and the other side of the differential check.
 */
public final class ThanhHoaReference {

    public static final List<String> CRITERIA = List.of("TH1", "TH2", "TH3", "TH4", "TH5", "TH6", "TH7", "TH8", "TH9");

    static final int ADDICTS_IN_COMMUNITY_BELOW = 10;
    static final int TEST_MAX_DAYS = 30;

    // Three-valued truth: false, true, unknown (Kleene).
    private static final byte F = 0;
    private static final byte T = 1;
    private static final byte U = 2;

    // "Every member satisfies" conditions, by index.
    private static final int TH1_PROFILE = 0;
    private static final int TH1_TREATMENT = 1;
    private static final int TH1_SUPERVISED = 2;
    private static final int TH1_TEST = 3;
    private static final int TH2_PROFILE = 4;
    private static final int TH2_SUPERVISED = 5;
    private static final int TH2_TEST = 6;
    private static final int TH3_LISTED = 7;
    private static final int TH3_TESTED = 8;
    private static final int TH3_NOT_POSITIVE = 9;
    private static final int TH5_PROFILE = 10;
    private static final int TH5_SUPERVISED = 11;
    private static final int TH5_TESTED = 12;
    private static final int TH5_JOB = 13;
    private static final int TH5_NO_RELAPSE = 14;
    private static final int EVERY = 15;

    private ThanhHoaReference() {
    }

    /** The outcomes of TH1…TH9, in that order, for one commune with its rows. */
    public static Outcome[] evaluate(UnitFacts unit) {
        Commune c = (Commune) unit.subject();
        Set<String> sheets = unit.presentSheets();
        LocalDate r = c.getRequestDate();
        LocalDate registered = c.getRegistrationDate();

        boolean[] fails = new boolean[EVERY];
        boolean[] unknown = new boolean[EVERY];
        int addictsOutLo = 0;
        int addictsOutHi = 0;
        int addictsLo = 0;
        int addictsHi = 0;
        int usersLo = 0;
        int usersHi = 0;
        int bothLo = 0;
        int bothHi = 0;
        int villages = 0;
        boolean villageShort = false;
        boolean villageUnknown = false;
        boolean modelEffective = false;
        boolean modelUnknown = false;

        for (Fact f : unit.members()) {
            if (f instanceof Person p) {
                Category cat = p.getCategory();
                byte addict = is(cat, Category.ADDICT);
                byte user = is(cat, Category.USER);
                byte post = is(cat, Category.POST_REHAB);
                byte suspected = is(cat, Category.SUSPECTED);
                byte inCommunity = inCommunity(p.getResidence());
                byte profile = flag(p.value("has_profile"));
                byte supervised = flag(p.value("supervised"));
                TestResult result = p.getLastTestResult();
                LocalDate tested = p.getLastTestDate();

                byte addictOut = and(addict, inCommunity);
                every(fails, unknown, TH1_PROFILE, addict, profile);
                every(fails, unknown, TH1_TREATMENT, addict, inTreatment(p.getTreatment()));
                every(fails, unknown, TH1_SUPERVISED, addictOut, supervised);
                byte recentNegative = negativeWithin(result, tested, r);
                every(fails, unknown, TH1_TEST, addictOut, recentNegative);
                addictsOutLo += addictOut == T ? 1 : 0;
                addictsOutHi += addictOut != F ? 1 : 0;

                byte th2 = and(inCommunity, or(user, flag(p.value("psychosis"))));
                every(fails, unknown, TH2_PROFILE, th2, profile);
                every(fails, unknown, TH2_SUPERVISED, th2, supervised);
                every(fails, unknown, TH2_TEST, th2, recentNegative);

                every(fails, unknown, TH3_LISTED, suspected, profile);
                every(fails, unknown, TH3_TESTED, suspected, testedBy(result, tested, r));
                every(fails, unknown, TH3_NOT_POSITIVE, suspected,
                        tested != null && r != null && tested.isAfter(r) ? U
                                : result == null ? U : result == TestResult.POSITIVE ? F : T);

                addictsLo += addict == T ? 1 : 0;
                addictsHi += addict != F ? 1 : 0;
                usersLo += user == T ? 1 : 0;
                usersHi += user != F ? 1 : 0;
                byte either = or(addict, user);
                bothLo += either == T ? 1 : 0;
                bothHi += either != F ? 1 : 0;

                every(fails, unknown, TH5_PROFILE, post, profile);
                every(fails, unknown, TH5_SUPERVISED, post, supervised);
                every(fails, unknown, TH5_TESTED, post, testedSince(result, tested, registered, r));
                every(fails, unknown, TH5_JOB, post, flag(p.value("job_support")));
                every(fails, unknown, TH5_NO_RELAPSE, post, notRelapsed(result, tested, registered, r));
            } else if (f instanceof Village v) {
                villages++;
                Integer households = v.getHouseholds();
                Integer committed = v.getCommittedHouseholds();
                if (households == null || committed == null) {
                    villageUnknown = true;
                } else if (committed < households) { // more signatures than households: committed (reading 8)
                    villageShort = true;
                }
            } else if (f instanceof AntiDrugModel m) {
                Object effective = m.value("effective");
                if (Boolean.TRUE.equals(effective)) {
                    modelEffective = true;
                } else if (effective == null) {
                    modelUnknown = true;
                }
            }
        }

        Outcome[] out = new Outcome[9];
        if (!sheets.contains("Nguoi")) {
            for (int i = 0; i < 5; i++) {
                out[i] = Outcome.INSUFFICIENT_DATA;
            }
        } else {
            out[0] = all(every(fails, unknown, TH1_PROFILE), every(fails, unknown, TH1_TREATMENT),
                    fewerThan(addictsOutLo, addictsOutHi, ADDICTS_IN_COMMUNITY_BELOW),
                    every(fails, unknown, TH1_SUPERVISED), every(fails, unknown, TH1_TEST));
            out[1] = all(every(fails, unknown, TH2_PROFILE), every(fails, unknown, TH2_SUPERVISED),
                    every(fails, unknown, TH2_TEST));
            out[2] = all(every(fails, unknown, TH3_LISTED), every(fails, unknown, TH3_TESTED),
                    every(fails, unknown, TH3_NOT_POSITIVE));
            Integer baseAddicts = c.getBaselineAddicts();
            Integer baseUsers = c.getBaselineUsers();
            Outcome addictsHeld = baseAddicts == null ? Outcome.INSUFFICIENT_DATA
                    : fewerThan(addictsLo, addictsHi, baseAddicts + 1);
            Outcome usersHeld = baseUsers == null ? Outcome.INSUFFICIENT_DATA
                    : fewerThan(usersLo, usersHi, baseUsers + 1);
            Outcome decreased;
            if (baseAddicts == null || baseUsers == null) {
                decreased = Outcome.INSUFFICIENT_DATA;
            } else if (baseAddicts + baseUsers == 0) { // both zero now
                decreased = bothLo > 0 ? Outcome.FAIL : bothHi == 0 ? Outcome.PASS : Outcome.INSUFFICIENT_DATA;
            } else {
                decreased = fewerThan(bothLo, bothHi, baseAddicts + baseUsers);
            }
            out[3] = all(addictsHeld, usersHeld, decreased);
            out[4] = all(every(fails, unknown, TH5_PROFILE), every(fails, unknown, TH5_SUPERVISED),
                    every(fails, unknown, TH5_TESTED), every(fails, unknown, TH5_JOB), every(fails, unknown, TH5_NO_RELAPSE));
        }
        out[5] = all(zero(c.count("hotspots")), zero(c.count("risk_points")), zero(c.count("crime_groups")),
                zero(c.count("cultivation_cases")), zero(c.count("production_cases")));
        out[6] = zero(c.count("serious_incidents"));
        if (!sheets.contains("Thon") || villages == 0) {
            out[7] = Outcome.INSUFFICIENT_DATA; // no village listed: the sheet was not filled
        } else {
            out[7] = villageShort ? Outcome.FAIL : villageUnknown ? Outcome.INSUFFICIENT_DATA : Outcome.PASS;
        }
        if (!sheets.contains("MoHinh")) {
            out[8] = Outcome.INSUFFICIENT_DATA;
        } else {
            out[8] = modelEffective ? Outcome.PASS : modelUnknown ? Outcome.INSUFFICIENT_DATA : Outcome.FAIL;
        }
        return out;
    }

    // ---- decisions --------------------------------------------------------------------------------

    /** A member certainly in the population and certainly short fails; a possible one not certainly met is unknown. */
    private static void every(boolean[] fails, boolean[] unknown, int i, byte member, byte satisfied) {
        if (member == T && satisfied == F) {
            fails[i] = true;
        } else if (member != F && satisfied != T) {
            unknown[i] = true;
        }
    }

    private static Outcome every(boolean[] fails, boolean[] unknown, int i) {
        return fails[i] ? Outcome.FAIL : unknown[i] ? Outcome.INSUFFICIENT_DATA : Outcome.PASS;
    }

    /** Fewer than {@code limit}, the count lying between {@code lo} and {@code hi}. */
    private static Outcome fewerThan(int lo, int hi, int limit) {
        return lo >= limit ? Outcome.FAIL : hi < limit ? Outcome.PASS : Outcome.INSUFFICIENT_DATA;
    }

    private static Outcome zero(Integer v) {
        return v == null ? Outcome.INSUFFICIENT_DATA : v == 0 ? Outcome.PASS : Outcome.FAIL;
    }

    private static Outcome all(Outcome... conditions) {
        boolean undecided = false;
        for (Outcome o : conditions) {
            if (o == Outcome.FAIL) {
                return Outcome.FAIL;
            }
            undecided |= o == Outcome.INSUFFICIENT_DATA;
        }
        return undecided ? Outcome.INSUFFICIENT_DATA : Outcome.PASS;
    }

    // ---- person values ----------------------------------------------------------------------------

    private static byte is(Category actual, Category wanted) {
        return actual == null ? U : actual == wanted ? T : F;
    }

    /** "Ngoài cộng đồng": present, away or whereabouts unknown; not in a facility or prison. */
    private static byte inCommunity(Residence r) {
        if (r == null) {
            return U;
        }
        return switch (r) {
            case PRESENT, AWAY, WHEREABOUTS_UNKNOWN -> T;
            case IN_COMPULSORY_REHAB, IN_PRISON -> F;
        };
    }

    private static byte inTreatment(Treatment t) {
        return t == null ? U : t == Treatment.NONE ? F : T;
    }

    private static byte flag(Object b) {
        return b == null ? U : (Boolean) b ? T : F;
    }

    /**
     * A NEGATIVE test with R − 30 ≤ date ≤ R. Not tested fails whatever the date; a date after R is
     * unknown whatever the result (criteria.md, "Tests"); otherwise positive fails even with a blank date
     * (reading 2) and a date before the window fails whatever the result.
     */
    private static byte negativeWithin(TestResult result, LocalDate date, LocalDate r) {
        if (result == TestResult.NOT_TESTED) {
            return F;
        }
        if (date != null && r != null && date.isAfter(r)) {
            return U;
        }
        if (result == TestResult.POSITIVE) {
            return F;
        }
        if (date != null && r != null && date.isBefore(r.minusDays(TEST_MAX_DAYS))) {
            return F;
        }
        if (result == null || date == null || r == null || date.isAfter(r)) {
            return U;
        }
        return T;
    }

    /** Some test, whatever its result, dated on or before R. */
    private static byte testedBy(TestResult result, LocalDate date, LocalDate r) {
        if (result == TestResult.NOT_TESTED) {
            return F;
        }
        if (date == null || r == null || date.isAfter(r)) {
            return U;
        }
        return T;
    }

    /** Some test dated from the registration date to R (TH5's reading of "định kỳ, đột xuất"). */
    private static byte testedSince(TestResult result, LocalDate date, LocalDate registered, LocalDate r) {
        if (result == TestResult.NOT_TESTED) {
            return F;
        }
        if (date != null && registered != null && date.isBefore(registered)) {
            return F;
        }
        if (date == null || registered == null || r == null || date.isAfter(r)) {
            return U;
        }
        return T;
    }

    /** TH5 from thanh-hoa 2024.2: the test dated from registration to R is not POSITIVE (no relapse). */
    private static byte notRelapsed(TestResult result, LocalDate date, LocalDate registered, LocalDate r) {
        if (result == TestResult.NOT_TESTED || result == TestResult.NEGATIVE) {
            return T;
        }
        if (date != null && r != null && date.isAfter(r)) {
            return U;
        }
        if (date != null && registered != null && date.isBefore(registered)) {
            return T;
        }
        if (result == null || date == null || registered == null || r == null) {
            return U;
        }
        return F;
    }

    private static byte and(byte a, byte b) {
        return a == F || b == F ? F : a == U || b == U ? U : T;
    }

    private static byte or(byte a, byte b) {
        return a == T || b == T ? T : a == U || b == U ? U : F;
    }
}
