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

    /** Column index by contract key, per sheet, shared by every row of that sheet. */
    private static final Map<SheetSpec, Map<String, Integer>> INDEX = new ConcurrentHashMap<>();

    private final SheetSpec sheet;
    private final RowRef row;
    /** Values in the sheet's contract column order; a null slot is unknown. Compact: one array per row. */
    private final Object[] values;

    protected Fact(SheetSpec sheet, RowRef row, Map<String, ?> values) {
        this.sheet = sheet;
        this.row = row;
        Map<String, Integer> index = index(sheet);
        this.values = new Object[sheet.columns().size()];
        values.forEach((k, v) -> {
            Integer i = index.get(k);
            if (i == null) {
                throw new IllegalArgumentException("\"" + k + "\" is not a column of sheet " + sheet.name());
            }
            this.values[i] = v;
        });
    }

    private static Map<String, Integer> index(SheetSpec sheet) {
        return INDEX.computeIfAbsent(sheet, s -> {
            Map<String, Integer> m = new java.util.HashMap<>();
            List<ColumnSpec> cols = s.columns();
            for (int i = 0; i < cols.size(); i++) {
                m.put(cols.get(i).key(), i);
            }
            return Map.copyOf(m);
        });
    }

    public RowRef getRow() {
        return row;
    }

    /** The value of a contract key, or null when unknown. */
    public Object value(String key) {
        Integer i = index(sheet).get(key);
        return i == null ? null : values[i];
    }

    /** The known values by contract key, in column order. */
    public Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<ColumnSpec> cols = sheet.columns();
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
        return Tri.ofNullable(bool(key), cell(key));
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
