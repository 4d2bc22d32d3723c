package vn.xkmt.commune;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A three-valued truth: true, false or unknown. An unknown value remembers the cells that would
 * have to be filled to decide it, so a verdict of "insufficient data" can say exactly what to fill.
 * Kleene logic: {@code FALSE and UNKNOWN = FALSE}, {@code TRUE or UNKNOWN = TRUE}.
 */
public final class Tri {

    public static final Tri TRUE = new Tri(Boolean.TRUE, Set.of());
    public static final Tri FALSE = new Tri(Boolean.FALSE, Set.of());

    private final Boolean value;
    private final Set<CellRef> missing;

    private Tri(Boolean value, Set<CellRef> missing) {
        this.value = value;
        this.missing = missing;
    }

    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** Unknown because of the given cells (blank or unreadable). */
    public static Tri unknown(CellRef... cells) {
        return unknown(java.util.Arrays.asList(cells));
    }

    public static Tri unknown(Collection<CellRef> cells) {
        return new Tri(null, Collections.unmodifiableSet(new LinkedHashSet<>(cells)));
    }

    /** Reads a nullable Boolean cell: null is unknown because of {@code cell}. */
    public static Tri ofNullable(Boolean b, CellRef cell) {
        return b == null ? unknown(cell) : of(b);
    }

    /** All of the given values: false if any is false, else unknown if any is unknown, else true. */
    public static Tri all(Tri... values) {
        Tri r = TRUE;
        for (Tri t : values) {
            r = r.and(t);
        }
        return r;
    }

    /** Any of the given values: true if any is true, else unknown if any is unknown, else false. */
    public static Tri any(Tri... values) {
        Tri r = FALSE;
        for (Tri t : values) {
            r = r.or(t);
        }
        return r;
    }

    /** {@code t} when {@code condition} holds, else TRUE: a requirement that a reading may switch off. */
    public static Tri onlyIf(boolean condition, Tri t) {
        return condition ? t : TRUE;
    }

    /**
     * {@link #and} under the name rules use: Drools' executable-model parser reads {@code and} and
     * {@code or} after a dot as its own operators, so DRL says {@code a.andAlso(b)} and {@code a.orElse(b)}.
     */
    public Tri andAlso(Tri o) {
        return and(o);
    }

    /** {@link #or} under the name rules use (see {@link #andAlso}). */
    public Tri orElse(Tri o) {
        return or(o);
    }

    public Tri and(Tri o) {
        if (isFalse() || o.isFalse()) {
            return FALSE;
        }
        if (isTrue()) {
            return o;
        }
        if (o.isTrue()) {
            return this;
        }
        return merge(o);
    }

    public Tri or(Tri o) {
        if (isTrue() || o.isTrue()) {
            return TRUE;
        }
        if (isFalse()) {
            return o;
        }
        if (o.isFalse()) {
            return this;
        }
        return merge(o);
    }

    /** {@link #not} under the name rules use (see {@link #andAlso}). */
    public Tri negated() {
        return not();
    }

    public Tri not() {
        return isUnknown() ? this : of(!value);
    }

    private Tri merge(Tri o) {
        Set<CellRef> cells = new LinkedHashSet<>(missing);
        cells.addAll(o.missing);
        return unknown(cells);
    }

    public boolean isTrue() {
        return Boolean.TRUE.equals(value);
    }

    public boolean isFalse() {
        return Boolean.FALSE.equals(value);
    }

    public boolean isUnknown() {
        return value == null;
    }

    /** True or unknown: the thing may hold. */
    public boolean possible() {
        return !isFalse();
    }

    /** The cells to fill to decide an unknown value (empty when known). */
    public Set<CellRef> missing() {
        return missing;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tri t && java.util.Objects.equals(value, t.value) && missing.equals(t.missing);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(value, missing);
    }

    @Override
    public String toString() {
        return isUnknown() ? "UNKNOWN" + missing : value.toString().toUpperCase();
    }
}
