package vn.xkmt.web.evaluation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.UnitEntry;

/**
 * What differs between two results: structural equality of their records, the times of the runs, the program's
 * version and the shape's version aside; each difference as its path and both values
 * ({@code results[02683].criteria[TH1].outcome: PASS → FAIL}). Units are matched by code (and year), criteria by
 * id, anything else listed by position.
 */
final class Comparison {

    static final int MAX_LINES = 50;

    private static final Set<String> IGNORED = Set.of("schemaVersion", "run.startedAt", "run.finishedAt",
            "run.xkmtVersion");

    private Comparison() {
    }

    static List<String> differences(RunDocument then, RunDocument now) {
        List<String> out = new ArrayList<>();
        compare("", then, now, out);
        return out.size() > MAX_LINES ? List.copyOf(out.subList(0, MAX_LINES)) : out;
    }

    private static void compare(String path, Object a, Object b, List<String> out) {
        if (IGNORED.contains(path) || Objects.equals(a, b)) {
            return;
        }
        if (a == null || b == null || a.getClass() != b.getClass() && !(a instanceof List && b instanceof List)
                && !(a instanceof Map && b instanceof Map)) {
            out.add(path + ": " + shown(a) + " → " + shown(b));
        } else if (a instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                compare(path.isEmpty() ? c.getName() : path + "." + c.getName(), value(c, a), value(c, b), out);
            }
        } else if (a instanceof List<?> x && b instanceof List<?> y) {
            Map<String, Object> p = keyed(x);
            Map<String, Object> q = keyed(y);
            Set<String> keys = new LinkedHashSet<>(p.keySet());
            keys.addAll(q.keySet());
            for (String k : keys) {
                String at = path + "[" + k + "]";
                if (!q.containsKey(k)) {
                    out.add(at + ": " + (p.get(k) instanceof UnitEntry ? "no longer evaluated" : "gone"));
                } else if (!p.containsKey(k)) {
                    out.add(at + ": " + (q.get(k) instanceof UnitEntry ? "newly evaluated" : "new"));
                } else {
                    compare(at, p.get(k), q.get(k), out);
                }
            }
        } else if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            Set<Object> keys = new LinkedHashSet<>(x.keySet());
            keys.addAll(y.keySet());
            keys.forEach(k -> compare(path + "." + k, x.get(k), y.get(k), out));
        } else {
            out.add(path + ": " + shown(a) + " → " + shown(b));
        }
    }

    /** A list's elements by what names them: a unit by its code (and year), a criterion by id, else position. */
    private static Map<String, Object> keyed(List<?> list) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            String k = o instanceof UnitEntry u ? u.key() : o instanceof CriterionEntry c ? c.id() : String.valueOf(i);
            m.put(m.containsKey(k) ? k + "#" + i : k, o);
        }
        return m;
    }

    private static Object value(RecordComponent c, Object o) {
        try {
            return c.getAccessor().invoke(o);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shown(Object o) {
        if (o == null) {
            return "(none)";
        }
        String s = o.toString();
        return s.length() > 120 ? s.substring(0, 117) + "…" : s;
    }
}
