package vn.xkmt.batch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import vn.xkmt.cli.Version;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.ruleset.RuleSetCatalog;

/**
 * Evaluates a batch: reads every workbook, plans each commune or annual row onto its rule set, and
 * evaluates the units on all cores. An unreadable workbook is reported and the batch goes on.
 */
public final class Evaluator {

    private final RuleSetCatalog catalog;
    private final Function<Path, Dataset> reader;

    /**
     * @param reader reads one workbook into a dataset and never throws on bad input
     */
    public Evaluator(RuleSetCatalog catalog, Function<Path, Dataset> reader) {
        this.catalog = catalog;
        this.reader = reader;
    }

    public RuleSetCatalog catalog() {
        return catalog;
    }

    /** Reads and evaluates the given workbooks. */
    public RunResult run(List<Path> files, RunOptions options, Progress progress) {
        Instant start = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(options.effectiveThreads());
        try {
            progress.stage("Đọc tệp / Reading", files.size());
            List<Future<Dataset>> reads = new ArrayList<>();
            for (Path f : files) {
                reads.add(pool.submit(() -> {
                    Dataset d = reader.apply(f);
                    progress.step();
                    return d;
                }));
            }
            List<Dataset> datasets = new ArrayList<>();
            for (Future<Dataset> r : reads) {
                datasets.add(get(r));
            }
            return evaluate(datasets, options, progress, pool, start);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Evaluates datasets already read (an upload, a stored evaluation). */
    public RunResult evaluate(List<Dataset> datasets, RunOptions options, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(options.effectiveThreads());
        try {
            return evaluate(datasets, options, progress, pool, Instant.now());
        } finally {
            pool.shutdownNow();
        }
    }

    private RunResult evaluate(List<Dataset> datasets, RunOptions options, Progress progress, ExecutorService pool,
                               Instant start) {
        progress.done();
        List<DataProblem> problems = Collections.synchronizedList(new ArrayList<>());
        List<InputSummary> inputs = new ArrayList<>();
        List<Planner.Job> jobs = new ArrayList<>();
        Planner planner = new Planner(catalog, options);
        for (Dataset ds : datasets) {
            problems.addAll(ds.problems());
            inputs.add(new InputSummary(ds.file(), ds.sha256(), ds.communes().size(), ds.persons().size(),
                    ds.villages().size(), ds.models().size(), ds.annualReports().size(), ds.errors().size(),
                    ds.warnings().size()));
            jobs.addAll(planner.plan(ds, problems));
        }
        progress.stage("Đánh giá / Evaluating", jobs.size());
        List<Future<UnitResult>> futures = new ArrayList<>();
        for (Planner.Job j : jobs) {
            futures.add(pool.submit(() -> {
                UnitResult r = j.ruleSet().compiled().evaluate(j.unit());
                if (!j.inForce()) {
                    r = r.notInForce();
                }
                progress.step();
                return r;
            }));
        }
        List<UnitResult> results = new ArrayList<>();
        for (Future<UnitResult> f : futures) {
            UnitResult r = get(f);
            results.add(r);
            if (r.stoppedBy() != null) {
                problems.add(stopped(r));
            }
        }
        progress.done();
        List<DataProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing((DataProblem p) -> p.file() == null ? "" : p.file())
                .thenComparing(p -> p.sheet() == null ? "" : p.sheet())
                .thenComparing(p -> p.row() == null ? 0 : p.row()));
        return new RunResult(start, Instant.now(), Version.current(), inputs, results, sorted);
    }

    /** A unit whose rules were stopped by a limit: a rule-set error for that unit, named in both languages. */
    private static DataProblem stopped(UnitResult r) {
        String rs = r.ruleSet().id() + " " + r.ruleSet().version();
        return DataProblem.error(r.subject().getRow() == null ? null : r.subject().getRow().file(),
                r.subject().getRow() == null ? null : r.subject().getRow().sheet(),
                r.subject().getRow() == null ? null : r.subject().getRow().row(), null, null,
                "Lỗi bộ tiêu chí " + rs + ": việc đánh giá " + r.unitCode() + " bị dừng (" + r.stoppedBy()
                        + "); các tiêu chí của đơn vị này chưa được quyết định",
                "Rule set error in " + rs + ": the evaluation of " + r.unitCode() + " was stopped (" + r.stoppedBy()
                        + "); its criteria are undecided");
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }
}
