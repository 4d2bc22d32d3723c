package vn.xkmt.authoring;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xkmt.commune.Dataset;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.ruleset.RuleSetCatalog;

/**
 * The rule sets a running service answers with, and their safe reload. A reload checks and compiles
 * the folder, runs each changed rule set's golden cases, and only then activates it; a rule set whose
 * change fails keeps answering with its previous versions, and the failure is kept for the editors.
 */
public final class RuleSetRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetRegistry.class);

    /** What one reload did, per rule set id. */
    public record ReloadReport(Instant at, List<String> activated, List<String> unchanged,
                               Map<String, List<String>> refused) {

        public boolean ok() {
            return refused.isEmpty();
        }
    }

    private final Path root;
    private final Function<Path, Dataset> reader;
    private final AtomicReference<RuleSetCatalog> current = new AtomicReference<>();
    private final List<ReloadReport> history = new ArrayList<>();
    private final Instant started;

    public RuleSetRegistry(Path root, Function<Path, Dataset> reader) {
        this.root = root;
        this.reader = reader;
        this.started = Instant.now();
        RuleSetCatalog first = RuleSetCatalog.load(root);
        current.set(first);
        first.problems().forEach(p -> LOG.warn("Rule set refused at start: {}", p));
    }

    /** The rule sets in force now; safe to use from any thread. */
    public RuleSetCatalog current() {
        return current.get();
    }

    public Path root() {
        return root;
    }

    /** When the folder was first loaded: the time of the refusals in {@code current().problems()} until a reload. */
    public Instant started() {
        return started;
    }

    public synchronized List<ReloadReport> history() {
        return List.copyOf(history);
    }

    /** Rereads the folder; activates only the rule sets that changed and passed check and golden cases. */
    public synchronized ReloadReport reload() {
        RuleSetCatalog old = current.get();
        RuleSetCatalog candidate = RuleSetCatalog.load(root);
        Map<String, List<String>> refused = new LinkedHashMap<>();
        List<String> activated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<LoadedRuleSet> next = new ArrayList<>();
        for (String id : RuleSetCatalog.folderIds(root)) {
            List<String> reasons = candidate.problems().stream().filter(p -> belongsTo(p, id))
                    .map(RuleProblem::toString).collect(Collectors.toCollection(ArrayList::new));
            List<LoadedRuleSet> fresh = candidate.versions(id);
            if (reasons.isEmpty() && sameHashes(old.versions(id), fresh)) {
                next.addAll(old.versions(id));
                unchanged.add(id);
                continue;
            }
            if (reasons.isEmpty()) {
                for (LoadedRuleSet rs : fresh) {
                    GoldenCases.Report r = new GoldenCases(candidate, reader).run(rs);
                    r.problems().forEach(p -> reasons.add(rs.version() + ": " + p));
                    r.mismatches().forEach(m -> reasons.add(rs.version() + ": " + m));
                }
            }
            if (reasons.isEmpty()) {
                next.addAll(fresh);
                activated.add(id);
            } else {
                next.addAll(old.versions(id));
                refused.put(id, reasons);
                LOG.warn("Rule set {} change refused, previous version keeps answering: {}", id, reasons);
            }
        }
        List<RuleProblem> remaining = candidate.problems().stream()
                .filter(p -> refused.keySet().stream().anyMatch(id -> belongsTo(p, id))).toList();
        current.set(RuleSetCatalog.of(root, next, remaining));
        ReloadReport report = new ReloadReport(Instant.now(), activated, unchanged, refused);
        history.add(report);
        return report;
    }

    /**
     * Runs a change of the folder together with its reloads (a publish: write, reload, perhaps restore and
     * reload again) so that no other reload sees the folder half-way through it.
     */
    public synchronized <T> T exclusively(Supplier<T> change) {
        return change.get();
    }

    private static boolean belongsTo(RuleProblem p, String id) {
        return p.file().startsWith("rules/" + id + "/");
    }

    private static boolean sameHashes(List<LoadedRuleSet> a, List<LoadedRuleSet> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(a.get(i).definition().contentHash(), b.get(i).definition().contentHash())) {
                return false;
            }
        }
        return true;
    }
}
