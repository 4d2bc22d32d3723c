package vn.xkmt.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.commune.DataProblem;

/**
 * The errors and warnings of one workbook, in the order found, bounded: at most
 * {@value #PER_COLUMN} per sheet and column (and {@value #PER_SHEET} per sheet in all), the rest
 * counted and said in one line per column ("… và 119.950 lỗi tương tự ở cột H"), so that a flood of
 * bad cells costs kilobytes.
 */
final class Problems {

    static final int PER_COLUMN = 50;
    static final int PER_SHEET = 1000;

    /** The problems left out of one sheet's column (or of its problems about whole rows). */
    private static final class Dropped {
        final DataProblem first;
        int count;

        Dropped(DataProblem first) {
            this.first = first;
        }
    }

    private final String file;
    private final List<DataProblem> list = new ArrayList<>();
    private final Map<String, Integer> perColumn = new LinkedHashMap<>();
    private final Map<String, Integer> perSheet = new LinkedHashMap<>();
    private final Map<String, Dropped> dropped = new LinkedHashMap<>();
    private final java.util.Set<DataProblem> summaries = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(String sheet, Integer row, String cell, String column, ReaderMessages m) {
        add(DataProblem.error(file, sheet, row, cell, column, m.vi(), m.en()));
    }

    void warning(String sheet, Integer row, String cell, String column, ReaderMessages m) {
        add(DataProblem.warning(file, sheet, row, cell, column, m.vi(), m.en()));
    }

    void resource(String sheet, Integer row, ReaderMessages m) {
        list.add(DataProblem.resourceError(file, sheet, row, m.vi(), m.en()));
    }

    void workbookError(ReaderMessages m) {
        list.add(DataProblem.fileError(file, m.vi(), m.en()));
    }

    /** Another list's problems as they are (already bounded by it). */
    void addAll(Problems other) {
        List<DataProblem> more = other.list();
        list.addAll(more);
        more.stream().filter(other::isSummary).forEach(summaries::add);
    }

    /** Whether a problem is the line counting the problems left out. */
    boolean isSummary(DataProblem p) {
        return summaries.contains(p);
    }

    private void add(DataProblem p) {
        if (p.sheet() == null) {
            list.add(p);
            return;
        }
        String letters = p.cell() == null ? "" : p.cell().replaceAll("[0-9]+$", "");
        String key = (p.isError() ? "E|" : "W|") + p.sheet() + "|" + letters;
        int inColumn = perColumn.merge(key, 1, Integer::sum);
        int inSheet = perSheet.merge(p.sheet(), 1, Integer::sum);
        if (inColumn <= PER_COLUMN && inSheet <= PER_SHEET) {
            list.add(p);
        } else {
            dropped.computeIfAbsent(key, k -> new Dropped(p)).count++;
        }
    }

    /** The problems kept, then one line per sheet and column saying how many more there were. */
    List<DataProblem> list() {
        if (dropped.isEmpty()) {
            return list;
        }
        List<DataProblem> out = new ArrayList<>(list);
        for (Dropped d : dropped.values()) {
            DataProblem f = d.first;
            String letters = f.cell() == null ? null : f.cell().replaceAll("[0-9]+$", "");
            ReaderMessages m = ReaderMessages.similarProblems(d.count, letters, f.column(), f.isError());
            DataProblem line = f.isError() ? DataProblem.error(file, f.sheet(), null, null, f.column(), m.vi(), m.en())
                    : DataProblem.warning(file, f.sheet(), null, null, f.column(), m.vi(), m.en());
            summaries.add(line);
            out.add(line);
        }
        return out;
    }
}
