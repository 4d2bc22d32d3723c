package vn.xkmt.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.ColumnType;
import vn.xkmt.commune.RowRef;

/**
 * Turns the rows of one contract sheet into facts: row 1 is the header; each later row that is not
 * blank becomes one fact, its unreadable cells unknown and reported, its blank required cells
 * reported, its blank cells with a contract default ({@code blankMeans}) filled in.
 */
final class SheetReader implements SheetScanner.Rows {

    private static final int TEXT_CACHE_LIMIT = 2048;

    private final SheetKind kind;
    private final String file;
    private final String sheet;
    private final CellValues values;
    private final Problems problems;
    private final DatasetAssembler sink;
    private final List<ColumnSpec> cols;
    private final Object[] parsed;
    private final Msg[] failed;
    private final Map<String, Object> buffer = new HashMap<>();
    private final Map<?, ?>[] textCache;
    private SheetLayout layout;
    private boolean headerMissing;

    SheetReader(SheetKind kind, String file, String sheet, CellValues values, Problems problems, DatasetAssembler sink) {
        this.kind = kind;
        this.file = file;
        this.sheet = sheet;
        this.values = values;
        this.problems = problems;
        this.sink = sink;
        this.cols = kind.spec().columns();
        this.parsed = new Object[cols.size()];
        this.failed = new Msg[cols.size()];
        this.textCache = new Map<?, ?>[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).type() == ColumnType.TEXT) {
                textCache[i] = new HashMap<String, String>();
            }
        }
    }

    @Override
    public boolean accept(RawRow row) {
        if (layout == null) {
            if (blank(row)) {
                return true;
            }
            if (row.number != 1) {
                problems.error(sheet, 1, null, null, Msg.noHeaderRow(sheet));
                headerMissing = true;
                return false;
            }
            layout = SheetLayout.match(kind.spec(), sheet, row, values, problems);
            row.limit(layout.width);
            return true;
        }
        readRow(row);
        return true;
    }

    /** Called when the sheet has been read through. */
    void finish() {
        if (layout == null && !headerMissing) {
            problems.warning(sheet, null, null, null, Msg.emptySheet(sheet));
        }
    }

    private boolean blank(RawRow row) {
        for (int col = 0; col < row.width(); col++) {
            if (row.kind(col) != RawRow.BLANK && (row.kind(col) != RawRow.TEXT || Names.clean(row.value(col)) != null)) {
                return false;
            }
        }
        return true;
    }

    private void readRow(RawRow row) {
        boolean any = false;
        for (int i = 0; i < cols.size(); i++) {
            int col = layout.index[i];
            Object v = col < 0 ? null : values.read(cols.get(i), row, col);
            Msg why = col < 0 ? null : values.failure();
            if (v instanceof String s) {
                v = dedupe(i, s);
            }
            parsed[i] = v;
            failed[i] = why;
            any |= v != null || why != null;
        }
        if (!any) {
            return;
        }
        int n = row.number;
        buffer.clear();
        for (int i = 0; i < cols.size(); i++) {
            ColumnSpec c = cols.get(i);
            if (failed[i] != null) {
                error(i, n, failed[i]);
            } else if (parsed[i] != null) {
                buffer.put(c.key(), parsed[i]);
            } else {
                if (c.required() && layout.index[i] >= 0) {
                    error(i, n, Msg.requiredBlank(layout.header[i]));
                }
                if (c.blankMeans() != null) {
                    buffer.put(c.key(), c.blankMeans());
                }
            }
        }
        kind.check(buffer, this, n);
        sink.add(kind.create(new RowRef(file, sheet, n, layout.columns), buffer));
    }

    /** Reports an error on the cell of contract key {@code key} in row {@code n}. */
    void error(String key, int n, Msg m) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).key().equals(key)) {
                error(i, n, m);
                return;
            }
        }
    }

    private void error(int i, int n, Msg m) {
        String letter = layout.letter[i];
        problems.error(sheet, n, letter == null ? null : letter + n, layout.header[i], m);
    }

    @SuppressWarnings("unchecked")
    private String dedupe(int i, String s) {
        Map<String, String> cache = (Map<String, String>) textCache[i];
        if (cache == null) {
            return s;
        }
        String known = cache.putIfAbsent(s, s);
        if (known != null) {
            return known;
        }
        if (cache.size() > TEXT_CACHE_LIMIT) {
            textCache[i] = null;
        }
        return s;
    }
}
