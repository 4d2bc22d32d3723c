package vn.xkmt.ruleset;

import java.text.Normalizer;
import vn.xkmt.commune.Names;

/**
 * Province names compared as the contract says: {@code Tỉnh Lào Cai}, {@code lao cai} and
 * {@code LÀO CAI} are the same province.
 */
public final class ProvinceNames {

    private ProvinceNames() {
    }

    /** NFC, diacritics removed (đ → d), case folded, spaces, {@code _} and {@code -} dropped. */
    public static String normalise(String s) {
        return s == null ? "" : Names.normalise(s);
    }

    /** As {@link #normalise}, after dropping a leading {@code Tỉnh}, {@code Thành phố} or {@code TP.}. */
    public static String province(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
        t = t.replaceFirst("(?iu)^(tỉnh|tinh|thành phố|thanh pho|tp\\.?)\\s*", "");
        return normalise(t);
    }
}
