package vn.xkmt.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xkmt.evaluation.CompiledRuleSet;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.evaluation.RuleSetDefinition;
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

    /** Loads, checks and compiles every version folder below {@code root}. */
    public static RuleSetCatalog load(Path root) {
        List<LoadedRuleSet> loaded = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (Path folder : versionFolders(root, problems)) {
            String display = "rules/" + root.relativize(folder).toString().replace('\\', '/');
            try {
                RuleSetDefinition def = new RuleSetLoader().load(folder, display);
                loaded.add(new LoadedRuleSet(CompiledRuleSet.compile(def)));
            } catch (RuleSetException e) {
                problems.addAll(e.problems());
                LOG.warn("Rule set {} refused: {}", display, e.getMessage());
            }
        }
        loaded.sort(Comparator.comparing(LoadedRuleSet::id).thenComparing(r -> r.definition().effectiveFrom(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return new RuleSetCatalog(root, loaded, problems);
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
            problems.add(new RuleProblem(root.toString(), 0, 0, "không có thư mục bộ tiêu chí / no rules folder"));
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root, 2)) {
            return s.filter(p -> root.relativize(p).getNameCount() == 2)
                    .filter(p -> Files.isRegularFile(p.resolve(RuleSetLoader.MANIFEST))).sorted().toList();
        } catch (IOException e) {
            problems.add(new RuleProblem(root.toString(), 0, 0, "không đọc được / unreadable: " + e.getMessage()));
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
