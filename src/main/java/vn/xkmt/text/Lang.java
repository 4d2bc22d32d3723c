package vn.xkmt.text;

import java.util.Locale;

/** The two languages XKMT speaks: Vietnamese, the default, and English. */
public enum Lang {
    VI("vi"),
    EN("en");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The language tag, {@code vi} or {@code en}: the suffix of the message bundles and the manifests' keys. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The value in this language: {@code vi} or {@code en}. */
    public <T> T pick(T vi, T en) {
        return this == EN ? en : vi;
    }

    /**
     * The language named {@code vi} or {@code en} (case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Lang parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Lang l : values()) {
            if (l.tag.equals(n)) {
                return l;
            }
        }
        throw new IllegalArgumentException("Ngôn ngữ không rõ / unknown language: \"" + name + "\" (vi, en)");
    }

    /** The language of a locale: English for {@code en}, Vietnamese for every other. */
    public static Lang of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : VI;
    }

    @Override
    public String toString() {
        return tag;
    }
}
