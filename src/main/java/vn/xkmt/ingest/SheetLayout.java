package vn.xkmt.ingest;

import vn.xkmt.commune.Names;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.RowRef;
import vn.xkmt.commune.SheetSpec;

/**
 * Where the contract columns of a sheet are, found from its header row (row 1): a header matches a
 * column's key, Vietnamese header or alias after {@link Names#normalise}. Column order is free;
 * unknown and repeated columns are ignored with a warning; a missing required column is an error.
 */
final class SheetLayout {

    final SheetSpec spec;
    final String sheet;
    /** For each contract column (in contract order), its 0-based index in the sheet, or -1. */
    final int[] index;
    /** For each contract column, the header as found, or the contract header when absent. */
    final String[] header;
    /** For each contract column, its Excel letter, or null when absent. */
    final String[] letter;
    /** Every contract key of the sheet with its letter (null when absent) and header. */
    final Map<String, RowRef.Column> columns;
    /** One past the right-most contract column found. */
    final int width;
    /** The Excel row of the header. */
    final int row;

    private SheetLayout(SheetSpec spec, String sheet, int[] index, String[] header, String[] letter, int row) {
        this.row = row;
        this.spec = spec;
        this.sheet = sheet;
        this.index = index;
        this.header = header;
        this.letter = letter;
        Map<String, RowRef.Column> cols = new LinkedHashMap<>();
        int w = 0;
        for (int i = 0; i < index.length; i++) {
            cols.put(spec.columns().get(i).key(), new RowRef.Column(letter[i], header[i]));
            w = Math.max(w, index[i] + 1);
        }
        this.columns = java.util.Collections.unmodifiableMap(cols);
        this.width = w;
    }

    /**
     * How well a row reads as the header row: the number of the sheet's required columns whose header it
     * holds, and the number of contract columns it names at all.
     */
    static int[] recognised(SheetSpec spec, RawRow row, CellParser values) {
        Map<String, Integer> byName = headerIndex(spec);
        boolean[] seen = new boolean[spec.columns().size()];
        int required = 0;
        int any = 0;
        for (int col = 0; col < row.width(); col++) {
            if (row.kind(col) != RawRow.TEXT) {
                continue;
            }
            String text = values.text(row, col);
            Integer which = text == null ? null : byName.get(headerKey(text));
            if (which != null && !seen[which]) {
                seen[which] = true;
                any++;
                required += spec.columns().get(which).required() ? 1 : 0;
            }
        }
        return new int[] {required, any};
    }

    /** The number of required columns of the sheet. */
    static int requiredCount(SheetSpec spec) {
        return (int) spec.columns().stream().filter(ColumnSpec::required).count();
    }

    static SheetLayout match(SheetSpec spec, String sheet, RawRow headerRow, CellParser values, Problems problems) {
        Map<String, Integer> byName = headerIndex(spec);
        List<ColumnSpec> cols = spec.columns();
        int[] index = new int[cols.size()];
        String[] header = new String[cols.size()];
        String[] letter = new String[cols.size()];
        java.util.Arrays.fill(index, -1);
        int at = headerRow.number;
        for (int col = 0; col < headerRow.width(); col++) {
            String text = values.text(headerRow, col);
            if (text == null) {
                continue;
            }
            String cell = CellReference.convertNumToColString(col);
            Integer which = byName.get(headerKey(text));
            if (which == null) {
                problems.warning(sheet, at, cell + at, text, ReaderMessages.unknownColumn(text));
            } else if (index[which] >= 0) {
                problems.warning(sheet, at, cell + at, text, ReaderMessages.repeatedColumn(text, letter[which]));
            } else {
                index[which] = col;
                header[which] = text;
                letter[which] = cell;
            }
        }
        for (int i = 0; i < cols.size(); i++) {
            if (index[i] < 0) {
                header[i] = cols.get(i).header();
                if (cols.get(i).required()) {
                    problems.error(sheet, at, null, cols.get(i).header(), at == 1
                            ? ReaderMessages.requiredColumnMissing(sheet, cols.get(i)) : ReaderMessages.requiredColumnMissingAt(sheet, cols.get(i), at));
                }
            }
        }
        return new SheetLayout(spec, sheet, index, header, letter, at);
    }

    /** The position of a contract key among the sheet's columns, or -1. */
    int columnOf(String key) {
        List<ColumnSpec> cols = spec.columns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** How a header cell is compared: normalised, a trailing required-marker {@code *} dropped. */
    static String headerKey(String text) {
        String n = Names.normalise(text);
        int end = n.length();
        while (end > 0 && n.charAt(end - 1) == '*') {
            end--;
        }
        if (n.endsWith("(*)")) {
            end = n.length() - 3;
        }
        return n.substring(0, end);
    }

    /**
     * Every accepted header of the sheet's columns (key, Vietnamese header, aliases), normalised, to the
     * column's position. Two columns accepting the same header would make the contract ambiguous.
     */
    static Map<String, Integer> headerIndex(SheetSpec spec) {
        Map<String, Integer> m = new HashMap<>();
        List<ColumnSpec> cols = spec.columns();
        for (int i = 0; i < cols.size(); i++) {
            ColumnSpec c = cols.get(i);
            put(m, c.key(), i, spec);
            put(m, c.header(), i, spec);
            for (String a : c.aliases()) {
                put(m, a, i, spec);
            }
        }
        return m;
    }

    private static void put(Map<String, Integer> m, String name, int i, SheetSpec spec) {
        Integer old = m.put(headerKey(name), i);
        if (old != null && old != i) {
            throw new IllegalStateException("Header " + name + " is ambiguous in sheet " + spec.name());
        }
    }
}
