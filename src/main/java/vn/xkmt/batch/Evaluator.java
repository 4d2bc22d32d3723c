package vn.xkmt.batch;

import vn.xkmt.text.Lang;
import vn.xkmt.text.Messages;
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
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.ruleset.RuleSetCatalog;

/**
 * Evaluates a batch: reads every workbook, plans each commune or annual row onto its rule set, and
 * evaluates the units on all cores. An unreadable workbook is reported and the batch goes on.
 */
public final class Evaluator {

    private static final Messages WORDS = Messages.of(Evaluator.class);

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

    /**
     * Reads and evaluates the given workbooks, one workbook at a time (a commune's rows all sit in one workbook):
     * the next workbook is read while the units of the current one are evaluated, and a workbook's data is let go
     * once its units are evaluated, so memory holds at most two workbooks whatever the number of files.
     */
    public RunResult run(List<Path> files, RunOptions options, Progress progress) {
        return run(files, options, progress, null);
    }

    /**
     * As {@link #run(List, RunOptions, Progress)}, handing each workbook's units with every detail to {@code sink}
     * and keeping only their summary ({@link UnitResult#withoutDetail()}) in the result: memory then holds two
     * workbooks and one small record per unit, whatever the number of files.
     */
    public RunResult run(List<Path> files, RunOptions options, Progress progress, UnitSink sink) {
        Instant start = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(options.effectiveThreads());
        try {
            Batch batch = new Batch(options, sink);
            Future<Dataset> next = files.isEmpty() ? null : read(pool, files.get(0));
            for (int i = 0; i < files.size(); i++) {
                String of = files.size() == 1 ? "" : "[" + (i + 1) + "/" + files.size() + "] ";
                progress.stage(of + both("stage.reading"), 1);
                Dataset ds = get(next);
                next = i + 1 < files.size() ? read(pool, files.get(i + 1)) : null;
                progress.step();
                batch.add(ds, pool, progress, of + both("stage.evaluating"));
            }
            progress.done();
            return batch.result(start);
        } finally {
            pool.shutdownNow();
        }
    }

    private Future<Dataset> read(ExecutorService pool, Path file) {
        return pool.submit(() -> reader.apply(file));
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
        Batch batch = new Batch(options, null);
        for (Dataset ds : datasets) {
            batch.add(ds, pool, progress, both("stage.evaluating"));
        }
        progress.done();
        return batch.result(start);
    }

    /** What a run gathers workbook by workbook: the inputs, the units' results and every problem. */
    private final class Batch {

        private final Planner planner;
        private final List<DataProblem> problems = Collections.synchronizedList(new ArrayList<>());
        private final List<InputSummary> inputs = new ArrayList<>();
        private final List<UnitResult> results = new ArrayList<>();
        private final UnitSink sink;

        Batch(RunOptions options, UnitSink sink) {
            this.planner = new Planner(catalog, options);
            this.sink = sink;
        }

        void add(Dataset ds, ExecutorService pool, Progress progress, String stage) {
            int firstProblem = problems.size();
            problems.addAll(ds.problems());
            inputs.add(new InputSummary(ds.file(), ds.sha256(), ds.communes().size(), ds.persons().size(),
                    ds.villages().size(), ds.models().size(), ds.annualReports().size(), ds.errors().size(),
                    ds.warnings().size()));
            List<Planner.Job> jobs = planner.plan(ds, problems);
            progress.stage(stage, jobs.size());
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
            List<UnitResult> units = new ArrayList<>(futures.size());
            for (Future<UnitResult> f : futures) {
                UnitResult r = get(f);
                units.add(r);
                if (r.stoppedBy() != null) {
                    problems.add(stopped(r));
                }
            }
            if (sink == null) {
                results.addAll(units);
                return;
            }
            List<DataProblem> own;
            synchronized (problems) {
                own = List.copyOf(problems.subList(firstProblem, problems.size()));
            }
            sink.accept(units, own);
            units.forEach(r -> results.add(r.withoutDetail()));
        }

        RunResult result(Instant start) {
            List<DataProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing((DataProblem p) -> p.file() == null ? "" : p.file())
                    .thenComparing(p -> p.sheet() == null ? "" : p.sheet())
                    .thenComparing(p -> p.row() == null ? 0 : p.row()));
            return new RunResult(start, Instant.now(), ProgramVersion.current(), inputs, results, sorted);
        }
    }

    /** A unit whose rules were stopped by a limit: a rule-set error for that unit, named in both languages. */
    private static DataProblem stopped(UnitResult r) {
        String rs = r.ruleSet().id() + " " + r.ruleSet().version();
        return DataProblem.error(r.subject().getRow() == null ? null : r.subject().getRow().file(),
                r.subject().getRow() == null ? null : r.subject().getRow().sheet(),
                r.subject().getRow() == null ? null : r.subject().getRow().row(), null, null,
                WORDS.get("stopped", Lang.VI, rs, r.unitCode(), r.stoppedBy()),
                WORDS.get("stopped", Lang.EN, rs, r.unitCode(), r.stoppedBy()));
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

    /** {@code vi / en}: a stage of the console's progress line. */
    private static String both(String key) {
        return WORDS.both(key);
    }
}
