package vn.xkmt.text;

import java.util.Objects;

/** One text in both languages. */
public record Text(String vi, String en) {

    public Text {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /** {@code {vi, en}} in that order, as JSON answers write a text in both languages. */
    public java.util.Map<String, String> asMap() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(Lang.VI.tag(), vi);
        m.put(Lang.EN.tag(), en);
        return m;
    }

    /** The text in {@code lang}. */
    public String in(Lang lang) {
        return lang == Lang.EN ? en : vi;
    }
}
