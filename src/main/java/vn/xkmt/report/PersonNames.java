package vn.xkmt.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Person;
import vn.xkmt.evaluation.Evidence;

/**
 * Full names of persons by the row they were read from, kept only to print them in the findings
 * sheet when the user asks for names ({@code --show-names}). Personal data: {@link #toString()}
 * never shows a name, and nothing else in the reports reads this. Safe to fill from several
 * threads (the batch reads workbooks in parallel).
 */
public final class PersonNames {

    /** No names known. */
    public static final PersonNames NONE = new PersonNames(Map.of());

    private final Map<String, String> byRow;

    private PersonNames(Map<String, String> byRow) {
        this.byRow = byRow;
    }

    public static PersonNames collecting() {
        return new PersonNames(new ConcurrentHashMap<>());
    }

    /** Remembers the names of a dataset's persons; returns the dataset, to wrap a reader. */
    public Dataset add(Dataset ds) {
        for (Person p : ds.persons()) {
            String name = p.fullName();
            if (name != null && !name.isBlank()) {
                byRow.put(key(p.getRow().file(), p.getRow().sheet(), p.getRow().row()), name);
            }
        }
        return ds;
    }

    /** The full name of the person at an evidence row, or null when it is not a person or has none. */
    public String of(Evidence e) {
        return byRow.get(key(e.file(), e.sheet(), e.row()));
    }

    /** The full name of the person at a row of a file, or null when it is not a person or has none. */
    public String of(String file, String sheet, int row) {
        return byRow.get(key(file, sheet, row));
    }

    public int size() {
        return byRow.size();
    }

    private static String key(String file, String sheet, int row) {
        return file + '\u0000' + sheet + '\u0000' + row;
    }

    @Override
    public String toString() {
        return "PersonNames[" + byRow.size() + " names, not shown]";
    }
}
