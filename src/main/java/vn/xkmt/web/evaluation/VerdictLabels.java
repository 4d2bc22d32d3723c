package vn.xkmt.web.evaluation;

import vn.xkmt.text.Lang;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.VerdictTallies;
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
        Map<String, String> latest = new java.util.TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        results.forEach(c -> latest.merge(c.ruleSetId(), c.ruleSetVersion() == null ? "" : c.ruleSetVersion(),
                (a, b) -> a.compareTo(b) >= 0 ? a : b));
        List<VerdictTallies.Words> words = new ArrayList<>();
        latest.forEach((id, version) -> words.add(definition(id, version.isEmpty() ? null : version)
                .map(d -> VerdictTallies.Words.of(id, d::verdictLabel)).orElse(VerdictTallies.Words.defaults(id))));
        return VerdictTallies.of(results, Counted::ruleSetId, c -> Verdict.valueOf(c.verdict()), words).stream()
                .map(t -> tally(t, lang)).toList();
    }

    /**
     * A rule set as a reader knows it, by its manifest's name in {@code lang} and the version
     * ({@code Thanh Hóa — Đề án … (2024.2)}), never by its id alone; the id when it is no longer loaded.
     */
    public String ruleSetName(String id, String version, Lang lang) {
        return definition(id, version).map(d -> d.name(lang) + (version == null ? "" : " (" + version + ")"))
                .orElse(id + (version == null ? "" : " " + version));
    }

    /** The results of a result document, as counted. */
    public static List<Counted> ofDocument(RunDocument doc) {
        return doc.results().stream().map(r -> new Counted(r.ruleSet(), r.ruleSetVersion(), r.verdict().name(),
                r.annual())).toList();
    }

    /** Rows of the unit index, as counted. */
    public static List<Counted> ofRows(List<UnitRow> rows) {
        return rows.stream().map(u -> new Counted(u.ruleSetId(), u.ruleSetVersion(), u.verdict(), u.year() != null))
                .toList();
    }

    private static VerdictTally tally(VerdictTallies.Tally<Counted> t, Lang lang) {
        List<VerdictTally.Count> counts = t.shown().stream()
                .map(v -> new VerdictTally.Count(v.name(), t.words().label(v, lang), t.counts().get(v))).toList();
        return new VerdictTally(t.ruleSetId(), t.units(), t.items().stream().noneMatch(Counted::annual), counts);
    }

    private Optional<RuleSetDefinition> definition(String id, String version) {
        if (id == null) {
            return Optional.empty();
        }
        RuleSetCatalog catalog = registry.current();
        Optional<LoadedRuleSet> exact = version == null ? Optional.empty() : catalog.version(id, version);
        return exact.or(() -> catalog.versions(id).stream().reduce((a, b) -> b)).map(LoadedRuleSet::definition);
    }
}
