package vn.xkmt.web.evaluation;

import vn.xkmt.text.Lang;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.ruleset.RuleSetCatalog;

/**
 * The verdict labels of stored results, from the manifest of the rule set version that decided
 * them ({@code Đạt toàn bộ chỉ tiêu} for Trà Vinh's targets, {@code Đủ điều kiện công nhận} by
 * default). A version no longer loaded is labelled as the latest version of its rule set. Templates
 * call it as {@code @verdictLabels}.
 */
@Component
public class VerdictLabels {

    private final RuleSetRegistry registry;

    VerdictLabels(RuleSetRegistry registry) {
        this.registry = registry;
    }

    /** One stored result as counted: its rule set version, verdict code, and whether it is an annual row. */
    public record Counted(String ruleSetId, String ruleSetVersion, String verdict, boolean annual) {}

    /** The label of {@code verdict} (a code) for a result of rule set {@code id} at {@code version}. */
    public String of(String id, String version, String verdict, Lang lang) {
        Verdict v = Verdict.valueOf(verdict);
        return definition(id, version).map(d -> d.verdictLabel(v, lang)).orElse(v.defaultLabel(lang));
    }

    /**
     * The labels of {@code verdict} under the rule sets of one evaluation ({@code id@version#hash}),
     * each once, joined by {@code " / "}.
     */
    public String ofAll(List<String> ruleSets, String verdict, Lang lang) {
        List<String> labels = ruleSets.stream().map(r -> {
            int at = r.indexOf('@');
            int hash = r.indexOf('#');
            return at < 0 ? of(r, null, verdict, lang)
                    : of(r.substring(0, at), r.substring(at + 1, hash < 0 ? r.length() : hash), verdict, lang);
        }).distinct().toList();
        return labels.isEmpty() ? Verdict.valueOf(verdict).defaultLabel(lang) : String.join(" / ", labels);
    }

    /**
     * The counts by verdict: one tally of them all when their rule sets label verdicts alike, else
     * one per rule set (labelled as its latest version among them), each in its manifest's words.
     */
    public List<VerdictTally> tallies(List<Counted> results, Lang lang) {
        Map<String, List<Counted>> byRuleSet = new LinkedHashMap<>();
        results.stream().sorted(Comparator.comparing(c -> c.ruleSetId() == null ? "" : c.ruleSetId()))
                .forEach(c -> byRuleSet.computeIfAbsent(c.ruleSetId(), k -> new ArrayList<>()).add(c));
        Map<String, Optional<RuleSetDefinition>> defs = new LinkedHashMap<>();
        byRuleSet.forEach((id, rows) -> defs.put(id, definition(id, rows.stream().map(Counted::ruleSetVersion)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null))));
        boolean alike = defs.values().stream().map(VerdictLabels::labelKey).distinct().count() <= 1;
        if (alike) {
            return List.of(tally(null, defs.values().stream().findFirst().flatMap(d -> d), results, lang));
        }
        List<VerdictTally> out = new ArrayList<>();
        byRuleSet.forEach((id, rows) -> out.add(tally(id, defs.get(id), rows, lang)));
        return out;
    }

    /**
     * A rule set as a reader knows it, by its manifest's name in {@code lang} and the version
     * ({@code Thanh Hóa — Đề án … (2024.2)}), never by its id alone; the id when it is no longer loaded.
     */
    public String ruleSetName(String id, String version, Lang lang) {
        return definition(id, version).map(d -> d.name(lang) + (version == null ? "" : " (" + version + ")"))
                .orElse(id + (version == null ? "" : " " + version));
    }

    /** The results of a result document ({@code results} of {@code ResultDocument}), as counted. */
    public static List<Counted> ofDocument(Map<String, Object> doc) {
        List<Counted> out = new ArrayList<>();
        if (doc.get("results") instanceof List<?> results) {
            for (Object o : results) {
                Map<?, ?> r = (Map<?, ?>) o;
                out.add(new Counted(str(r.get("ruleSet")), str(r.get("ruleSetVersion")), str(r.get("verdict")),
                        r.get("year") != null));
            }
        }
        return out;
    }

    /** Rows of the unit index, as counted. */
    public static List<Counted> ofRows(List<UnitRow> rows) {
        return rows.stream().map(u -> new Counted(u.ruleSetId(), u.ruleSetVersion(), u.verdict(), u.year() != null))
                .toList();
    }

    private static VerdictTally tally(String id, Optional<RuleSetDefinition> def, List<Counted> rows, Lang lang) {
        List<VerdictTally.Count> counts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            int n = (int) rows.stream().filter(r -> v.name().equals(r.verdict())).count();
            if (v == Verdict.NOT_IN_FORCE && n == 0) {
                continue; // shown, apart, only when some unit has it
            }
            counts.add(new VerdictTally.Count(v.name(), def.map(d -> d.verdictLabel(v, lang)).orElse(v.defaultLabel(lang)), n));
        }
        return new VerdictTally(id, rows.size(), rows.stream().noneMatch(Counted::annual), counts);
    }

    private static List<String> labelKey(Optional<RuleSetDefinition> def) {
        List<String> key = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            for (Lang lang : Lang.values()) {
                key.add(def.map(d -> d.verdictLabel(v, lang)).orElse(v.defaultLabel(lang)));
            }
        }
        return key;
    }

    private Optional<RuleSetDefinition> definition(String id, String version) {
        if (id == null) {
            return Optional.empty();
        }
        RuleSetCatalog catalog = registry.current();
        Optional<LoadedRuleSet> exact = version == null ? Optional.empty() : catalog.version(id, version);
        return exact.or(() -> catalog.versions(id).stream().reduce((a, b) -> b)).map(LoadedRuleSet::definition);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
