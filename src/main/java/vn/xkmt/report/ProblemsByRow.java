package vn.xkmt.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.evaluation.CriterionResult;
import vn.xkmt.evaluation.Evidence;
import vn.xkmt.evaluation.Finding;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.UnitResult;

/**
 * A run's errors and warnings by the row they name, so that each is shown beside what it explains:
 * with a criterion when it names a row or cell behind one of the criterion's failing or undecided
 * conditions (a test dated after the request date, an unreadable cell), and with the unit when it
 * names the unit's own row (no rule set in force, a district outside the plan, an empty roll).
 */
final class ProblemsByRow {

    private record Key(String file, String sheet, int row) {}

    private final Map<Key, List<DataProblem>> byRow = new HashMap<>();

    ProblemsByRow(List<DataProblem> problems) {
        for (DataProblem p : problems) {
            if (p.row() != null && p.sheet() != null) {
                byRow.computeIfAbsent(new Key(p.file(), p.sheet(), p.row()), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** The problems on the rows behind the criterion's conditions that did not pass, each once, in row order. */
    private List<DataProblem> of(CriterionResult c, String unitSheet) {
        if (c.outcome() == Outcome.PASS || byRow.isEmpty()) {
            return List.of();
        }
        Set<Key> rows = new LinkedHashSet<>();
        Set<String> cells = new LinkedHashSet<>();
        for (Finding f : c.findings()) {
            if (f.outcome() == Outcome.PASS) {
                continue;
            }
            for (Evidence e : f.evidence()) {
                if (!e.sheet().equals(unitSheet)) { // a member row: all it says is about this criterion's person
                    rows.add(new Key(e.file(), e.sheet(), e.row()));
                }
            }
            for (CellRef cell : f.missing()) {
                if (cell.column() != null && cell.row() > 0) {
                    rows.add(new Key(cell.file(), cell.sheet(), cell.row()));
                    cells.add(cell.file() + "|" + cell.sheet() + "|" + cell.column() + cell.row());
                }
            }
        }
        Set<DataProblem> out = new LinkedHashSet<>();
        for (Key k : rows) {
            for (DataProblem p : byRow.getOrDefault(k, List.of())) {
                // on the unit's own row only the problem of a cell the criterion waits for
                if (!k.sheet().equals(unitSheet) || cells.contains(p.file() + "|" + p.sheet() + "|" + p.cell())) {
                    out.add(p);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The problems of the criteria of {@code r}, by criterion id (criteria with none left out). */
    Map<String, List<DataProblem>> ofCriteria(UnitResult r) {
        String unitSheet = r.subject().getRow().sheet();
        Map<String, List<DataProblem>> out = new java.util.LinkedHashMap<>();
        for (CriterionResult c : r.criteria()) {
            List<DataProblem> mine = of(c, unitSheet);
            if (!mine.isEmpty()) {
                out.put(c.id(), mine);
            }
        }
        return out;
    }

    /** The problems on the unit's own row ({@code Xa} or {@code BaoCaoNam}). */
    List<DataProblem> of(UnitResult r) {
        var row = r.subject().getRow();
        return byRow.getOrDefault(new Key(row.file(), row.sheet(), row.row()), List.of()).stream()
                .filter(Objects::nonNull).toList();
    }
}
