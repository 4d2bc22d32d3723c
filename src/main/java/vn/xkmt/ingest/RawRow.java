package vn.xkmt.ingest;

import java.util.Arrays;

/**
 * One row of a sheet as found in its XML, before typing: for each kept column its cell kind, raw
 * text ({@code <v>} text, the shared or inline string) and style index. Reused from row to row.
 */
final class RawRow {

    static final byte BLANK = 0;
    /** A number: the raw {@code <v>} text ({@code "2683"}, {@code "45306"}, {@code "1.5E3"}). */
    static final byte NUMBER = 1;
    /** A string: shared, inline or a formula's string result. */
    static final byte TEXT = 2;
    /** A boolean: {@code "1"} or {@code "0"}. */
    static final byte BOOL = 3;
    /** A formula error such as {@code #N/A}. */
    static final byte ERROR = 4;
    /** An ISO 8601 date cell ({@code t="d"}). */
    static final byte ISO_DATE = 5;

    int number;
    /** The first cell or row reference of this row that is out of order or beyond Excel's sheet; null when none. */
    private String malformed;
    /** Columns whose text was longer than Excel allows and was cut. */
    private java.util.BitSet cut;
    private byte[] kinds = new byte[32];
    private String[] values = new String[32];
    private int[] styles = new int[32];
    private int width;
    private int limit = Integer.MAX_VALUE;

    /** Columns at or beyond {@code limit} (0-based) are not kept. */
    void limit(int limit) {
        this.limit = limit;
    }

    boolean keeps(int col) {
        return col >= 0 && col < limit;
    }

    void reset(int rowNumber) {
        Arrays.fill(kinds, 0, width, BLANK);
        Arrays.fill(values, 0, width, null);
        width = 0;
        number = rowNumber;
        malformed = null;
        if (cut != null) {
            cut.clear();
        }
    }

    void cut(int col) {
        if (cut == null) {
            cut = new java.util.BitSet();
        }
        cut.set(col);
    }

    /** Whether the text of the column was longer than Excel allows (then it holds the first 32,767 characters). */
    boolean isCut(int col) {
        return cut != null && cut.get(col);
    }

    void malformed(String reference) {
        if (malformed == null) {
            malformed = reference;
        }
    }

    /** The first reference of the row that is out of order or beyond Excel's sheet; null when none. */
    String malformed() {
        return malformed;
    }

    /** A copy that the next {@link #reset} does not touch. */
    RawRow copy() {
        RawRow c = new RawRow();
        c.number = number;
        c.malformed = malformed;
        c.cut = cut == null ? null : (java.util.BitSet) cut.clone();
        c.limit = limit;
        c.width = width;
        c.kinds = Arrays.copyOf(kinds, Math.max(width, 1));
        c.values = Arrays.copyOf(values, Math.max(width, 1));
        c.styles = Arrays.copyOf(styles, Math.max(width, 1));
        return c;
    }

    void set(int col, byte kind, String value, int style) {
        if (col >= kinds.length) {
            int n = Math.max(col + 1, kinds.length * 2);
            kinds = Arrays.copyOf(kinds, n);
            values = Arrays.copyOf(values, n);
            styles = Arrays.copyOf(styles, n);
        }
        kinds[col] = kind;
        values[col] = value;
        styles[col] = style;
        width = Math.max(width, col + 1);
    }

    int width() {
        return width;
    }

    byte kind(int col) {
        return col < width ? kinds[col] : BLANK;
    }

    String value(int col) {
        return col < width ? values[col] : null;
    }

    int style(int col) {
        return col < width ? styles[col] : 0;
    }
}
