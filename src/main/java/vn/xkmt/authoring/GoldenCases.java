package vn.xkmt.authoring;

import vn.xkmt.text.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.xkmt.authoring.CaseFile.Expected;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.Dataset;
import vn.xkmt.evaluation.CriterionResult;
import vn.xkmt.evaluation.Explanations;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.ruleset.RuleSetCatalog;

/**
 * Golden cases of a rule set version: each {@code tests/<name>.yaml} holds a case's rows and, per commune
 * code (or {@code unit/year}), the expected verdict and the outcome of every criterion ({@link CaseFile}).
 * A legacy pair, {@code tests/<name>.xlsx} with {@code tests/<name>.expected.yaml}, is still run. Running
 * them evaluates each case under exactly that version and lists every difference with the explanation the
 * rules gave.
 */
public final class GoldenCases {

    /** One difference between what a case expects and what the rules decided. */
    public record Mismatch(String caseName, String unit, String what, String expected, String actual, String explanation) {

        @Override
        public String toString() {
            return caseName + " · " + unit + " · " + what + ": " + AuthoringWords.tight("expected") + " " + expected + ", "
                    + AuthoringWords.tight("got") + " " + actual
                    + (explanation == null || explanation.isBlank() ? "" : "\n      " + explanation);
        }
    }

    /** The cases of one rule set version. */
    public record Report(String ruleSet, String version, int cases, int units, List<Mismatch> mismatches,
                         List<String> problems) {

        public boolean passed() {
            return mismatches.isEmpty() && problems.isEmpty();
        }
    }

    private final ObjectMapper yaml = YAMLMapper.builder().build();
    private final RuleSetCatalog catalog;
    private final Function<Path, Dataset> reader;
    private final WorkbookReader caseReader = new WorkbookReader();

    public GoldenCases(RuleSetCatalog catalog, Function<Path, Dataset> reader) {
        this.catalog = catalog;
        this.reader = reader;
    }

    /** Runs the golden cases of every version in the catalog. */
    public List<Report> runAll() {
        List<Report> reports = new ArrayList<>();
        for (LoadedRuleSet rs : catalog.all()) {
            reports.add(run(rs));
        }
        return reports;
    }

    public Report run(LoadedRuleSet rs) {
        RuleSetDefinition def = rs.definition();
        Path tests = catalog.root().resolve(def.id()).resolve(def.version()).resolve("tests");
        List<Mismatch> mismatches = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int cases = 0;
        int units = 0;
        Evaluator evaluator = new Evaluator(catalog, reader);
        RunOptions options = new RunOptions(def.id(), def.version(), 1);
        List<Path> files = files(tests, problems);
        for (Path file : files) {
            String name;
            Map<String, Expected> expected;
            RunResult run;
            if (CaseFile.isCaseFile(file)) {
                name = CaseFile.name(file);
                CaseFile c;
                try {
                    c = CaseFile.read(file);
                } catch (CaseFile.Invalid e) {
                    problems.addAll(e.problems());
                    continue;
                }
                expected = c.expected();
                try {
                    run = evaluator.evaluate(List.of(c.dataset(caseReader)), options, Progress.NONE);
                } catch (IOException e) {
                    problems.add(file.getFileName() + ": " + e.getMessage());
                    continue;
                }
            } else {
                name = file.getFileName().toString().replace(".expected.yaml", "");
                if (files.contains(file.resolveSibling(name + ".yaml"))) {
                    problems.add(name + ": hai dạng của cùng một ca, " + name + ".yaml và " + file.getFileName()
                            + "; giữ " + name + ".yaml / one case in two forms, " + name + ".yaml and "
                            + file.getFileName() + "; keep " + name + ".yaml");
                    continue;
                }
                Path workbook = tests.resolve(name + ".xlsx");
                if (!Files.isRegularFile(workbook)) {
                    problems.add(name + ": " + AuthoringWords.both("missingFile") + " " + workbook.getFileName());
                    continue;
                }
                expected = readExpected(file, problems);
                if (expected == null) {
                    continue;
                }
                run = evaluator.run(List.of(workbook), options, Progress.NONE);
            }
            cases++;
            units += expected.size();
            compare(name, def, expected, run, mismatches);
        }
        return new Report(def.id(), def.version(), cases, units, mismatches, problems);
    }

    private static void compare(String name, RuleSetDefinition def, Map<String, Expected> expected, RunResult run,
                                List<Mismatch> out) {
        Map<String, UnitResult> actual = new LinkedHashMap<>();
        run.results().forEach(r -> actual.put(key(r), r));
        Explanations ex = new Explanations(def);
        expected.forEach((unit, exp) -> {
            UnitResult r = actual.get(unit);
            if (r == null) {
                out.add(new Mismatch(name, unit, AuthoringWords.tight("unit"), AuthoringWords.both("present"),
                        AuthoringWords.both("absent"), null));
                return;
            }
            if (exp.verdict() != null && !exp.verdict().equals(r.verdict().name())) {
                out.add(new Mismatch(name, unit, "verdict", exp.verdict(), r.verdict().name(), null));
            }
            exp.criteria().forEach((id, outcome) -> {
                CriterionResult c = r.criteria().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                String got = c == null ? AuthoringWords.both("noCriterion") : c.outcome().name();
                if (!outcome.equals(got)) {
                    out.add(new Mismatch(name, unit, id, outcome, got, c == null ? null : ex.criterion(c, Lang.VI)));
                }
            });
        });
        actual.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(k ->
                out.add(new Mismatch(name, k, AuthoringWords.tight("unit"),
                        AuthoringWords.both("notListed"), AuthoringWords.both("evaluated"), null)));
    }

    static String key(UnitResult r) {
        return r.year() == null ? r.unitCode() : r.unitCode() + "/" + r.year();
    }

    private Map<String, Expected> readExpected(Path file, List<String> problems) {
        try {
            return Expected.of(yaml.readValue(file.toFile(), Map.class));
        } catch (JacksonException e) {
            problems.add(file.getFileName() + ": " + AuthoringWords.both("unreadableYaml") + ": " + e.getOriginalMessage());
            return null;
        }
    }

    /** The case files and legacy {@code .expected.yaml} files of a tests folder, by name. */
    private static List<Path> files(Path tests, List<String> problems) {
        if (!Files.isDirectory(tests)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(tests)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(tests + ": " + e.getMessage());
            return List.of();
        }
    }
}
