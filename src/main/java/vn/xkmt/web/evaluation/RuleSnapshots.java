package vn.xkmt.web.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.ruleset.RuleSetCatalog;
import vn.xkmt.ruleset.RuleSetFiles;

/**
 * Keeps the files of every rule set version the server answers with, by content hash (table
 * {@code rule_snapshot}), and rebuilds a version that is no longer in force from them, so that a
 * stored evaluation is re-run under the rules it recorded. Versions are kept at start, after each
 * publish or revert, and when an evaluation is stored. Rebuilt versions are compiled once and the
 * last {@value #CACHED} are cached.
 */
@Component
public class RuleSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSnapshots.class);
    static final int CACHED = 8;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final RuleSetRegistry registry;
    private final RuleSnapshotStore store;
    /** Hashes known to be kept, or known impossible to keep (warned once). */
    private final Set<String> done = ConcurrentHashMap.newKeySet();
    private final Map<String, LoadedRuleSet> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LoadedRuleSet> eldest) {
            return size() > CACHED;
        }
    };

    RuleSnapshots(RuleSetRegistry registry, RuleSnapshotStore store) {
        this.registry = registry;
        this.store = store;
    }

    /** Keeps every version in force now (at start, and after a publish or revert put a new one in force). */
    @EventListener(ApplicationReadyEvent.class)
    public void keepInForce() {
        keep(registry.current().all().stream().map(LoadedRuleSet::definition).toList());
    }

    /** Keeps these versions, read from the rules folder, unless kept already. Never throws. */
    void keep(List<RuleSetDefinition> versions) {
        for (RuleSetDefinition d : versions) {
            if (done.contains(d.contentHash())) {
                continue;
            }
            try {
                keep(d);
            } catch (RuntimeException e) {
                LOG.warn("Rule set {}@{} not kept for re-runs: {}", d.id(), d.version(), e.toString());
            }
        }
    }

    private void keep(RuleSetDefinition d) {
        if (store.exists(d.contentHash())) {
            done.add(d.contentHash());
            return;
        }
        Map<String, byte[]> bytes;
        try {
            bytes = RuleSetFiles.read(folder(d));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!RuleSetFiles.hash(bytes).equals(d.contentHash())) {
            done.add(d.contentHash());
            LOG.warn("Rule set {}@{}#{} not kept for re-runs: its files changed on disk since it was loaded", d.id(),
                    d.version(), d.contentHash());
            return;
        }
        Map<String, String> text = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : bytes.entrySet()) {
            Optional<String> t = utf8(f.getValue());
            if (t.isEmpty()) {
                done.add(d.contentHash());
                LOG.warn("Rule set {}@{} not kept for re-runs: {} is not UTF-8 text", d.id(), d.version(), f.getKey());
                return;
            }
            text.put(f.getKey(), t.get());
        }
        store.insertIfAbsent(new RuleSnapshotStore.Snapshot(d.contentHash(), d.id(), d.version(), text));
        done.add(d.contentHash());
    }

    /** The folder a loaded version was read from ({@code rules/<id>/<version>} under the rules root). */
    private Path folder(RuleSetDefinition d) {
        String f = d.folder();
        return f != null && f.startsWith("rules/") ? registry.root().resolve(f.substring("rules/".length()))
                : registry.root().resolve(d.id()).resolve(d.version());
    }

    /**
     * The recorded versions ({@code id@version#hash}): the one in force when its hash is the recorded
     * one, else the one rebuilt from its snapshot.
     */
    RecordedRules recorded(List<String> ruleSets) {
        RuleSetCatalog now = registry.current();
        List<LoadedRuleSet> chosen = new ArrayList<>();
        List<String> restored = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String r : ruleSets) {
            RecordedRules.Ref ref = RecordedRules.Ref.parse(r);
            if (ref == null) {
                missing.add(r);
                continue;
            }
            Optional<LoadedRuleSet> inForce = now.versions(ref.id()).stream()
                    .filter(l -> l.definition().contentHash().equals(ref.hash())).findFirst();
            Optional<LoadedRuleSet> pick = inForce.isPresent() ? inForce : rebuilt(ref);
            if (inForce.isEmpty() && pick.isPresent()) {
                restored.add(r);
            }
            if (pick.isEmpty()) {
                missing.add(r);
                pick = now.version(ref.id(), ref.version());
            }
            pick.filter(p -> !chosen.contains(p)).ifPresent(chosen::add);
        }
        return new RecordedRules(RuleSetCatalog.of(now.root(), chosen, List.of()), restored, missing);
    }

    /** A version rebuilt from its snapshot and compiled (cached), if kept and still compiling to its hash. */
    Optional<LoadedRuleSet> rebuilt(RecordedRules.Ref ref) {
        synchronized (compiled) {
            LoadedRuleSet hit = compiled.get(ref.hash());
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        Optional<LoadedRuleSet> built = store.find(ref.hash()).flatMap(this::compile);
        built.ifPresent(b -> {
            synchronized (compiled) {
                compiled.put(ref.hash(), b);
            }
        });
        return built;
    }

    /** Lays the snapshot out as {@code <tmp>/<id>/<version>/}, loads and compiles it, checks its hash. */
    private Optional<LoadedRuleSet> compile(RuleSnapshotStore.Snapshot s) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("xkmt-snapshot-");
            Path folder = tmp.resolve(segment(s.ruleSet())).resolve(segment(s.version()));
            for (Map.Entry<String, String> f : s.files().entrySet()) {
                Path target = folder.resolve(f.getKey()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IllegalStateException("file outside its folder: " + f.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            }
            RuleSetCatalog catalog = RuleSetCatalog.load(tmp);
            Optional<LoadedRuleSet> rs = catalog.all().stream()
                    .filter(r -> r.definition().contentHash().equals(s.contentHash())).findFirst();
            if (rs.isEmpty()) {
                LOG.warn("Snapshot of rule set {}@{}#{} does not rebuild to its hash: {}", s.ruleSet(), s.version(),
                        s.contentHash(), catalog.problems());
            }
            return rs;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Snapshot of rule set {}@{}#{} not rebuilt: {}", s.ruleSet(), s.version(), s.contentHash(),
                    e.toString());
            return Optional.empty();
        } finally {
            if (tmp != null) {
                try {
                    FileSystemUtils.deleteRecursively(tmp);
                } catch (IOException e) {
                    LOG.debug("Temporary folder {} left: {}", tmp, e.toString());
                }
            }
        }
    }

    private static String segment(String s) {
        return s != null && SEGMENT.matcher(s).matches() && !s.contains("..") ? s : "v";
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
