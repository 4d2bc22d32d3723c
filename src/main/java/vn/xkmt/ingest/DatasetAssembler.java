package vn.xkmt.ingest;

import vn.xkmt.commune.Names;
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
import vn.xkmt.commune.LostRows;
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
    private final Map<String, Commune> foldedXa = new HashMap<>();
    private final Map<String, Map<String, Person>> personIds = new HashMap<>();
    private final Map<String, Map<String, Village>> villageNames = new HashMap<>();
    private final Map<String, Map<Integer, AnnualReport>> unitYears = new HashMap<>();
    private final Map<List<Object>, Lost> lost = new java.util.LinkedHashMap<>();

    /** Rows of one sheet lost for one cause, that may belong to one commune (or, null, to any). */
    private static final class Lost {
        final SheetKind kind;
        final String sheetName;
        final String commune;
        final LostRows.Cause cause;
        final String other;
        final List<Integer> rows = new ArrayList<>();
        final Set<CellRef> cells = new LinkedHashSet<>();
        int count;

        Lost(SheetKind kind, String sheetName, String commune, LostRows.Cause cause, String other) {
            this.kind = kind;
            this.sheetName = sheetName;
            this.commune = commune;
            this.cause = cause;
            this.other = other;
        }

        LostRows done() {
            return new LostRows(kind.contractName(), sheetName, commune, cause, rows, count, cells, other);
        }
    }

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

    /**
     * Rows of a sheet that were there but could not be read or told apart: {@code commune} null when
     * they may belong to any commune; {@code row} the Excel row (null when not known), {@code counted}
     * whether it is one row (else "the rest of the sheet"); {@code cell} a cell to fill or fix.
     */
    void lost(SheetKind kind, String sheetName, String commune, LostRows.Cause cause, Integer row, boolean counted,
              CellRef cell, String other) {
        Lost l = lost.computeIfAbsent(java.util.Arrays.asList(kind, sheetName, commune, cause),
                k -> new Lost(kind, sheetName, commune, cause, other));
        if (counted) {
            l.count++;
        }
        if (row != null && l.rows.size() < LostRows.MAX_ROWS) {
            l.rows.add(row);
        }
        if (cell != null && l.cells.size() < LostRows.MAX_ROWS) {
            l.cells.add(cell);
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
                    first -> ReaderMessages.duplicatePerson(p.getPersonId(), p.getCommuneCode(), first.getRow().row()), "person_id");
        } else if (f instanceof Village v) {
            villages.add(v);
            String name = v.getVillageName() == null ? null : Names.normalise(v.getVillageName());
            unique(villageNames, v.getCommuneCode(), name, v,
                    first -> ReaderMessages.duplicateVillage(v.getVillageName(), v.getCommuneCode(), first.getRow().row()),
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
            error(c, "commune_code", ReaderMessages.duplicateCommune(code, first.getRow().row()));
            return;
        }
        if (code != null) {
            Commune like = foldedXa.putIfAbsent(Names.foldCode(code), c);
            if (like != null) {
                CellRef cell = c.cell("commune_code");
                problems.warning(cell.sheet(), cell.row(), cell.column() == null ? null : cell.column() + cell.row(),
                        cell.header(), ReaderMessages.codeLookalike(code, like.getCommuneCode(), like.getRow().row()));
            }
        }
        communes.add(c);
    }

    private void addAnnual(AnnualReport a) {
        String unit = a.getUnitCode();
        Integer year = a.getYear();
        if (unit != null && year != null) {
            AnnualReport first = unitYears.computeIfAbsent(unit, k -> new HashMap<>()).putIfAbsent(year, a);
            if (first != null) {
                error(a, "unit_code", ReaderMessages.duplicateUnitYear(unit, year, first.getRow().row()));
                return;
            }
        }
        annual.add(a);
    }

    private <F extends Fact> void unique(Map<String, Map<String, F>> seen, String commune, String id, F fact,
                                         java.util.function.Function<F, ReaderMessages> message, String key) {
        if (commune == null || id == null) {
            return;
        }
        F first = seen.computeIfAbsent(commune, k -> new HashMap<>()).putIfAbsent(id, fact);
        if (first != null) {
            error(fact, key, message.apply(first));
        }
    }

    private void error(Fact f, String key, ReaderMessages m) {
        CellRef c = f.cell(key);
        problems.error(c.sheet(), c.row(), c.column() == null ? null : c.column() + c.row(), c.header(), m);
    }

    Dataset finish(String sha256) {
        if (!sheets.containsKey(SheetKind.COMMUNES) && !sheets.containsKey(SheetKind.ANNUAL_REPORTS)) {
            problems.workbookError(ReaderMessages.noDataSheet());
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
        List<LostRows> lostRows = lost.values().stream().map(Lost::done).toList();
        return new Dataset(problems.file(), sha256, communes, persons, villages, models, annual, present, sorted, lostRows);
    }

    private void checkMembers(SheetKind kind, List<? extends Fact> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (!sheets.containsKey(SheetKind.COMMUNES)) {
            problems.error(sheets.get(kind), null, null, null, ReaderMessages.membersWithoutCommunes(sheets.get(kind)));
            return;
        }
        Map<String, String> folded = null;
        for (Fact f : rows) {
            String code = (String) f.value("commune_code");
            if (code != null && !communeByCode.containsKey(code)) {
                if (folded == null) {
                    folded = foldedCodes();
                }
                String meant = folded.get(Names.foldCode(code));
                if (meant == null) {
                    error(f, "commune_code", ReaderMessages.orphan(code));
                } else {
                    error(f, "commune_code", ReaderMessages.orphanLookalike(code, meant));
                    CellRef c = f.cell("commune_code");
                    lost(kind, f.getRow().sheet(), meant, LostRows.Cause.COMMUNE_LOOKALIKE, f.getRow().row(), true, c, null);
                }
            }
        }
    }

    /** The commune codes of sheet Xa by their folded form (case and dash look-alikes ignored). */
    private Map<String, String> foldedCodes() {
        Map<String, String> m = new HashMap<>();
        communeByCode.keySet().forEach(code -> m.putIfAbsent(Names.foldCode(code), code));
        return m;
    }

    /** Workbook-level problems first, then by sheet in workbook order, row and column. */
    private Comparator<DataProblem> byPlace() {
        return Comparator.<DataProblem>comparingInt(p -> p.sheet() == null ? -1 : sheetOrder.indexOf(p.sheet()))
                .thenComparing(problems::isSummary)
                .thenComparingInt(p -> p.row() == null ? 0 : p.row())
                .thenComparingInt(p -> p.cell() == null ? -1 : SheetScanner.columnIndex(p.cell()));
    }
}
