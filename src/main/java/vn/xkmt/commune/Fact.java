package vn.xkmt.commune;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A row of the data contract, immutable: its place in the workbook and its values by contract key.
 * A key with no value is unknown (blank or unreadable) and stays distinct from zero and false.
 */
public abstract class Fact {

    private final RowRef row;
    private final Map<String, Object> values;

    protected Fact(RowRef row, Map<String, ?> values) {
        this.row = row;
        this.values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    public RowRef getRow() {
        return row;
    }

    /** The value of a contract key, or null when unknown. */
    public Object value(String key) {
        return values.get(key);
    }

    public Map<String, Object> values() {
        return values;
    }

    public CellRef cell(String key) {
        return row.cell(key);
    }

    /** A short identity for evidence lists (person id, village or model name, unit code). */
    public abstract String label();

    protected String text(String key) {
        return (String) values.get(key);
    }

    protected Integer integer(String key) {
        return (Integer) values.get(key);
    }

    protected LocalDate date(String key) {
        return (LocalDate) values.get(key);
    }

    protected Boolean bool(String key) {
        return (Boolean) values.get(key);
    }

    /** A boolean cell as a three-valued truth naming its cell when blank. */
    public Tri flag(String key) {
        return Tri.ofNullable(bool(key), cell(key));
    }

    /** True when the cell has a value. */
    public Tri known(String key) {
        return values.get(key) == null ? Tri.unknown(cell(key)) : Tri.TRUE;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + label() + " @ " + row.label() + "]";
    }
}
