package vn.xkmt.ruleset;

import vn.xkmt.commune.Names;

/**
 * Province names compared as the contract says ({@link Names#province}): {@code Tỉnh Lào Cai}, {@code lao cai}
 * and {@code LÀO CAI} are the same province.
 */
public final class ProvinceNames {

    private ProvinceNames() {
    }

    /** {@link Names#normalise}, with null as empty. */
    public static String normalise(String s) {
        return s == null ? "" : Names.normalise(s);
    }

    /** {@link Names#province}. */
    public static String province(String s) {
        return Names.province(s);
    }
}
