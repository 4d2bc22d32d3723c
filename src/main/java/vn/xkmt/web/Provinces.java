package vn.xkmt.web;

import vn.xkmt.commune.Names;
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
        return Names.slug(name);
    }
}
