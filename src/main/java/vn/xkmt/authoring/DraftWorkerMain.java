package vn.xkmt.authoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.Dataset;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.ruleset.RuleSetCatalog;

/**
 * The worker side of {@link DraftWorker}: reads the job from its folder, loads the rules it was
 * handed (allowlist, compile, limits), runs the golden cases or the impact, and writes the answer.
 */
public final class DraftWorkerMain {

    private DraftWorkerMain() {
    }

    /** Runs the job in {@code dir}; returns the process exit code. */
    public static int run(Path dir, Function<Path, Dataset> reader) {
        JsonMapper json = JsonMapper.builder().build();
        DraftWorker.Job job = json.readValue(dir.resolve(DraftWorker.JOB).toFile(), DraftWorker.Job.class);
        DraftWorker.Answer answer = switch (job.kind()) {
            case "check" -> check(job, reader);
            case "impact" -> impact(job, reader);
            default -> throw new IllegalArgumentException("unknown job " + job.kind());
        };
        json.writeValue(dir.resolve(DraftWorker.ANSWER).toFile(), answer);
        return 0;
    }

    private static List<RuleProblem> problemsOf(RuleSetCatalog catalog, DraftWorker.Job job) {
        return catalog.problems().stream().filter(p -> p.file().startsWith("rules/" + job.ruleSet() + "/")).toList();
    }

    private static DraftWorker.Answer check(DraftWorker.Job job, Function<Path, Dataset> reader) {
        RuleSetCatalog catalog = RuleSetCatalog.load(Path.of(job.rules()));
        Optional<LoadedRuleSet> rs = catalog.version(job.ruleSet(), job.version());
        GoldenCases.Report golden = rs.map(r -> new GoldenCases(catalog, reader).run(r)).orElse(null);
        return new DraftWorker.Answer(problemsOf(catalog, job), golden, null);
    }

    private static DraftWorker.Answer impact(DraftWorker.Job job, Function<Path, Dataset> reader) {
        RuleSetCatalog before = RuleSetCatalog.load(Path.of(job.before()));
        RuleSetCatalog after = RuleSetCatalog.load(Path.of(job.rules()));
        List<RuleProblem> problems = problemsOf(after, job);
        if (!problems.isEmpty()) {
            return new DraftWorker.Answer(problems, null, List.of());
        }
        Set<String> provinces = Set.copyOf(job.provinces());
        List<Dataset> data = job.inputs().stream().map(Path::of).map(reader)
                .map(d -> provinces.isEmpty() ? d : ProvinceSlice.only(d, provinces)).toList();
        RunOptions options = new RunOptions(job.ruleSet(), job.version(), 0);
        RunResult was = new Evaluator(before, reader).evaluate(data, options, Progress.NONE);
        RunResult now = new Evaluator(after, reader).evaluate(data, options, Progress.NONE);
        return new DraftWorker.Answer(List.of(), null, Impact.compare(was, now));
    }
}
