package vn.xkmt.authoring;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Editing a rule set version safely: an editor's changes go to a draft; the draft is checked and its
 * golden cases run against a copy of the rules folder; its impact on recent data is shown; only a
 * draft that passes is published into {@code rules/}, recorded, and activated by a safe reload. A
 * publish can be reverted the same way. The files themselves, and the names that lead to them, are
 * {@link DraftFolder}'s.
 */
public final class RuleWorkspace {

    private final RuleSetRegistry registry;
    private final DraftFolder folder;
    private final PublishLog log;
    private final DraftWorker worker;

    /** Drafts as files under {@code draftsRoot}; {@code worker} runs every check and impact of a draft in a JVM of its own. */
    public RuleWorkspace(RuleSetRegistry registry, Path draftsRoot, PublishLog log, DraftWorker worker) {
        this(registry, DraftStore.inFolder(draftsRoot), log, worker);
    }

    public RuleWorkspace(RuleSetRegistry registry, DraftStore drafts, PublishLog log, DraftWorker worker) {
        this.registry = registry;
        this.folder = new DraftFolder(registry, drafts);
        this.log = log;
        this.worker = worker;
    }

    /** The editable files of a version: manifest, parameters, messages and DRL. */
    public List<String> files(String ruleSet, String version) {
        return folder.files(ruleSet, version);
    }

    /** The editor's draft of a file if there is one, else the published text. */
    public String read(String user, String ruleSet, String version, String file) {
        return folder.read(user, ruleSet, version, file);
    }

    public boolean hasDraft(String user, String ruleSet, String version) {
        return !folder.draftFiles(user, ruleSet, version).isEmpty();
    }

    public void saveDraft(String user, String ruleSet, String version, String file, String content) {
        folder.save(user, ruleSet, version, file, content);
    }

    public void discardDraft(String user, String ruleSet, String version) {
        folder.discard(user, ruleSet, version);
    }

    /**
     * Checks the draft as if published: lint, rule allowlist, compile, golden cases, in a worker JVM
     * under its limits (a draft's rule code never runs in this process).
     */
    public DraftCheck check(String user, String ruleSet, String version) {
        Path copy = folder.overlay(user, ruleSet, version);
        try {
            return worker.check(user, copy, ruleSet, version);
        } finally {
            DraftFolder.delete(copy);
        }
    }

    /**
     * Evaluates the given workbooks (only the rows of the given provinces) under the published
     * version and under the draft, in a worker JVM, and lists what changes.
     */
    public DraftWorker.ImpactReport impact(String user, String ruleSet, String version, List<Path> inputs,
                                           Set<String> provinces) {
        Path before = folder.overlay(null, ruleSet, version);
        Path after = folder.overlay(user, ruleSet, version);
        try {
            return worker.impact(user, before, after, ruleSet, version, inputs, provinces);
        } finally {
            DraftFolder.delete(before);
            DraftFolder.delete(after);
        }
    }

    /**
     * Publishes the draft when its check passes: writes it into the rules folder, reloads safely, and
     * records the publish. A draft that fails, or that the reload refuses, changes nothing. Publishes
     * are serialised through the log (across servers sharing it); one that finds the version replaced
     * since it started (another publish came first) changes nothing and names that publish.
     */
    public PublishOutcome publish(String user, String ruleSet, String version) {
        // the version the draft is published over: if another publish replaces it first, this one is refused
        String base = currentHash(ruleSet, version);
        DraftCheck check = check(user, ruleSet, version);
        if (!check.ok()) {
            return new PublishOutcome(null, check, null, null);
        }
        Map<String, String> draft = folder.draftFiles(user, ruleSet, version);
        PublishOutcome outcome = apply(user, ruleSet, version, draft, null, check, base);
        if (outcome.record() != null) {
            discardDraft(user, ruleSet, version);
        }
        return outcome;
    }

    /** Restores the files a publish replaced, as a new recorded publish. */
    public PublishOutcome revert(String user, String recordId) {
        PublishRecord rec = log.find(recordId).orElseThrow(() -> new IllegalArgumentException(
                "Không có lần xuất bản " + recordId + " / no publish " + recordId));
        return apply(user, rec.ruleSet(), rec.version(), rec.filesBefore(), rec.id(), null, null);
    }

    public List<PublishRecord> history() {
        return log.list();
    }

    /**
     * The result of a publish or revert: the record when it took effect, else why not.
     *
     * @param conflict the publish of the same version that took effect after this one started (then
     *                 nothing was changed); null otherwise
     */
    public record PublishOutcome(PublishRecord record, DraftCheck check, RuleSetRegistry.ReloadReport reload,
                                 PublishRecord conflict) {

        public boolean published() {
            return record != null;
        }

        public boolean conflicted() {
            return record == null && conflict != null;
        }
    }

    private synchronized PublishOutcome apply(String user, String ruleSet, String version, Map<String, String> files,
                                              String revertOf, DraftCheck check, String base) {
        return log.serialised(() -> registry.exclusively(() -> {
            String now = currentHash(ruleSet, version);
            if (base != null && !base.equals(now)) {
                // the publish that put the version now in force; a change copied into the rules folder has none
                PublishRecord first = log.latest(ruleSet, version).filter(r -> r.hashAfter().equals(now))
                        .orElse(new PublishRecord("", "thư mục rules / rules folder", Instant.now(), ruleSet, version, "",
                                base, now, Map.of(), null));
                return new PublishOutcome(null, check, null, first);
            }
            return applyNow(user, ruleSet, version, files, revertOf, check);
        }));
    }

    private PublishOutcome applyNow(String user, String ruleSet, String version, Map<String, String> files,
                                    String revertOf, DraftCheck check) {
        String hashBefore = currentHash(ruleSet, version);
        Map<String, String> before = new LinkedHashMap<>();
        StringBuilder diff = new StringBuilder();
        files.forEach((name, text) -> {
            String old = folder.publishedText(ruleSet, version, name);
            before.put(name, old);
            diff.append(unifiedDiff(name, old, text));
        });
        folder.writePublished(ruleSet, version, files);
        RuleSetRegistry.ReloadReport reload = registry.reload();
        if (reload.refused().containsKey(ruleSet)) {
            folder.writePublished(ruleSet, version, before);
            registry.reload();
            return new PublishOutcome(null, check, reload, null);
        }
        PublishRecord rec = new PublishRecord(UUID.randomUUID().toString(), user, Instant.now(), ruleSet, version,
                diff.toString(), hashBefore, currentHash(ruleSet, version), before, revertOf);
        log.append(rec);
        return new PublishOutcome(rec, check, reload, null);
    }

    private String currentHash(String ruleSet, String version) {
        return registry.current().version(ruleSet, version).map(r -> r.definition().contentHash()).orElse("");
    }

    static String unifiedDiff(String name, String before, String after) {
        List<String> a = Arrays.asList(before.split("\n", -1));
        List<String> b = Arrays.asList(after.split("\n", -1));
        var patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, a, patch, 2)) + "\n";
    }
}
