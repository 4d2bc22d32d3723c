package vn.xkmt.commune;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name normalisation of the data contract, used to match sheet names, column headers, enum
 * labels, boolean words and province names: Unicode NFC, diacritics removed ({@code đ → d}), case
 * folded, spaces (any whitespace), {@code _} and {@code -} dropped; province and commune names also without their
 * leading {@code Tỉnh}/{@code Xã}… (the one home of name matching: the engine, the rule sets and the web use it). So {@code "Người"},
 * {@code "NGUOI"}, {@code "nguoi"} and {@code "N-g_u o i"} all become {@code "nguoi"}.
 */
public final class Names {

    private Names() {
    }

    /** The normalised form of {@code s}; null stays null. */
    public static String normalise(String s) {
        if (s == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                sb.append('d');
            } else if (c == '_' || c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT) {
                // dropped: spaces of any kind, and format characters (zero-width space, BOM) nobody sees
            } else if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK) {
                // diacritic dropped
            } else {
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * A province name as a key: as {@link #normalise}, after dropping a leading {@code Tỉnh},
     * {@code Thành phố} or {@code TP.}; so {@code Tỉnh Lào Cai}, {@code lao-cai} and {@code LÀO CAI} are all
     * {@code laocai}. Null or blank is empty.
     */
    public static String province(String name) {
        if (name == null) {
            return "";
        }
        return normalise(PROVINCE_PREFIX.matcher(folded(name)).replaceFirst(""));
    }

    /**
     * A commune name as compared: as {@link #normalise}, after dropping a leading {@code Xã},
     * {@code Thị trấn} or {@code Phường}; so {@code Xã Y Tý} and {@code y ty} are both {@code yty}. Null is empty.
     */
    public static String commune(String name) {
        if (name == null) {
            return "";
        }
        return normalise(COMMUNE_PREFIX.matcher(folded(name)).replaceFirst(""));
    }

    /** A province's readable slug, as rule set folders are named: {@code Tỉnh Thanh Hóa} → {@code thanh-hoa}. */
    public static String slug(String name) {
        if (name == null) {
            return "";
        }
        String t = PROVINCE_PREFIX.matcher(folded(name)).replaceFirst("");
        return t.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Trimmed, diacritics removed ({@code đ → d}), lower case; spaces kept. */
    private static String folded(String name) {
        String d = Normalizer.normalize(trim(name), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (c == 'đ' || c == 'Đ') {
                sb.append('d');
            } else if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static final Pattern PROVINCE_PREFIX = Pattern.compile("^(tinh|thanh pho|tp\\.?)\\s*");
    private static final Pattern COMMUNE_PREFIX = Pattern.compile("^(xa|thi tran|phuong)\\s+");

    /** Trimmed and NFC-normalised, as text cells are kept; null or blank becomes null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = trim(s);
        if (t.isEmpty()) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= 0x300) {
                return Normalizer.isNormalized(t, Normalizer.Form.NFC) ? t : Normalizer.normalize(t, Normalizer.Form.NFC);
            }
        }
        return t;
    }

    /**
     * {@code s} as a message shows a name: letters of scripts other than Latin (a Cyrillic {@code о} that
     * looks like {@code o}) and invisible characters written as {@code \\uXXXX}, so that the difference
     * can be seen; otherwise as it is.
     */
    public static String visible(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean hidden = Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp)
                    || (Character.isSpaceChar(cp) && cp != ' ');
            boolean foreign = Character.isLetter(cp) && script != Character.UnicodeScript.LATIN;
            if (hidden || foreign) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /**
     * A code as compared to find look-alikes: format characters (zero-width, BOM) dropped, dash
     * look-alikes (‐ ‑ ‒ – — − ﹣ －) and spaces of any kind as {@code -} and space, case folded.
     */
    public static String foldCode(String code) {
        StringBuilder sb = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212'
                    || c == '\ufe63' || c == '\uff0d' || c == '_') {
                sb.append('-');
            } else if (isSpace(c)) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb.toString().trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Trims whitespace including the no-break space that copying from web pages leaves. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
