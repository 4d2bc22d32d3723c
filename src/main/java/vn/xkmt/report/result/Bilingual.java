package vn.xkmt.report.result;

import vn.xkmt.text.Lang;

/** A text in Vietnamese and English; {@link #get} gives the one of a page's language ({@code en}, else vi). */
public record Bilingual(String vi, String en) {

    /** The text of a page's {@code lang} tag ({@code vi}, {@code en}), as templates call it. */
    public String get(String tag) {
        return get(Lang.parse(tag));
    }

    public String get(Lang lang) {
        return lang == Lang.EN ? en : vi;
    }

    /** Null when both are null (a remedy that is not there). */
    public static Bilingual orNull(String vi, String en) {
        return vi == null && en == null ? null : new Bilingual(vi, en);
    }
}
