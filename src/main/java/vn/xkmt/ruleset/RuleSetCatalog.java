package vn.xkmt.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xkmt.evaluation.CompiledRuleSet;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.evaluation.RuleSetException;
import vn.xkmt.evaluation.Subject;

/**
 * Every rule set version under a rules folder ({@code rules/<id>/<version>/}), checked and
 * compiled. A version that fails its check or does not compile is refused with its problems; the
 * others stay usable. Immutable: a reload builds a new catalog.
 */
public final class RuleSetCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCatalog.class);

    private final Path root;
    private final List<LoadedRuleSet> ruleSets;
    private final List<RuleProblem> problems;

    private RuleSetCatalog(Path root, List<LoadedRuleSet> ruleSets, List<RuleProblem> problems) {
        this.root = root;
        this.ruleSets = List.copyOf(ruleSets);
        this.problems = List.copyOf(problems);
    }

    /**
     * Loads, checks and compiles every version folder below {@code root}. The versions are compiled
     * side by side on all cores (a cold Drools build is seconds of CPU each); the result and the
     * order of problems are those of compiling them one after the other.
     */
    public static RuleSetCatalog load(Path root) {
        List<LoadedRuleSet> loaded = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        List<Path> folders = versionFolders(root, problems);
        List<Future<LoadedRuleSet>> builds = new ArrayList<>();
        ExecutorService pool = folders.size() < 2 ? null : Executors.newFixedThreadPool(
                Math.min(folders.size(), Runtime.getRuntime().availableProcessors()), COMPILER_THREADS);
        try {
            for (Path folder : folders) {
                String display = display(root, folder);
                Callable<LoadedRuleSet> build = () -> new LoadedRuleSet(CompiledRuleSet.compile(
                        new RuleSetLoader().load(folder, display), ManifestLimits.read(folder, display)));
                builds.add(pool == null ? completed(build) : pool.submit(build));
            }
            for (int i = 0; i < folders.size(); i++) {
                try {
                    loaded.add(result(builds.get(i)));
                } catch (RuleSetException e) {
                    problems.addAll(e.problems());
                    LOG.warn("Rule set {} refused: {}", display(root, folders.get(i)), e.getMessage());
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        loaded.sort(Comparator.comparing(LoadedRuleSet::id).thenComparing(r -> r.definition().effectiveFrom(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return new RuleSetCatalog(root, loaded, problems);
    }

    private static final ThreadFactory COMPILER_THREADS = r -> {
        Thread t = new Thread(r, "xkmt-rules-compile");
        t.setDaemon(true);
        return t;
    };

    private static String display(Path root, Path folder) {
        return "rules/" + root.relativize(folder).toString().replace('\\', '/');
    }

    /** Runs a build here and now, keeping what it threw for {@link #result}. */
    private static Future<LoadedRuleSet> completed(Callable<LoadedRuleSet> build) {
        FutureTask<LoadedRuleSet> task = new FutureTask<>(build);
        task.run();
        return task;
    }

    /** The build's rule set, or what it threw: its {@link RuleSetException}, runtime exception or error. */
    private static LoadedRuleSet result(Future<LoadedRuleSet> build) {
        try {
            return build.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling rule sets", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A catalog of already-compiled versions (used when a reload keeps some old versions). */
    public static RuleSetCatalog of(Path root, List<LoadedRuleSet> ruleSets, List<RuleProblem> problems) {
        List<LoadedRuleSet> sorted = new ArrayList<>(ruleSets);
        sorted.sort(Comparator.comparing(LoadedRuleSet::id).thenComparing(r -> r.definition().effectiveFrom(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return new RuleSetCatalog(root, sorted, problems);
    }

    /** The ids of rule set folders under {@code root}, whether or not they loaded. */
    public static List<String> folderIds(Path root) {
        return versionFolders(root, new ArrayList<>()).stream()
                .map(p -> root.relativize(p).getName(0).toString()).distinct().sorted().toList();
    }

    /** The folders holding a {@code manifest.yaml}, two levels down ({@code <id>/<version>}). */
    static List<Path> versionFolders(Path root, List<RuleProblem> problems) {
        if (!Files.isDirectory(root)) {
            problems.add(new RuleProblem(root.toString(), 0, 0, RuleSetWords.both("noRulesFolder")));
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root, 2)) {
            return s.filter(p -> root.relativize(p).getNameCount() == 2)
                    .filter(p -> Files.isRegularFile(p.resolve(RuleSetLoader.MANIFEST))).sorted().toList();
        } catch (IOException e) {
            problems.add(new RuleProblem(root.toString(), 0, 0, RuleSetWords.both("unreadable") + ": " + e.getMessage()));
            return List.of();
        }
    }

    public Path root() {
        return root;
    }

    public List<LoadedRuleSet> all() {
        return ruleSets;
    }

    /** Problems of the versions that were refused. */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** The distinct rule set ids, sorted. */
    public List<String> ids() {
        return ruleSets.stream().map(LoadedRuleSet::id).distinct().sorted().toList();
    }

    public List<LoadedRuleSet> versions(String id) {
        return ruleSets.stream().filter(r -> r.id().equals(id)).toList();
    }

    public Optional<LoadedRuleSet> version(String id, String version) {
        return versions(id).stream().filter(r -> r.version().equals(version)).findFirst();
    }

    /** The rule set id whose manifest names this province (after normalisation), for this subject. */
    public Optional<String> idForProvince(String province, Subject subject) {
        String wanted = ProvinceNames.province(province);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return ruleSets.stream().filter(r -> r.definition().subject() == subject)
                .filter(r -> r.definition().provinces().stream().anyMatch(p -> ProvinceNames.province(p).equals(wanted))
                        || ProvinceNames.province(r.id()).equals(wanted))
                .map(LoadedRuleSet::id).findFirst();
    }

    /**
     * The version of rule set {@code id} in force on {@code date}; when none is, the nearest one
     * (the latest that started before, else the earliest) and {@code inForce} false.
     */
    public Optional<Selection> select(String id, LocalDate date) {
        List<LoadedRuleSet> versions = versions(id);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Optional<LoadedRuleSet> inForce = versions.stream().filter(r -> r.definition().inForce(date))
                .reduce((a, b) -> b);
        if (inForce.isPresent()) {
            return Optional.of(new Selection(inForce.get(), true));
        }
        LoadedRuleSet nearest = versions.stream()
                .filter(r -> date != null && r.definition().effectiveFrom() != null
                        && !r.definition().effectiveFrom().isAfter(date))
                .reduce((a, b) -> b).orElse(versions.get(0));
        return Optional.of(new Selection(nearest, false));
    }

    /** A chosen version and whether it is in force on the reference date. */
    public record Selection(LoadedRuleSet ruleSet, boolean inForce) {}
}
