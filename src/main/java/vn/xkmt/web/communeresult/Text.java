package vn.xkmt.web.communeresult;

/** A text of a stored result in both languages. */
public record Text(String vi, String en) {

    public String get(String lang) {
        String t = "en".equals(lang) ? en : vi;
        return t == null ? (vi == null ? "" : vi) : t;
    }
}
