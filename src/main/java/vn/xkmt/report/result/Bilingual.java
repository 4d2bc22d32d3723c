package vn.xkmt.report.result;

/** A text in Vietnamese and English; {@link #get} gives the one of a page's language ({@code en}, else vi). */
public record Bilingual(String vi, String en) {

    public String get(String lang) {
        return "en".equals(lang) ? en : vi;
    }

    /** Null when both are null (a remedy that is not there). */
    public static Bilingual orNull(String vi, String en) {
        return vi == null && en == null ? null : new Bilingual(vi, en);
    }
}
