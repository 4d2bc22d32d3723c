package vn.xkmt.web.council;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.xkmt.web.WebProblem;

/**
 * A decision as a page's form sends it: {@code decision}, {@code votesFor}, {@code votesAgainst},
 * {@code votesAbstain}, {@code reason}, {@code version}, and per criterion that did not pass
 * {@code override.TH1.reason} and {@code override.TH1.evidence}.
 */
final class DecisionForm {

    private DecisionForm() {
    }

    static DecisionInput read(Map<String, String> form) {
        Map<String, DecisionInput.OverrideInput> overrides = new LinkedHashMap<>();
        for (String key : form.keySet()) {
            if (key.startsWith("override.") && key.endsWith(".reason")) {
                String criterion = key.substring("override.".length(), key.length() - ".reason".length());
                overrides.put(criterion, new DecisionInput.OverrideInput(form.get(key),
                        form.get("override." + criterion + ".evidence")));
            }
        }
        Decision decision;
        try {
            decision = Decision.valueOf(form.getOrDefault("decision", ""));
        } catch (IllegalArgumentException e) {
            throw WebProblem.of(400, "invalid-decision.no-decision");
        }
        return new DecisionInput(decision, number(form, "votesFor"), number(form, "votesAgainst"),
                number(form, "votesAbstain"), form.get("reason"), overrides, number(form, "version"));
    }

    private static int number(Map<String, String> form, String name) {
        String v = form.get(name);
        try {
            return v == null || v.isBlank() ? 0 : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw WebProblem.of(400, "bad-number", name, v);
        }
    }
}
