package vn.xkmt.web.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What differs between two result documents, the times of the runs aside. */
final class Comparison {

    static final int MAX_LINES = 50;

    private Comparison() {
    }

    @SuppressWarnings("unchecked")
    static List<String> differences(Map<String, Object> then, Map<String, Object> now) {
        List<String> out = new ArrayList<>();
        Map<String, Object> runThen = (Map<String, Object>) then.getOrDefault("run", Map.of());
        Map<String, Object> runNow = (Map<String, Object>) now.getOrDefault("run", Map.of());
        if (!Objects.equals(runThen.get("ruleSets"), runNow.get("ruleSets"))) {
            out.add("ruleSets: " + ruleSets(runThen) + " → " + ruleSets(runNow));
        }
        if (!Objects.equals(shas(runThen), shas(runNow))) {
            out.add("inputs: " + shas(runThen) + " → " + shas(runNow));
        }
        Map<String, Map<String, Object>> a = byUnit((List<Object>) then.getOrDefault("results", List.of()));
        Map<String, Map<String, Object>> b = byUnit((List<Object>) now.getOrDefault("results", List.of()));
        for (String k : a.keySet()) {
            if (!b.containsKey(k)) {
                out.add(k + ": no longer evaluated");
            }
        }
        for (Map.Entry<String, Map<String, Object>> e : b.entrySet()) {
            Map<String, Object> x = a.get(e.getKey());
            Map<String, Object> y = e.getValue();
            if (x == null) {
                out.add(e.getKey() + ": newly evaluated");
            } else if (!x.equals(y)) {
                out.addAll(unit(e.getKey(), x, y));
            }
        }
        compareList(out, "errors", then, now);
        compareList(out, "warnings", then, now);
        return out.size() > MAX_LINES ? out.subList(0, MAX_LINES) : out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> unit(String key, Map<String, Object> x, Map<String, Object> y) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(x.get("verdict"), y.get("verdict"))) {
            out.add(key + ": verdict " + x.get("verdict") + " → " + y.get("verdict"));
        }
        Map<String, Map<String, Object>> ca = byId((List<Object>) x.getOrDefault("criteria", List.of()));
        Map<String, Map<String, Object>> cb = byId((List<Object>) y.getOrDefault("criteria", List.of()));
        for (String id : union(ca, cb)) {
            Map<String, Object> p = ca.get(id);
            Map<String, Object> q = cb.get(id);
            if (p == null || q == null) {
                out.add(key + " " + id + ": " + (p == null ? "new criterion" : "criterion gone"));
            } else if (!Objects.equals(p.get("outcome"), q.get("outcome"))) {
                out.add(key + " " + id + ": " + p.get("outcome") + " → " + q.get("outcome"));
            } else if (!p.equals(q)) {
                out.add(key + " " + id + ": explanation or evidence differs");
            }
        }
        if (out.isEmpty()) {
            out.add(key + ": details differ");
        }
        return out;
    }

    private static void compareList(List<String> out, String name, Map<String, Object> a, Map<String, Object> b) {
        Object x = a.getOrDefault(name, List.of());
        Object y = b.getOrDefault(name, List.of());
        if (!Objects.equals(x, y)) {
            out.add(name + ": " + ((List<?>) x).size() + " → " + ((List<?>) y).size() + " (or their text differs)");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byUnit(List<Object> results) {
        Map<String, Map<String, Object>> m = new LinkedHashMap<>();
        int i = 0;
        for (Object o : results) {
            Map<String, Object> r = (Map<String, Object>) o;
            String k = r.get("unitCode") + (r.get("year") == null ? "" : "/" + r.get("year"));
            m.put(m.containsKey(k) ? k + "#" + i : k, r);
            i++;
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byId(List<Object> criteria) {
        Map<String, Map<String, Object>> m = new LinkedHashMap<>();
        for (Object o : criteria) {
            Map<String, Object> c = (Map<String, Object>) o;
            m.put(String.valueOf(c.get("id")), c);
        }
        return m;
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> ids = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(ids::add);
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static List<String> ruleSets(Map<String, Object> run) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) run.getOrDefault("ruleSets", List.of())) {
            Map<String, Object> r = (Map<String, Object>) o;
            out.add(r.get("id") + "@" + r.get("version") + "#" + r.get("contentHash"));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> shas(Map<String, Object> run) {
        return ((List<Object>) run.getOrDefault("inputs", List.of())).stream()
                .map(o -> ((Map<String, Object>) o).get("sha256")).toList();
    }
}
