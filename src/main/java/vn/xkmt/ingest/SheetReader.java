package vn.xkmt.ingest;

import vn.xkmt.commune.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.ColumnType;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.LostRows;
import vn.xkmt.commune.RowRef;

/**
 * Turns the rows of one contract sheet into facts. The header row is row 1, or the one row among
 * the first {@value #HEADER_SEARCH} that holds every required header (title rows above it are
 * skipped, with a warning); a sheet with neither is ignored and its rows are lost. Each later row
 * that is not blank becomes one fact, its unreadable cells unknown and reported, its blank required
 * cells reported, its blank cells with a contract default ({@code blankMeans}) filled in, the blank
 * cells of a merged range given the range's value. A member row whose commune cannot be told, or a row
 * whose cell references are out of order, is lost (criteria.md, "Lost rows never help").
 * <p>
 * What it finds is kept until {@link #commit}, so that a sheet read again (with its merged ranges
 * known) reports nothing twice.
 */
final class SheetReader implements SheetScanner.Rows {

    static final int HEADER_SEARCH = 10;
    /** The columns of a person row that hold codes, the only identities ever printed. */
    private static final java.util.Set<String> CODES = java.util.Set.of("commune_code", "person_id");
    private static final int TEXT_CACHE_LIMIT = 2048;

    private record Loss(String commune, LostRows.Cause cause, Integer row, boolean counted, CellRef cell) {}

    private final SheetKind kind;
    private final String file;
    private final String sheet;
    private final CellParser values;
    private final Problems problems;
    private final Merges merges;
    private final List<ColumnSpec> cols;
    private final Object[] parsed;
    private final ReaderMessages[] failed;
    private final Map<String, Object> buffer = new HashMap<>();
    private final Map<?, ?>[] textCache;
    private final List<Fact> facts = new ArrayList<>();
    private final List<Loss> losses = new ArrayList<>();
    private final List<RawRow> early = new ArrayList<>();
    private final boolean member;
    /** Rows about persons: a value that is not a code where a code is expected is never quoted. */
    private final boolean personal;
    private SheetLayout layout;
    private boolean refused;

    SheetReader(SheetKind kind, String file, String sheet, CellParser values, Merges merges) {
        this.kind = kind;
        this.file = file;
        this.sheet = sheet;
        this.values = values;
        this.problems = new Problems(file);
        this.merges = merges;
        this.cols = kind.spec().columns();
        this.parsed = new Object[cols.size()];
        this.failed = new ReaderMessages[cols.size()];
        this.textCache = new Map<?, ?>[cols.size()];
        this.member = kind == SheetKind.PERSONS || kind == SheetKind.VILLAGES || kind == SheetKind.MODELS;
        this.personal = kind == SheetKind.PERSONS;
        values.guarded(personal);
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).type() == ColumnType.TEXT) {
                textCache[i] = new HashMap<String, String>();
            }
        }
    }

    @Override
    public boolean accept(RawRow row) {
        if (merges != null) {
            merges.capture(row);
        }
        boolean more;
        if (layout == null) {
            more = findHeader(row);
        } else {
            data(row);
            more = true;
        }
        if (facts.size() >= kind.maxRows() && more) {
            problems.resource(sheet, row.number, ReaderMessages.tooManyRows(sheet, kind.maxRows(), row.number));
            losses.add(new Loss(null, LostRows.Cause.LIMIT, row.number + 1, false,
                    new CellRef(file, sheet, "A", row.number + 1, null)));
            refused = true;
            return false;
        }
        if (layout != null) {
            row.limit(layout.width);
        }
        return more;
    }

    /** The Excel row of the header, 0 when none was found. */
    int headerRow() {
        return layout == null ? 0 : layout.row;
    }

    /** Called when the sheet has been read through (or as far as it could be). */
    void finish() {
        if (layout == null && !refused) {
            if (early.isEmpty()) {
                problems.warning(sheet, null, null, null, ReaderMessages.emptySheet(sheet));
            } else {
                decideHeader();
            }
        }
    }

    /** Hands what was found to the workbook: facts, lost rows, then problems. */
    void commit(DatasetAssembler assembler, Problems into) {
        facts.forEach(assembler::add);
        for (Loss l : losses) {
            assembler.lost(kind, sheet, l.commune(), l.cause(), l.row(), l.counted(), l.cell(), null);
        }
        into.addAll(problems);
    }

    private boolean findHeader(RawRow row) {
        if (row.number <= HEADER_SEARCH) {
            if (blank(row)) {
                return true;
            }
            if (early.isEmpty() && row.number == 1 && fullHeader(row)) {
                header(row);
                return true;
            }
            early.add(row.copy());
            return true;
        }
        decideHeader();
        if (layout == null) {
            return false;
        }
        data(row);
        return true;
    }

    private boolean fullHeader(RawRow row) {
        return SheetLayout.recognised(kind.spec(), row, values)[0] == SheetLayout.requiredCount(kind.spec());
    }

    /** Chooses the header among the first rows held back, then reads the rows after it. */
    private void decideHeader() {
        List<RawRow> full = early.stream().filter(this::fullHeader).toList();
        RawRow header = null;
        if (full.size() == 1 || (!full.isEmpty() && full.get(0).number == 1)) {
            header = full.get(0);
            if (header.number != 1) {
                problems.warning(sheet, header.number, null, null, ReaderMessages.headerBelowTitle(sheet, header.number));
            }
        } else if (full.size() > 1) {
            problems.error(sheet, null, null, null, ReaderMessages.severalHeaderRows(sheet,
                    String.join(", ", full.stream().map(r -> String.valueOf(r.number)).toList())));
        } else {
            RawRow first = early.isEmpty() ? null : early.get(0);
            if (first != null && first.number == 1 && SheetLayout.recognised(kind.spec(), first, values)[1] > 0) {
                header = first;
            } else {
                problems.error(sheet, 1, null, null, ReaderMessages.noHeaderFound(sheet, HEADER_SEARCH));
            }
        }
        if (header == null) {
            refused = true;
            losses.add(new Loss(null, LostRows.Cause.NO_HEADER, 1, false, new CellRef(file, sheet, "A", 1, null)));
            early.clear();
            return;
        }
        header(header);
        for (RawRow r : early) {
            if (r.number > header.number) {
                data(r);
            }
        }
        early.clear();
    }

    private void header(RawRow row) {
        layout = SheetLayout.match(kind.spec(), sheet, row, values, problems);
        row.limit(layout.width);
    }

    private void data(RawRow row) {
        if (blank(row)) {
            return;
        }
        if (row.malformed() != null) {
            problems.error(sheet, row.number, null, null, ReaderMessages.malformedRow(row.malformed()));
            losses.add(new Loss(null, LostRows.Cause.CELL_REFERENCE, row.number, true,
                    new CellRef(file, sheet, "A", row.number, null)));
            return;
        }
        if (merges != null) {
            merges.fill(row);
        }
        try {
            readRow(row);
        } catch (RuntimeException e) {
            // a value no check foresaw: this row is lost, not the rest of the sheet
            problems.error(sheet, row.number, null, null, ReaderMessages.unreadableRow());
            losses.add(new Loss(null, LostRows.Cause.ROW, row.number, true, new CellRef(file, sheet, "A", row.number, null)));
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
            Object v = col < 0 || !row.keeps(col) ? null : values.read(cols.get(i), row, col);
            ReaderMessages why = col < 0 || !row.keeps(col) ? null : values.failure();
            if (why == null && col >= 0 && row.isCut(col)) {
                error(i, row.number, ReaderMessages.cellTooLong());
            }
            if (v instanceof String s) {
                if (personal && CODES.contains(cols.get(i).key()) && nameShaped(s)) {
                    why = ReaderMessages.notAnId(layout.header[i], ReaderMessages.Shown.described(s));
                    v = null;
                } else {
                    v = dedupe(i, s);
                }
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
                    // a member row's blank commune code is said once, with what it costs
                    error(i, n, member && "commune_code".equals(c.key()) ? ReaderMessages.memberCommuneBlank()
                            : ReaderMessages.requiredBlank(layout.header[i]));
                }
                if (c.blankMeans() != null) {
                    buffer.put(c.key(), c.blankMeans());
                }
            }
        }
        kind.check(buffer, this, n);
        RowRef ref = new RowRef(file, sheet, n, layout.columns);
        if (member && buffer.get("commune_code") == null) {
            int i = layout.columnOf("commune_code");
            boolean unreadable = i >= 0 && failed[i] != null;
            losses.add(new Loss(null, unreadable ? LostRows.Cause.COMMUNE_UNREADABLE : LostRows.Cause.COMMUNE_BLANK, n,
                    true, ref.cell("commune_code")));
        }
        facts.add(kind.create(ref, buffer));
    }

    /**
     * Whether a text in a code column may be a person's full name: two words or more and no digit (codes
     * such as {@code NN-001} or {@code NN 001} have digits; names never do).
     */
    static boolean nameShaped(String s) {
        if (CellParser.TOKEN.matcher(s).matches()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Reports an error on the cell of contract key {@code key} in row {@code n}. */
    void error(String key, int n, ReaderMessages m) {
        int i = layout.columnOf(key);
        if (i >= 0) {
            error(i, n, m);
        }
    }

    private void error(int i, int n, ReaderMessages m) {
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
