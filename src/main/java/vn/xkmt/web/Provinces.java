package vn.xkmt.web;

import java.text.Normalizer;
import java.util.Locale;
import vn.xkmt.ruleset.ProvinceNames;

/**
 * Province names as keys: {@code Tỉnh Thanh Hóa}, {@code thanh-hoa} and {@code THANH HOA} are the
 * same province ({@code thanhhoa}), as the data contract compares them.
 */
public final class Provinces {

    private Provinces() {
    }

    /** The normalised key; empty for a blank name. */
    public static String key(String name) {
        return ProvinceNames.province(name);
    }

    /** A readable slug for a name: {@code Thanh Hóa} → {@code thanh-hoa}. */
    public static String slug(String name) {
        if (name == null) {
            return "";
        }
        String t = Normalizer.normalize(name.strip(), Normalizer.Form.NFC)
                .replaceFirst("(?iu)^(tỉnh|tinh|thành phố|thanh pho|tp\\.?)\\s*", "");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        return t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
