package vn.xkmt.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.xkmt.commune.AnnualReport;
import vn.xkmt.commune.AntiDrugModel;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.Person;
import vn.xkmt.commune.Village;

/**
 * Collects the facts of one workbook and makes the checks between rows: unique commune codes,
 * person ids and village names within a commune, unit and year of annual rows; member rows naming a
 * commune of sheet {@code Xa}; at least one of {@code Xa} and {@code BaoCaoNam}.
 */
final class DatasetAssembler {

    private final Problems problems;
    private final List<Commune> communes = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<Village> villages = new ArrayList<>();
    private final List<AntiDrugModel> models = new ArrayList<>();
    private final List<AnnualReport> annual = new ArrayList<>();
    private final Map<SheetKind, String> sheets = new EnumMap<>(SheetKind.class);
    private final List<String> sheetOrder = new ArrayList<>();
    private final Map<String, Commune> communeByCode = new HashMap<>();
    private final Map<String, Map<String, Person>> personIds = new HashMap<>();
    private final Map<String, Map<String, Village>> villageNames = new HashMap<>();
    private final Map<String, Map<Integer, AnnualReport>> unitYears = new HashMap<>();

    DatasetAssembler(Problems problems) {
        this.problems = problems;
    }

    /** A workbook sheet, in workbook order, read as the given contract sheet. */
    void sheet(String name, SheetKind kind) {
        sheetOrder.add(name);
        if (kind != null) {
            sheets.putIfAbsent(kind, name);
        }
    }

    /** The name of the sheet already read as {@code kind}, or null. */
    String sheetOf(SheetKind kind) {
        return sheets.get(kind);
    }

    void add(Fact f) {
        if (f instanceof Commune c) {
            addCommune(c);
        } else if (f instanceof Person p) {
            persons.add(p);
            unique(personIds, p.getCommuneCode(), p.getPersonId(), p,
                    first -> Msg.duplicatePerson(p.getPersonId(), p.getCommuneCode(), first.getRow().row()), "person_id");
        } else if (f instanceof Village v) {
            villages.add(v);
            String name = v.getVillageName() == null ? null : Names.normalise(v.getVillageName());
            unique(villageNames, v.getCommuneCode(), name, v,
                    first -> Msg.duplicateVillage(v.getVillageName(), v.getCommuneCode(), first.getRow().row()),
                    "village_name");
        } else if (f instanceof AntiDrugModel m) {
            models.add(m);
        } else if (f instanceof AnnualReport a) {
            addAnnual(a);
        }
    }

    private void addCommune(Commune c) {
        String code = c.getCommuneCode();
        Commune first = code == null ? null : communeByCode.putIfAbsent(code, c);
        if (first != null) {
            error(c, "commune_code", Msg.duplicateCommune(code, first.getRow().row()));
            return;
        }
        communes.add(c);
    }

    private void addAnnual(AnnualReport a) {
        String unit = a.getUnitCode();
        Integer year = a.getYear();
        if (unit != null && year != null) {
            AnnualReport first = unitYears.computeIfAbsent(unit, k -> new HashMap<>()).putIfAbsent(year, a);
            if (first != null) {
                error(a, "unit_code", Msg.duplicateUnitYear(unit, year, first.getRow().row()));
                return;
            }
        }
        annual.add(a);
    }

    private <F extends Fact> void unique(Map<String, Map<String, F>> seen, String commune, String id, F fact,
                                         java.util.function.Function<F, Msg> message, String key) {
        if (commune == null || id == null) {
            return;
        }
        F first = seen.computeIfAbsent(commune, k -> new HashMap<>()).putIfAbsent(id, fact);
        if (first != null) {
            error(fact, key, message.apply(first));
        }
    }

    private void error(Fact f, String key, Msg m) {
        CellRef c = f.cell(key);
        problems.error(c.sheet(), c.row(), c.column() == null ? null : c.column() + c.row(), c.header(), m);
    }

    Dataset finish(String sha256) {
        if (!sheets.containsKey(SheetKind.COMMUNES) && !sheets.containsKey(SheetKind.ANNUAL_REPORTS)) {
            problems.workbookError(Msg.noDataSheet());
        }
        checkMembers(SheetKind.PERSONS, persons);
        checkMembers(SheetKind.VILLAGES, villages);
        checkMembers(SheetKind.MODELS, models);
        personIds.clear();
        villageNames.clear();
        Set<String> present = new LinkedHashSet<>();
        sheets.keySet().forEach(k -> present.add(k.contractName()));
        List<DataProblem> sorted = new ArrayList<>(problems.list());
        sorted.sort(byPlace());
        return new Dataset(problems.file(), sha256, communes, persons, villages, models, annual, present, sorted);
    }

    private void checkMembers(SheetKind kind, List<? extends Fact> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (!sheets.containsKey(SheetKind.COMMUNES)) {
            problems.error(sheets.get(kind), null, null, null, Msg.membersWithoutCommunes(sheets.get(kind)));
            return;
        }
        for (Fact f : rows) {
            String code = (String) f.value("commune_code");
            if (code != null && !communeByCode.containsKey(code)) {
                error(f, "commune_code", Msg.orphan(code));
            }
        }
    }

    /** Workbook-level problems first, then by sheet in workbook order, row and column. */
    private Comparator<DataProblem> byPlace() {
        return Comparator.<DataProblem>comparingInt(p -> p.sheet() == null ? -1 : sheetOrder.indexOf(p.sheet()))
                .thenComparingInt(p -> p.row() == null ? 0 : p.row())
                .thenComparingInt(p -> p.cell() == null ? -1 : SheetScanner.columnIndex(p.cell()));
    }
}
