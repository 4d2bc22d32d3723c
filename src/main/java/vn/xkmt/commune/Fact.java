package vn.xkmt.commune;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A row of the data contract, immutable: its place in the workbook and its values by contract key.
 * A key with no value is unknown (blank or unreadable) and stays distinct from zero and false.
 */
public abstract class Fact {

    /** A sheet's columns with their index by contract key, shared by every row of that sheet. */
    private record Layout(SheetSpec spec, Map<String, Integer> index) {}

    private static final Map<SheetSpec, Layout> LAYOUTS = new ConcurrentHashMap<>();

    private final Layout layout;
    private final RowRef row;
    /** Values in the sheet's contract column order; a null slot is unknown. Compact: one array per row. */
    private final Object[] values;

    protected Fact(SheetSpec sheet, RowRef row, Map<String, ?> values) {
        this.layout = layout(sheet);
        this.row = row;
        Map<String, Integer> index = layout.index();
        this.values = new Object[sheet.columns().size()];
        values.forEach((k, v) -> {
            Integer i = index.get(k);
            if (i == null) {
                throw new IllegalArgumentException("\"" + k + "\" is not a column of sheet " + sheet.name());
            }
            this.values[i] = v;
        });
    }

    private static Layout layout(SheetSpec sheet) {
        Layout known = LAYOUTS.get(sheet);
        if (known != null) {
            return known;
        }
        return LAYOUTS.computeIfAbsent(sheet, s -> {
            Map<String, Integer> m = new java.util.HashMap<>();
            List<ColumnSpec> cols = s.columns();
            for (int i = 0; i < cols.size(); i++) {
                m.put(cols.get(i).key(), i);
            }
            return new Layout(s, Map.copyOf(m));
        });
    }

    /**
     * The position of a contract key in a sheet's values, for getters that read a column on every
     * rule evaluation ({@code private static final int CATEGORY = column(DataContract.PERSONS, "category")}).
     */
    protected static int column(SheetSpec sheet, String key) {
        Integer i = layout(sheet).index().get(key);
        if (i == null) {
            throw new IllegalArgumentException("\"" + key + "\" is not a column of sheet " + sheet.name());
        }
        return i;
    }

    /** The value at a position given by {@link #column}, or null when unknown. */
    protected final Object at(int column) {
        return values[column];
    }

    public RowRef getRow() {
        return row;
    }

    /** The value of a contract key, or null when unknown. */
    public Object value(String key) {
        Integer i = layout.index().get(key);
        return i == null ? null : values[i];
    }

    /** The known values by contract key, in column order. */
    public Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<ColumnSpec> cols = layout.spec().columns();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                m.put(cols.get(i).key(), values[i]);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    public CellRef cell(String key) {
        return row.cell(key);
    }

    /** A short identity for evidence lists (person id, village or model name, unit code). */
    public abstract String label();

    protected String text(String key) {
        return (String) value(key);
    }

    protected Integer integer(String key) {
        return (Integer) value(key);
    }

    protected LocalDate date(String key) {
        return (LocalDate) value(key);
    }

    protected Boolean bool(String key) {
        return (Boolean) value(key);
    }

    /** A boolean cell as a three-valued truth naming its cell when blank. */
    public Tri flag(String key) {
        Boolean b = bool(key);
        return b == null ? Tri.unknown(cell(key)) : Tri.of(b);
    }

    /** {@link #flag(String)} for a column given by position. */
    protected final Tri flagAt(int column, String key) {
        Object b = values[column];
        return b == null ? Tri.unknown(cell(key)) : Tri.of((Boolean) b);
    }

    /** {@link #known(String)} for a column given by position. */
    protected final Tri knownAt(int column, String key) {
        return values[column] == null ? Tri.unknown(cell(key)) : Tri.TRUE;
    }

    /** True when the cell has a value. */
    public Tri known(String key) {
        return value(key) == null ? Tri.unknown(cell(key)) : Tri.TRUE;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + label() + " @ " + row.label() + "]";
    }
}
