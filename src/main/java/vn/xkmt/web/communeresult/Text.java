package vn.xkmt.web.communeresult;

import vn.xkmt.text.Lang;

/** A text of a stored result in both languages. */
public record Text(String vi, String en) {

    public String get(Lang lang) {
        String t = lang == Lang.EN ? en : vi;
        return t == null ? (vi == null ? "" : vi) : t;
    }
}
