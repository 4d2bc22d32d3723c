package vn.xkmt.report.result;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.xkmt.evaluation.Verdict;

/** Counting results by verdict, the one way the console, the reports and the web count them. */
public final class VerdictCounts {

    private VerdictCounts() {
    }

    /** How many of {@code items} have each verdict: every verdict, in verdict order, 0 when none. */
    public static <T> Map<Verdict, Integer> count(Collection<T> items, Function<T, Verdict> verdict) {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            m.put(v, 0);
        }
        items.forEach(i -> m.merge(verdict.apply(i), 1, Integer::sum));
        return ordered(m);
    }

    /** The map in verdict order, unmodifiable. */
    static <V> Map<Verdict, V> ordered(Map<Verdict, V> m) {
        if (m == null) {
            return Map.of();
        }
        Map<Verdict, V> out = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            if (m.containsKey(v)) {
                out.put(v, m.get(v));
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
