package vn.xkmt.ingest;

import vn.xkmt.commune.Names;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Labelled;
import vn.xkmt.commune.SheetSpec;

/**
 * Reads one raw cell as a contract type (data-sheet.md, "Cell values"). A blank cell gives null and
 * no failure; an unreadable cell gives null and a {@link #failure()} saying what was found and what
 * was expected. Not thread-safe: one per workbook read.
 */
final class CellParser {

    private static final Pattern DMY_SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DMY_DASH = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d+([.,]\\d+)?");

    private static final Map<String, Boolean> BOOLEAN_WORDS = booleanWords();
    private static final Map<Class<?>, Map<String, Object>> CHOICES = choices();

    private static final int CACHE_LIMIT = 4096;

    /** One word of at most 30 characters: a code, a single enum-like token; never a full name (which has two words or more). */
    static final Pattern TOKEN = Pattern.compile("[^\\s\\p{Z}\\p{Cc}\\p{Cf}]{1,30}");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\s?[0-9][0-9.,\\s]{0,24}");
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{1,4}([/.\\-][0-9]{1,4}){0,2}([ T][0-9:.]{1,12})?");
    private static final Pattern ERROR_CODE = Pattern.compile("#[A-Z0-9/!?_]{1,14}");

    private final CellFormats formats;
    /** Values repeat down a column: the text of a choice or yes/no cell read once per spelling. */
    private final Map<Class<?>, Map<String, Object>> choiceCache = new HashMap<>();
    private final Map<String, Boolean> boolCache = new HashMap<>();
    private final Map<String, LocalDate> serialCache = new HashMap<>();
    private final Integer[] smallInts = new Integer[4096];
    private final LocalDate[] dates = new LocalDate[4096];
    private ReaderMessages failure;
    private boolean guarded;

    CellParser(CellFormats formats) {
        this.formats = formats;
    }

    /**
     * Whether the values read from now on may be personal data (sheet {@code Nguoi}): a value a
     * message would quote is then quoted only when it has the shape its column expects (one word,
     * a number, a date, a formula error code); otherwise the message gives its kind and length.
     */
    void guarded(boolean guarded) {
        this.guarded = guarded;
    }

    /** A value as a message may show it (see {@link #guarded}). */
    ReaderMessages.Shown shown(String v, Pattern shape) {
        if (!guarded || v == null || shape.matcher(v).matches() || TOKEN.matcher(v).matches()) {
            return ReaderMessages.Shown.of(v);
        }
        return ReaderMessages.Shown.described(v);
    }

    /** Why the last read gave null although the cell was not blank; null after a success or a blank. */
    ReaderMessages failure() {
        return failure;
    }

    /** The cell as its column's type; null when blank or unreadable (then {@link #failure()} says why). */
    Object read(ColumnSpec spec, RawRow row, int col) {
        failure = null;
        if (row.kind(col) == RawRow.BLANK) {
            return null;
        }
        return switch (spec.type()) {
            case TEXT -> text(row, col);
            case INTEGER -> integer(row, col);
            case DATE -> date(row, col);
            case BOOLEAN -> bool(row, col);
            case ENUM -> choice(spec, row, col);
        };
    }

    /** The cell as Excel displays it, trimmed and NFC-normalised; null when blank. */
    String text(RawRow row, int col) {
        failure = null;
        String raw = row.value(col);
        return switch (row.kind(col)) {
            case RawRow.BLANK -> null;
            case RawRow.NUMBER -> Names.clean(formats.display(raw, row.style(col)));
            case RawRow.BOOL -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
            case RawRow.ERROR -> {
                failure = ReaderMessages.formulaError(shown(raw, ERROR_CODE));
                yield null;
            }
            default -> Names.clean(raw);
        };
    }

    Integer integer(RawRow row, int col) {
        String raw = row.value(col);
        switch (row.kind(col)) {
            case RawRow.NUMBER -> {
                double d;
                try {
                    d = Double.parseDouble(raw);
                } catch (NumberFormatException e) {
                    return fail(ReaderMessages.notWholeNumber(shown(raw, NUMBER)));
                }
                double whole = Math.rint(d);
                if (whole >= 0 && whole <= Integer.MAX_VALUE && Math.abs(d - whole) <= 1e-9) {
                    return box((int) whole);
                }
                String shown = formats.display(raw, row.style(col));
                if (d < 0) {
                    return fail(ReaderMessages.negative(shown(shown, NUMBER)));
                }
                return fail(Double.isNaN(d) || Math.abs(d - whole) > 1e-9 ? ReaderMessages.notWholeNumber(shown(shown, NUMBER))
                        : ReaderMessages.tooLarge(shown(shown, NUMBER)));
            }
            case RawRow.TEXT -> {
                String s = Names.clean(raw);
                if (s == null) {
                    return null;
                }
                if (DIGITS.matcher(s).matches()) {
                    long v = s.length() > 12 ? Long.MAX_VALUE : Long.parseLong(s);
                    return v > Integer.MAX_VALUE ? fail(ReaderMessages.tooLarge(shown(s, NUMBER))) : box((int) v);
                }
                return fail(NEGATIVE.matcher(s).matches() ? ReaderMessages.negative(shown(s, NUMBER)) : ReaderMessages.notWholeNumber(shown(s, NUMBER)));
            }
            case RawRow.ERROR -> {
                return fail(ReaderMessages.formulaError(shown(raw, ERROR_CODE)));
            }
            default -> {
                return fail(ReaderMessages.notWholeNumber(shown(text(row, col), NUMBER)));
            }
        }
    }

    LocalDate date(RawRow row, int col) {
        String raw = row.value(col);
        switch (row.kind(col)) {
            case RawRow.NUMBER -> {
                int style = row.style(col);
                if (!formats.isDate(style)) {
                    return fail(ReaderMessages.notDate(shown(formats.display(raw, style), DATE_SHAPE)));
                }
                LocalDate d = serialCache.get(raw);
                if (d == null) {
                    d = formats.date(raw, style);
                    if (d != null && serialCache.size() < CACHE_LIMIT) {
                        serialCache.put(raw, d);
                    }
                }
                return d != null ? d : fail(ReaderMessages.notDate(shown(formats.display(raw, style), DATE_SHAPE)));
            }
            case RawRow.TEXT -> {
                String s = Names.clean(raw);
                if (s == null) {
                    return null;
                }
                LocalDate d = parseDate(s);
                return d != null ? intern(d) : fail(ReaderMessages.notDate(shown(s, DATE_SHAPE)));
            }
            case RawRow.ISO_DATE -> {
                LocalDate d = raw.length() >= 10 ? parseDate(raw.substring(0, 10)) : null;
                return d != null ? intern(d) : fail(ReaderMessages.notDate(shown(raw, DATE_SHAPE)));
            }
            case RawRow.ERROR -> {
                return fail(ReaderMessages.formulaError(shown(raw, ERROR_CODE)));
            }
            default -> {
                return fail(ReaderMessages.notDate(shown(text(row, col), DATE_SHAPE)));
            }
        }
    }

    Boolean bool(RawRow row, int col) {
        String raw = row.value(col);
        switch (row.kind(col)) {
            case RawRow.BOOL -> {
                return "1".equals(raw) || "true".equalsIgnoreCase(raw);
            }
            case RawRow.ERROR -> {
                return fail(ReaderMessages.formulaError(shown(raw, ERROR_CODE)));
            }
            default -> {
                String s = text(row, col);
                if (s == null) {
                    return null;
                }
                Boolean b = boolCache.get(s);
                if (b == null) {
                    b = BOOLEAN_WORDS.get(Names.normalise(s));
                    if (b != null && boolCache.size() < CACHE_LIMIT) {
                        boolCache.put(s, b);
                    }
                }
                return b != null ? b : fail(ReaderMessages.notBoolean(shown(s, TOKEN)));
            }
        }
    }

    Object choice(ColumnSpec spec, RawRow row, int col) {
        String s = text(row, col);
        if (s == null) {
            return null;
        }
        Map<String, Object> cache = choiceCache.computeIfAbsent(spec.enumType(), k -> new HashMap<>());
        Object v = cache.get(s);
        if (v == null) {
            v = CHOICES.getOrDefault(spec.enumType(), Map.of()).get(Names.normalise(s));
            if (v != null && cache.size() < CACHE_LIMIT) {
                cache.put(s, v);
            }
        }
        return v != null ? v : fail(ReaderMessages.notChoice(shown(s, TOKEN), spec));
    }

    /** {@code dd/MM/yyyy}, {@code d/M/yyyy}, {@code dd-MM-yyyy} or {@code yyyy-MM-dd}, strictly; null otherwise. */
    static LocalDate parseDate(String s) {
        try {
            Matcher m = DMY_SLASH.matcher(s);
            if (m.matches() || (m = DMY_DASH.matcher(s)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private <T> T fail(ReaderMessages m) {
        failure = m;
        return null;
    }

    private Integer box(int v) {
        if (v >= smallInts.length) {
            return v;
        }
        Integer i = smallInts[v];
        if (i == null) {
            i = v;
            smallInts[v] = i;
        }
        return i;
    }

    private LocalDate intern(LocalDate d) {
        int slot = (int) Math.floorMod(d.toEpochDay(), (long) dates.length);
        LocalDate cached = dates[slot];
        if (d.equals(cached)) {
            return cached;
        }
        dates[slot] = d;
        return d;
    }

    private static Map<String, Boolean> booleanWords() {
        Map<String, Boolean> m = new HashMap<>();
        for (String t : new String[] {"Có", "C", "x", "Yes", "TRUE", "1"}) {
            m.put(Names.normalise(t), Boolean.TRUE);
        }
        for (String f : new String[] {"Không", "K", "No", "FALSE", "0"}) {
            m.put(Names.normalise(f), Boolean.FALSE);
        }
        return Map.copyOf(m);
    }

    private static Map<Class<?>, Map<String, Object>> choices() {
        Map<Class<?>, Map<String, Object>> all = new HashMap<>();
        for (SheetSpec sheet : DataContract.SHEETS) {
            for (ColumnSpec c : sheet.columns()) {
                if (c.enumType() == null || all.containsKey(c.enumType())) {
                    continue;
                }
                Map<String, Object> byName = new HashMap<>();
                for (Labelled l : c.choices()) {
                    put(byName, l.label(), l);
                    put(byName, l.name(), l);
                    l.aliases().forEach(a -> put(byName, a, l));
                }
                all.put(c.enumType(), Map.copyOf(byName));
            }
        }
        return Map.copyOf(all);
    }

    private static void put(Map<String, Object> m, String name, Labelled value) {
        Object old = m.put(Names.normalise(name), value);
        if (old != null && old != value) {
            throw new IllegalStateException("Ambiguous choice " + name + ": " + old + " / " + value);
        }
    }
}
