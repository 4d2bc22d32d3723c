package vn.xkmt.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.xkmt.commune.Category;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.TestResult;
import vn.xkmt.commune.Treatment;

/**
 * A second, deliberately plain reading of criteria.md, written apart from the Drools rules, used only
 * to double-check the outcomes written by hand beside each generated unit. It works on the generated
 * rows directly (no workbook reading). Where the two disagree the generator stops.
 */
final class Oracle {

    private final Unit u;
    private final boolean personsSheet;
    private final boolean villagesSheet;
    private final boolean modelsSheet;
    private final LocalDate r;

    private Oracle(Unit u, boolean personsSheet, boolean villagesSheet, boolean modelsSheet) {
        this.u = u;
        this.personsSheet = personsSheet;
        this.villagesSheet = villagesSheet;
        this.modelsSheet = modelsSheet;
        this.r = u.annual() ? LocalDate.of(u.row.integer("year"), 12, 31) : (LocalDate) u.row.get("request_date");
    }

    static Map<String, String> evaluate(Unit u, boolean personsSheet, boolean villagesSheet, boolean modelsSheet) {
        Oracle o = new Oracle(u, personsSheet, villagesSheet, modelsSheet);
        Map<String, K> k = switch (u.ruleSet) {
            case LAO_CAI -> o.laoCai();
            case THANH_HOA -> o.thanhHoa();
            case HUNG_YEN -> o.hungYen();
            case TRA_VINH -> o.traVinh();
        };
        Map<String, String> out = new LinkedHashMap<>();
        k.forEach((c, v) -> out.put(c, v.outcome()));
        return out;
    }

    // ---- Lào Cai --------------------------------------------------------------------------------

    private Map<String, K> laoCai() {
        Map<String, K> m = new LinkedHashMap<>();
        m.put("LC1", zero("hotspots", "retail_sellers", "use_venues"));
        m.put("LC2", zero("suspects", "crime_groups"));
        m.put("LC3", persons(every(p -> cat(p, Category.ADDICT), this::profile)
                .and(every(p -> cat(p, Category.ADDICT).and(present(p)), p -> flag(p, "has_treatment_dossier")))
                .and(every(p -> cat(p, Category.POST_REHAB), this::profile))));
        m.put("LC4", persons(every(p -> cat(p, Category.USER).and(present(p)),
                p -> profile(p).and(flag(p, "supervised")))));
        m.put("LC5", everyVillage(v -> eq(v, "committed_households", "households")
                .and(flag(v, "has_mailbox")).and(flag(v, "has_hotline_board"))));
        m.put("LC6", someModel(mo -> flag(mo, "effective")));
        return m;
    }

    // ---- Thanh Hóa ------------------------------------------------------------------------------

    private Map<String, K> thanhHoa() {
        Map<String, K> m = new LinkedHashMap<>();
        Function<Row, K> addictInCommunity = p -> cat(p, Category.ADDICT).and(inCommunity(p));
        m.put("TH1", persons(every(p -> cat(p, Category.ADDICT), p -> profile(p).and(inTreatment(p)))
                .and(fewerThan(addictInCommunity, 10))
                .and(every(addictInCommunity, p -> flag(p, "supervised").and(negativeWithin30(p))))));
        m.put("TH2", persons(every(p -> inCommunity(p).and(cat(p, Category.USER).or(psychosis(p))),
                p -> profile(p).and(flag(p, "supervised")).and(negativeWithin30(p)))));
        m.put("TH3", persons(every(p -> cat(p, Category.SUSPECTED),
                p -> profile(p).and(testedBy(p)).and(notPositive(p)))));
        m.put("TH4", persons(th4()));
        m.put("TH5", persons(every(p -> cat(p, Category.POST_REHAB), p -> profile(p).and(flag(p, "supervised"))
                .and(testedSinceRegistration(p)).and(notRelapsed(p)).and(flag(p, "job_support")))));
        m.put("TH6", zero("hotspots", "risk_points", "crime_groups", "cultivation_cases", "production_cases"));
        m.put("TH7", zero("serious_incidents"));
        m.put("TH8", everyVillage(v -> eq(v, "committed_households", "households")));
        m.put("TH9", someModel(mo -> flag(mo, "effective")));
        return m;
    }

    /**
     * Addicts now ≤ baseline, users now ≤ baseline, total now < baseline total; both zero when the
     * baseline total is zero. Persons of unknown category are tried as addict, user and neither.
     */
    private K th4() {
        Integer ba = u.row.integer("baseline_addicts");
        Integer bu = u.row.integer("baseline_users");
        int a = 0;
        int us = 0;
        List<Row> maybe = new ArrayList<>();
        for (Row p : u.persons) {
            Category c = (Category) p.get("category");
            if (c == null) {
                maybe.add(p);
            } else if (c == Category.ADDICT) {
                a++;
            } else if (c == Category.USER) {
                us++;
            }
        }
        boolean anyPass = false;
        boolean anyFail = false;
        int combos = (int) Math.pow(3, maybe.size());
        for (int i = 0; i < combos; i++) {
            int extraA = 0;
            int extraU = 0;
            for (int j = 0, x = i; j < maybe.size(); j++, x /= 3) {
                extraA += x % 3 == 0 ? 1 : 0;
                extraU += x % 3 == 1 ? 1 : 0;
            }
            K k = th4Holds(a + extraA, us + extraU, ba, bu);
            anyPass |= k != K.F;
            anyFail |= k != K.T;
        }
        return anyPass && !anyFail ? K.T : anyFail && !anyPass ? K.F : K.U;
    }

    private static K th4Holds(int a, int us, Integer ba, Integer bu) {
        if (ba != null && bu != null) {
            if (ba + bu == 0) {
                return K.of(a + us == 0);
            }
            return K.of(a <= ba && us <= bu && a + us < ba + bu);
        }
        // a blank baseline: fails only if a known part already fails
        if (ba != null && a > ba || bu != null && us > bu) {
            return K.F;
        }
        return K.U;
    }

    // ---- Hưng Yên -------------------------------------------------------------------------------

    private Map<String, K> hungYen() {
        Map<String, K> m = new LinkedHashMap<>();
        m.put("HY1", persons(every(p -> cat(p, Category.ADDICT).or(cat(p, Category.USER)), this::profile)));
        m.put("HY2", persons(every(p -> cat(p, Category.POST_REHAB), p -> profile(p).and(flag(p, "supervised")))));
        m.put("HY3", persons(jobSupportShare()));
        LocalDate survey = (LocalDate) u.row.get("last_survey_date");
        m.put("HY4", survey == null || survey.isAfter(r) ? K.U : K.of(!survey.isBefore(r.minusDays(365))));
        // the passage asks that a Youth Union model exist, not that it be effective
        m.put("HY5", someModel(mo -> K.test((LeadOrg) mo.get("lead_org"), l -> l == LeadOrg.YOUTH_UNION)));
        m.put("HY6", zero("hotspots"));
        m.put("HY7", (u.row.get("drug_area_class") == null ? K.U : K.T).and(flag(u.row, "commune_commitment")));
        return m;
    }

    /** More than 80 % of post-rehab persons have job support; an empty whole passes. */
    private K jobSupportShare() {
        int worstYes = 0;
        int worstAll = 0;
        int bestYes = 0;
        int bestAll = 0;
        for (Row p : u.persons) {
            K member = cat(p, Category.POST_REHAB);
            K job = flag(p, "job_support");
            if (member == K.T) {
                worstAll++;
                bestAll++;
                worstYes += job == K.T ? 1 : 0;
                bestYes += job != K.F ? 1 : 0;
            } else if (member == K.U) {
                if (job != K.T) {
                    worstAll++;
                }
                if (job != K.F) {
                    bestAll++;
                    bestYes++;
                }
            }
        }
        boolean worst = worstAll == 0 || 100 * worstYes > 80 * worstAll;
        boolean best = bestAll == 0 || 100 * bestYes > 80 * bestAll;
        return worst ? K.T : best ? K.U : K.F;
    }

    // ---- Trà Vinh -------------------------------------------------------------------------------

    private Map<String, K> traVinh() {
        Map<String, K> m = new LinkedHashMap<>();
        m.put("TV1", cmp("cases_detected", "cases_detected_prev", (now, prev) -> 100 * now > 105 * prev));
        m.put("TV2", share("cases_resolved", "cases_total", (part, whole) -> 100 * part > 90 * whole));
        m.put("TV3", eq(u.row, "transit_reports_resolved", "transit_reports"));
        m.put("TV4", cmp("use_points_eliminated", "use_points_eliminated_prev", (now, prev) -> 100 * now >= 105 * prev)
                .and(zero("new_complex_points")));
        m.put("TV5", share("managed_people_served", "managed_people", (part, whole) -> 100 * part >= 80 * whole));
        m.put("TV6", cmp("drugfree_communes", "drugfree_communes_prev", (now, prev) -> now >= prev)
                .and(cmp("drug_communes", "drug_communes_prev", (now, prev) -> now <= prev)));
        m.put("TV7", zero("precursor_incidents").and(eq(u.row, "cultivation_cleared", "cultivation_found")));
        m.put("TV8", eq(u.row, "drugfree_schools", "schools"));
        return m;
    }

    private K cmp(String a, String b, java.util.function.BiPredicate<Long, Long> p) {
        Integer x = u.row.integer(a);
        Integer y = u.row.integer(b);
        return x == null || y == null ? K.U : K.of(p.test((long) x, (long) y));
    }

    private K share(String part, String whole, java.util.function.BiPredicate<Long, Long> p) {
        Integer w = u.row.integer(whole);
        if (w != null && w == 0) {
            return K.T;
        }
        return cmp(part, whole, p);
    }

    // ---- shared pieces --------------------------------------------------------------------------

    private K persons(K k) {
        return personsSheet ? k : K.U;
    }

    private K zero(String... keys) {
        K k = K.T;
        for (String key : keys) {
            k = k.and(K.test(u.row.integer(key), v -> v == 0));
        }
        return k;
    }

    private K every(Function<Row, K> member, Function<Row, K> condition) {
        K k = K.T;
        for (Row p : u.persons) {
            k = k.and(member.apply(p).implies(condition.apply(p)));
        }
        return k;
    }

    private K fewerThan(Function<Row, K> member, int limit) {
        int low = 0;
        int high = 0;
        for (Row p : u.persons) {
            K m = member.apply(p);
            low += m == K.T ? 1 : 0;
            high += m != K.F ? 1 : 0;
        }
        return low >= limit ? K.F : high < limit ? K.T : K.U;
    }

    private K everyVillage(Function<Row, K> condition) {
        if (!villagesSheet || u.villages.isEmpty()) {
            return K.U;
        }
        K k = K.T;
        for (Row v : u.villages) {
            k = k.and(condition.apply(v));
        }
        return k;
    }

    private K someModel(Function<Row, K> qualifies) {
        if (!modelsSheet) {
            return K.U;
        }
        K k = K.F;
        for (Row m : u.models) {
            k = k.or(qualifies.apply(m));
        }
        return k;
    }

    private static K eq(Row row, String a, String b) {
        Integer x = row.integer(a);
        Integer y = row.integer(b);
        return x == null || y == null ? K.U : K.of(x.equals(y));
    }

    private static K flag(Row row, String key) {
        return K.of((Boolean) row.get(key));
    }

    private K profile(Row p) {
        return flag(p, "has_profile");
    }

    private static K psychosis(Row p) {
        return p.get("psychosis") == null ? K.F : flag(p, "psychosis");
    }

    private static K cat(Row p, Category c) {
        return K.test((Category) p.get("category"), v -> v == c);
    }

    private static K inCommunity(Row p) {
        return K.test((Residence) p.get("residence"),
                v -> v == Residence.PRESENT || v == Residence.AWAY || v == Residence.WHEREABOUTS_UNKNOWN);
    }

    private static K present(Row p) {
        return K.test((Residence) p.get("residence"), v -> v == Residence.PRESENT);
    }

    private static K inTreatment(Row p) {
        return K.test((Treatment) p.get("treatment"), v -> v != Treatment.NONE);
    }

    /** A NEGATIVE test with R − 30 ≤ date ≤ R. */
    private K negativeWithin30(Row p) {
        TestResult result = (TestResult) p.get("last_test_result");
        LocalDate d = (LocalDate) p.get("last_test_date");
        if (result == TestResult.NOT_TESTED) {
            return K.F;
        }
        if (d != null && d.isAfter(r)) {
            return K.U;
        }
        if (result == TestResult.POSITIVE) {
            return K.F;
        }
        if (d != null && d.isBefore(r.minusDays(30))) {
            return K.F;
        }
        if (result == null || d == null || d.isAfter(r)) {
            return K.U;
        }
        return K.T;
    }

    /** A test (any result) dated on or before R. */
    private K testedBy(Row p) {
        TestResult result = (TestResult) p.get("last_test_result");
        LocalDate d = (LocalDate) p.get("last_test_date");
        if (result == TestResult.NOT_TESTED) {
            return K.F;
        }
        return d == null || d.isAfter(r) ? K.U : K.T;
    }

    private K testedSinceRegistration(Row p) {
        K by = testedBy(p);
        LocalDate reg = (LocalDate) u.row.get("registration_date");
        LocalDate d = (LocalDate) p.get("last_test_date");
        if (by == K.F || d != null && reg != null && d.isBefore(reg)) {
            return K.F;
        }
        return reg == null ? by.and(K.U) : by;
    }

    /** The test that counted on R was not POSITIVE; a latest test after R is not that test. */
    private K notPositive(Row p) {
        LocalDate d = (LocalDate) p.get("last_test_date");
        if (d != null && d.isAfter(r)) {
            return K.U;
        }
        return K.test((TestResult) p.get("last_test_result"), v -> v != TestResult.POSITIVE);
    }

    /**
     * TH5's relapse reading: the test dated between registration and R must not be POSITIVE. No test,
     * a negative one or one before registration is no relapse; a test after R or an unknown date or
     * result of a possible positive leaves it open.
     */
    private K notRelapsed(Row p) {
        TestResult result = (TestResult) p.get("last_test_result");
        LocalDate d = (LocalDate) p.get("last_test_date");
        LocalDate reg = (LocalDate) u.row.get("registration_date");
        if (result == TestResult.NOT_TESTED || result == TestResult.NEGATIVE) {
            return K.T;
        }
        if (d != null && d.isAfter(r)) {
            return K.U;
        }
        if (d != null && reg != null && d.isBefore(reg)) {
            return K.T;
        }
        if (result == null || d == null || reg == null) {
            return K.U;
        }
        return K.F;
    }
}
