package vn.xkmt.batch;

import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Dates;
import vn.xkmt.text.Messages;
import vn.xkmt.text.Lang;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.xkmt.commune.AnnualReport;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.LostRows;
import vn.xkmt.commune.Person;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.Subject;
import vn.xkmt.evaluation.UnitFacts;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.ruleset.ProvinceNames;
import vn.xkmt.ruleset.RuleSetCatalog;

/**
 * Turns a dataset into units to evaluate, each with the rule set version that applies: chosen by
 * the row's province (or the one the user named) and the version in force on its reference date.
 * Rows no rule set applies to are reported, never dropped silently.
 */
final class Planner {

    private static final Messages WORDS = Messages.of(Planner.class);
    static final DateTimeFormatter DATE = Dates.DAY;
    private static final Set<String> MEMBER_SHEETS = Set.of(DataContract.PERSONS.name(), DataContract.VILLAGES.name(),
            DataContract.MODELS.name());

    /** A unit and its rule set version; {@code inForce} false when that version's period does not hold the unit's reference date. */
    record Job(UnitFacts unit, LoadedRuleSet ruleSet, boolean inForce) {}

    /** A chosen version and whether it is in force on the reference date. */
    private record Choice(LoadedRuleSet ruleSet, boolean inForce) {}

    private final RuleSetCatalog catalog;
    private final RunOptions options;

    Planner(RuleSetCatalog catalog, RunOptions options) {
        this.catalog = catalog;
        this.options = options;
    }

    List<Job> plan(Dataset ds, List<DataProblem> problems) {
        List<Job> jobs = new ArrayList<>();
        Map<String, List<Fact>> members = groupMembers(ds);
        Set<String> present = ds.presentSheets().stream().filter(MEMBER_SHEETS::contains).collect(Collectors.toSet());
        for (Commune c : ds.communes()) {
            Optional<Choice> rs = choose(c, Subject.COMMUNE, c.getProvince(), c.getRequestDate(),
                    c.cell("province"), problems);
            if (rs.isEmpty()) {
                continue;
            }
            List<Fact> mine = members.getOrDefault(c.getCommuneCode(), List.of());
            warnDistrict(c, rs.get().ruleSet().definition(), problems);
            warnTestsAfterRequest(c, mine, problems);
            List<LostRows> lost = c.getCommuneCode() == null ? withoutCode(c, ds, present) : ds.lostRowsOf(c.getCommuneCode());
            if (present.contains(DataContract.PERSONS.name())) {
                warnEmptyRoll(c, mine, problems);
            }
            jobs.add(new Job(new UnitFacts(c, mine, present, lost), rs.get().ruleSet(), rs.get().inForce()));
        }
        for (AnnualReport r : ds.annualReports()) {
            choose(r, Subject.ANNUAL_REPORT, r.getProvince(), r.getReferenceDate(), r.cell("province"), problems)
                    .ifPresent(rs -> jobs.add(new Job(new UnitFacts(r, List.of(), Set.of()), rs.ruleSet(), rs.inForce())));
        }
        return jobs;
    }

    /** A commune whose own code is blank: none of the member rows can be told to be its own (criteria.md, "Lost rows never help"). */
    private static List<LostRows> withoutCode(Commune c, Dataset ds, Set<String> present) {
        List<LostRows> out = new ArrayList<>(ds.lostRows());
        CellRef code = c.cell("commune_code");
        for (String sheet : present) {
            out.add(new LostRows(sheet, sheet, null, LostRows.Cause.NO_COMMUNE_CODE, List.of(c.getRow().row()), 0,
                    Set.of(code), null));
        }
        return out;
    }

    private static Map<String, List<Fact>> groupMembers(Dataset ds) {
        Map<String, List<Fact>> out = new HashMap<>();
        ds.persons().forEach(p -> out.computeIfAbsent(p.getCommuneCode(), k -> new ArrayList<>()).add(p));
        ds.villages().forEach(v -> out.computeIfAbsent(v.getCommuneCode(), k -> new ArrayList<>()).add(v));
        ds.models().forEach(m -> out.computeIfAbsent(m.getCommuneCode(), k -> new ArrayList<>()).add(m));
        return out;
    }

    private Optional<Choice> choose(Fact row, Subject subject, String province, LocalDate r, CellRef provinceCell,
                                           List<DataProblem> problems) {
        String id = options.ruleSetId();
        if (id == null) {
            Optional<String> found = catalog.idForProvince(province, subject);
            if (found.isEmpty()) {
                String known = catalog.all().stream().filter(x -> x.definition().subject() == subject)
                        .map(LoadedRuleSet::id).distinct().collect(Collectors.joining(", "));
                problems.add(error(provinceCell,
                        vi(subject == Subject.ANNUAL_REPORT ? "noRuleSet.annual" : "noRuleSet", nullToEmpty(province), known),
                        en(subject == Subject.ANNUAL_REPORT ? "noRuleSet.annual" : "noRuleSet", nullToEmpty(province), known)));
                return Optional.empty();
            }
            id = found.get();
        }
        Optional<LoadedRuleSet> chosen;
        boolean inForce;
        if (options.ruleSetVersion() != null) {
            chosen = catalog.version(id, options.ruleSetVersion());
            inForce = chosen.map(c -> c.definition().inForce(r)).orElse(false);
        } else {
            var sel = catalog.select(id, r);
            chosen = sel.map(RuleSetCatalog.Selection::ruleSet);
            inForce = sel.map(RuleSetCatalog.Selection::inForce).orElse(false);
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        RuleSetDefinition def = chosen.get().definition();
        if (def.subject() != subject) {
            problems.add(DataProblem.warning(row.getRow().file(), row.getRow().sheet(), row.getRow().row(), null, null,
                    vi("otherSubject", def.id(), vi("subject." + def.subject().name())),
                    en("otherSubject", def.id(), en("subject." + def.subject().name()))));
            return Optional.empty();
        }
        if (!inForce && r != null) {
            problems.add(DataProblem.warning(row.getRow().file(), row.getRow().sheet(), row.getRow().row(), null, null,
                    vi("notInForce", DATE.format(r), def.id(), def.version(), period(def),
                            Verdict.NOT_IN_FORCE.defaultLabel(Lang.VI)),
                    en("notInForce", DATE.format(r), def.id(), def.version(), period(def),
                            Verdict.NOT_IN_FORCE.defaultLabel(Lang.EN))));
        }
        // A blank reference date is reported by the reader as a required cell; the row then stays under the nearest version.
        return Optional.of(new Choice(chosen.get(), inForce || r == null));
    }

    private static void warnDistrict(Commune c, RuleSetDefinition def, List<DataProblem> problems) {
        String district = c.getDistrict();
        if (def.districts().isEmpty()) {
            return;
        }
        if (district == null || district.isBlank()) {
            CellRef cell = c.cell("district");
            String list = String.join(", ", def.districts());
            problems.add(DataProblem.warning(cell.file(), cell.sheet(), cell.row(), cellName(cell), cell.header(),
                    vi("districtBlank", def.id(), list), en("districtBlank", def.id(), list)));
            return;
        }
        String d = ProvinceNames.normalise(district.replaceFirst("(?iu)^(huyện|huyen|thị xã|thi xa|thành phố|tp\\.?)\\s*", ""));
        if (def.districts().stream().noneMatch(x -> ProvinceNames.normalise(x).equals(d))) {
            CellRef cell = c.cell("district");
            String list = String.join(", ", def.districts());
            problems.add(DataProblem.warning(cell.file(), cell.sheet(), cell.row(), cellName(cell), cell.header(),
                    vi("districtOutside", district, def.id(), list), en("districtOutside", district, def.id(), list)));
        }
    }

    /**
     * A commune with no row on an existing {@code Nguoi} sheet has no persons (criteria.md); when its
     * registration baseline counted some, the team is warned on its {@code Xa} row.
     */
    private static void warnEmptyRoll(Commune c, List<Fact> members, List<DataProblem> problems) {
        if (members.stream().anyMatch(f -> f instanceof Person)) {
            return;
        }
        Integer addicts = c.getBaselineAddicts();
        Integer users = c.getBaselineUsers();
        int baseline = (addicts == null ? 0 : addicts) + (users == null ? 0 : users);
        if (baseline <= 0) {
            return;
        }
        problems.add(DataProblem.warning(c.getRow().file(), c.getRow().sheet(), c.getRow().row(), null, null,
                vi("noPersons", c.getCommuneCode(), baseline), en("noPersons", c.getCommuneCode(), baseline)));
    }

    private static void warnTestsAfterRequest(Commune c, List<Fact> members, List<DataProblem> problems) {
        LocalDate r = c.getRequestDate();
        for (Fact f : members) {
            if (f instanceof Person p && p.testAfter(r)) {
                CellRef cell = p.cell("last_test_date");
                problems.add(DataProblem.warning(cell.file(), cell.sheet(), cell.row(), cellName(cell), cell.header(),
                        vi("testAfter", p.label(), DATE.format(p.getLastTestDate()), DATE.format(r)),
                        en("testAfter", p.label(), DATE.format(p.getLastTestDate()), DATE.format(r))));
            }
        }
    }

    private static DataProblem error(CellRef cell, String vi, String en) {
        return DataProblem.error(cell.file(), cell.sheet(), cell.row(), cellName(cell), cell.header(), vi, en);
    }

    static String cellName(CellRef cell) {
        return cell.column() == null ? null : cell.column() + cell.row();
    }

    private static String period(RuleSetDefinition def) {
        return (def.effectiveFrom() == null ? "…" : DATE.format(def.effectiveFrom())) + " – "
                + (def.effectiveTo() == null ? "…" : DATE.format(def.effectiveTo()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String vi(String key, Object... args) {
        return WORDS.get(key, Lang.VI, args);
    }

    private static String en(String key, Object... args) {
        return WORDS.get(key, Lang.EN, args);
    }
}
