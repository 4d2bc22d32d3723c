package vn.xkmt.text;

import java.util.Objects;

/** One text in both languages. */
public record Text(String vi, String en) {

    public Text {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /** The text in {@code lang}. */
    public String in(Lang lang) {
        return lang == Lang.EN ? en : vi;
    }
}
