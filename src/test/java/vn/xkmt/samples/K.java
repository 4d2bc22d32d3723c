package vn.xkmt.samples;

import java.util.function.Predicate;

/** Kleene's three-valued truth: true, false, unknown. */
enum K {
    T, F, U;

    static K of(Boolean b) {
        return b == null ? U : b ? T : F;
    }

    static K of(boolean b) {
        return b ? T : F;
    }

    /** Unknown when the value is null, else the test on it. */
    static <V> K test(V value, Predicate<V> p) {
        return value == null ? U : of(p.test(value));
    }

    K and(K o) {
        if (this == F || o == F) {
            return F;
        }
        return this == U || o == U ? U : T;
    }

    K or(K o) {
        if (this == T || o == T) {
            return T;
        }
        return this == U || o == U ? U : F;
    }

    K not() {
        return this == T ? F : this == F ? T : U;
    }

    /** "member implies condition": what one member contributes to an "every X" condition. */
    K implies(K o) {
        return not().or(o);
    }

    String outcome() {
        return this == T ? Unit.PASS : this == F ? Unit.FAIL : Unit.UNKNOWN;
    }
}
