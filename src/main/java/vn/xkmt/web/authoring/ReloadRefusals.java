package vn.xkmt.web.authoring;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.authoring.RuleSetRegistry.ReloadReport;
import vn.xkmt.evaluation.RuleProblem;

/**
 * The refusals an editor should see: per rule set, the last reload that looked at it refused it (a
 * change on disk; the running version keeps answering), or it was refused when the server started
 * and no reload has looked at it since. A later reload that activates it or finds it unchanged
 * clears it. A refused publish is restored at once, so it shows on the publish page, not here.
 */
final class ReloadRefusals {

    /** One rule set's refusal: when, whether at start, and each reason ({@code file:line:column: message}). */
    record Refusal(String ruleSet, OffsetDateTime at, boolean atStart, List<String> reasons) {}

    private ReloadRefusals() {
    }

    static List<Refusal> latest(RuleSetRegistry registry) {
        Map<String, Refusal> out = new TreeMap<>();
        Set<String> decided = new HashSet<>();
        List<ReloadReport> history = registry.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            ReloadReport r = history.get(i);
            r.refused().forEach((id, reasons) -> {
                if (decided.add(id)) {
                    out.put(id, new Refusal(id, utc(r), false, List.copyOf(reasons)));
                }
            });
            decided.addAll(r.activated());
            decided.addAll(r.unchanged());
        }
        Map<String, List<String>> atStart = new LinkedHashMap<>();
        for (RuleProblem p : registry.current().problems()) {
            String id = ruleSetOf(p.file());
            if (id != null && !decided.contains(id)) {
                atStart.computeIfAbsent(id, k -> new ArrayList<>()).add(p.toString());
            }
        }
        OffsetDateTime started = registry.started().atOffset(ZoneOffset.UTC);
        atStart.forEach((id, reasons) -> out.put(id, new Refusal(id, started, true, reasons)));
        return List.copyOf(out.values());
    }

    /** {@code rules/<id>/…} → {@code <id>}; null for a problem of the folder itself. */
    static String ruleSetOf(String file) {
        String[] parts = file.split("/");
        return parts.length > 2 && parts[0].equals("rules") ? parts[1] : null;
    }

    private static OffsetDateTime utc(ReloadReport r) {
        return r.at().atOffset(ZoneOffset.UTC);
    }
}
