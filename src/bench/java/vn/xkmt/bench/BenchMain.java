package vn.xkmt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import vn.xkmt.bench.jmh.EvalBenchmark;
import vn.xkmt.bench.jmh.IngestBenchmark;
import vn.xkmt.bench.jmh.KieBaseBuildBenchmark;
import vn.xkmt.commune.Dataset;
import vn.xkmt.evaluation.CompiledRuleSet;
import vn.xkmt.evaluation.UnitFacts;
import vn.xkmt.ingest.WorkbookReader;

/**
 * The national-scale benchmark in one run ({@code ./mvnw -Pbench verify}, or
 * {@code -Dbench.args=quick} for a smoke run on 200 communes, {@code -Dbench.args=flood} for the flood of
 * errors only): generates the workbooks under
 * {@code target/bench/data} (once), checks that Drools and the hand-written reference agree on every
 * criterion of every commune (a disagreement fails the run, exit 3), then measures
 * <ol>
 *   <li>R_ingest and R_eval with JMH (in-process parts, forked JVMs),</li>
 *   <li>KieBase build time per rule set, cold (a fresh JVM per measurement),</li>
 *   <li>the real {@code xkmt evaluate} end to end as a child process: time and peak RSS, with the
 *       JSON and the report workbook written,</li>
 *   <li>web upload latency of a one-commune workbook against {@code xkmt serve},</li>
 *   <li>where an evaluate run spends its time, phase by phase, in one warm JVM,</li>
 * </ol>
 * and writes {@code target/bench/report.md}, the figures for docs/performance.md.
 * <p>
 * System properties: {@code bench.heap} (JVM options of the {@code java … -jar} comparison run, default none: the README's
 * command, which starts its batch again in a child JVM with the launcher's settings);
 * the main end-to-end runs go through the launcher {@code target/xkmt} with the settings it ships),
 * {@code bench.e2eRuns} (default 3), {@code bench.skip} (comma list of {@code jmh, kiebase, e2e, scale,
 * legacy, web, phases}).
 */
public final class BenchMain {

    static final Path DIR = Path.of("target", "bench");
    static final Path JAR = Path.of("target", "xkmt.jar");
    static final Path LAUNCHER = Path.of("target", "xkmt");

    private final boolean quick;
    private final List<String> skip;
    private final List<String> heap;
    private final StringBuilder md = new StringBuilder();
    private final Map<String, String> summary = new LinkedHashMap<>();

    private boolean floodOnly;

    private BenchMain(boolean quick) {
        this.quick = quick;
        this.skip = List.of(System.getProperty("bench.skip", "").split(","));
        this.heap = System.getProperty("bench.heap", "").isBlank() ? List.of()
                : List.of(System.getProperty("bench.heap").trim().split("\\s+"));
    }

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && "quick".equals(args[0]);
        BenchMain bench = new BenchMain(quick);
        bench.floodOnly = args.length > 0 && "flood".equals(args[0]);
        System.exit(bench.run());
    }

    private int run() throws Exception {
        Files.createDirectories(DIR);
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build it first (./mvnw -Pbench verify does)");
        }
        int communes = quick ? 200 : NationalDataGenerator.NATIONAL_COMMUNES;
        long seed = NationalDataGenerator.DEFAULT_SEED;
        Path data = DIR.resolve("data");
        Path national = floodOnly ? null : NationalDataGenerator.ensure(data.resolve("national-" + communes + "-seed-" + seed + ".xlsx"),
                communes, seed);
        Path oneCommune = floodOnly ? null : NationalDataGenerator.ensure(data.resolve("one-commune-seed-" + seed + ".xlsx"), 1, seed);

        md.append("## Run of ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append(quick ? " (quick smoke run: 200 communes, short iterations — not the figures)" : "").append("\n\n");
        md.append("Commit `").append(Machine.run("git", "rev-parse", "--short", "HEAD"))
                .append(Machine.run("git", "status", "--porcelain", "--untracked-files=no").isEmpty() ? "" : " (with local changes)")
                .append("`; command `./mvnw -Pbench verify`").append(quick ? " -Dbench.args=quick" : floodOnly ? " -Dbench.args=flood" : "").append(".\n\n");
        md.append("### Machine\n\n").append(Machine.describe()).append('\n');

        if (floodOnly) {
            flood(data);
            write();
            return 0;
        }
        if (!differentialCheck(national)) {
            write();
            return 3;
        }
        if (!skip.contains("jmh")) {
            ingestAndEval(national);
        }
        if (!skip.contains("kiebase")) {
            kieBaseBuild();
        }
        if (!skip.contains("e2e")) {
            String launched = "target/xkmt: " + EndToEnd.launcherOptions(LAUNCHER);
            endToEnd("national", launched, EndToEnd.launcherCommand(LAUNCHER.toAbsolutePath(), national.toAbsolutePath(),
                    DIR.resolve("e2e-national").toAbsolutePath()), communes, quick ? 1 : Integer.getInteger("bench.e2eRuns", 3),
                    "≤ 10 s, ≤ 1 GB");
            endToEnd("national", heap.isEmpty() ? "java -jar (the README's command)" : "java " + String.join(" ", heap) + " -jar", EndToEnd.command(JAR.toAbsolutePath(), heap,
                    national.toAbsolutePath(), DIR.resolve("e2e-national-java").toAbsolutePath()), communes, 1, "—");
            paired("national (NationalDataGenerator)", national, communes);
            Path mixed = ContractShapedGenerator.ensure(data.resolve("contract-shaped-" + communes + "-seed-7.xlsx"),
                    communes, 7L);
            paired("contract-shaped (ContractShapedGenerator: four rule sets, other orders, text dates, blanks)", mixed, -1);
            if (!quick && !skip.contains("scale")) {
                scale(data, communes);
            }
            if (!quick && !skip.contains("legacy")) {
                Path legacy = NationalDataGenerator.ensure(
                        data.resolve("legacy-" + NationalDataGenerator.LEGACY_COMMUNES + "-seed-" + seed + ".xlsx"),
                        NationalDataGenerator.LEGACY_COMMUNES, seed);
                endToEnd("legacy", launched, EndToEnd.launcherCommand(LAUNCHER.toAbsolutePath(), legacy.toAbsolutePath(),
                        DIR.resolve("e2e-legacy").toAbsolutePath()), NationalDataGenerator.LEGACY_COMMUNES, 1, "—");
            }
        }
        if (!quick && !skip.contains("flood")) {
            flood(data);
        }
        if (!skip.contains("web")) {
            web(oneCommune);
        }
        if (!skip.contains("phases")) {
            phases(national);
        }
        md.append("### Summary\n\n| figure | value | target |\n|---|---|---|\n");
        summary.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        write();
        return 0;
    }

    // ---- differential check --------------------------------------------------------------------------

    private boolean differentialCheck(Path national) {
        log("Differential check on " + national);
        Dataset ds = new WorkbookReader().read(national);
        List<UnitFacts> units = Units.of(ds);
        CompiledRuleSet thanhHoa = vn.xkmt.testing.TestRuleSets.ruleSet("thanh-hoa"); // the latest version: the reference follows its readings
        DifferentialCheck.Report r = DifferentialCheck.run(units, thanhHoa);
        md.append("### Data and differential check\n\n");
        md.append(String.format(Locale.ROOT, "`%s`: %,d bytes; %,d communes, %,d persons, %,d villages, %,d models; "
                        + "%,d errors and %,d warnings in the data (blank required cells, tests after the request date, …).%n%n",
                national, size(national), ds.communes().size(), ds.persons().size(), ds.villages().size(),
                ds.models().size(), ds.errors().size(), ds.warnings().size()));
        md.append(r.describe(100).replace("\n  ", "\n    ")).append('\n');
        md.append("Outcomes over the generated communes (the reference's; Drools' are the same when the check passes):\n\n");
        md.append(Machine.indent(r.outcomeTable().strip())).append("\n\n");
        log(r.describe(20));
        summary.put("differential check", (r.agrees() ? "agree: " : "**DISAGREE**: ") + r.disagreements().size()
                + " disagreements over " + r.communes() * 9 + " criterion outcomes | 0");
        return r.agrees();
    }

    // ---- JMH ---------------------------------------------------------------------------------------------

    private ChainedOptionsBuilder jmh(Class<?> benchmark, String jsonName) {
        return new OptionsBuilder().include(benchmark.getName() + "\\.").shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON).result(DIR.resolve(jsonName).toString());
    }

    private void ingestAndEval(Path national) throws RunnerException {
        String wb = "-Dbench.workbook=" + national.toAbsolutePath();
        log("JMH: ingest");
        Collection<RunResult> ingest = new Runner(jmh(IngestBenchmark.class, "jmh-ingest.json")
                .forks(1).warmupIterations(quick ? 1 : 3).measurementIterations(quick ? 2 : 8)
                .jvmArgsAppend("-Xmx1g", wb).build()).run();
        log("JMH: evaluation");
        Collection<RunResult> eval = new Runner(jmh(EvalBenchmark.class, "jmh-eval.json")
                .forks(1).warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(quick ? 1 : 5))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 5))
                .jvmArgsAppend("-Xmx2g", wb).build()).run();
        double ours = score(ingest, "xkmtReader");
        double fast = score(ingest, "fastexcelScan");
        double drools = score(eval, "drools");
        double reference = score(eval, "reference");
        md.append("### R_ingest and R_eval (JMH, one fork each, load before: ").append(Machine.load()).append(")\n\n");
        md.append("| benchmark | mode | score | error (99.9 %) | unit |\n|---|---|---|---|---|\n");
        for (Collection<RunResult> rs : List.of(ingest, eval)) {
            for (RunResult r : rs) {
                var p = r.getPrimaryResult();
                md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | ± %.1f | %s |%n", shortName(r),
                        r.getParams().getMode().shortLabel(), p.getScore(), p.getScoreError(), p.getScoreUnit()));
            }
        }
        md.append(String.format(Locale.ROOT, "%nR_ingest = %.0f / %.0f = **%.2f** (target ≤ 1.5); "
                + "R_eval = %.0f / %.1f = **%.1f** (target ≤ 3).%n%n", ours, fast, ours / fast, drools, reference,
                drools / reference));
        summary.put("R_ingest (our reader ÷ fastexcel raw scan)", String.format(Locale.ROOT, "%.2f (%.0f ms ÷ %.0f ms) | ≤ 1.5",
                ours / fast, ours, fast));
        summary.put("R_eval (Drools ÷ hand-written, facts in memory)", String.format(Locale.ROOT,
                "%.1f (%.0f ms ÷ %.1f ms for all communes, one thread) | ≤ 3", drools / reference, drools, reference));
    }

    private void kieBaseBuild() throws RunnerException {
        log("JMH: KieBase builds, cold");
        Collection<RunResult> builds = new Runner(jmh(KieBaseBuildBenchmark.class, "jmh-kiebase.json")
                .forks(quick ? 1 : 3).warmupIterations(0).measurementIterations(1).jvmArgsAppend("-Xmx1g").build()).run();
        md.append("### KieBase build per rule set, cold (JMH single shot, a fresh JVM per measurement, ")
                .append(quick ? 1 : 3).append(" forks; load before: ").append(Machine.load()).append(")\n\n");
        md.append("| rule set | mean | error (99.9 %) | samples |\n|---|---|---|---|\n");
        List<RunResult> sorted = new ArrayList<>(builds);
        sorted.sort(Comparator.comparing(r -> r.getParams().getParam("ruleSet")));
        StringBuilder s = new StringBuilder();
        for (RunResult r : sorted) {
            var p = r.getPrimaryResult();
            String rs = r.getParams().getParam("ruleSet");
            md.append(String.format(Locale.ROOT, "| %s | %.0f ms | ± %.0f | %d |%n", rs, p.getScore(),
                    p.getScoreError(), p.getSampleCount()));
            s.append(String.format(Locale.ROOT, "%s %.1f s, ", rs, p.getScore() / 1000));
        }
        md.append("\n`all` is the whole `rules/` folder as `xkmt evaluate` loads it (versions compiled in parallel).\n\n");
        summary.put("KieBase build, cold", s.substring(0, s.length() - 2) + " | —");
    }

    // ---- child processes ---------------------------------------------------------------------------------

    private void endToEnd(String name, String settings, List<String> cmd, int expectedUnits, int runs, String target)
            throws IOException, InterruptedException {
        Path out = Path.of(cmd.get(cmd.indexOf("--json") + 1)).getParent();
        md.append("### End to end, ").append(name).append(" workbook, `").append(settings).append("` (").append(runs)
                .append(runs == 1 ? " run" : " runs").append(")\n\n    ")
                .append(String.join(" ", cmd).replace(Path.of("").toAbsolutePath() + "/", ""))
                .append("\n\n| run | wall | peak RSS | exit | load average before (1, 5, 15 min) |\n|---|---|---|---|---|\n");
        List<EndToEnd.Run> done = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            log("End to end, " + name + " (" + settings + "), run " + i + " (load " + Machine.load() + ")");
            EndToEnd.Run r = EndToEnd.run(cmd, out);
            if (r.units() != expectedUnits) {
                throw new IllegalStateException("evaluate gave " + r.units() + " results, not " + expectedUnits
                        + "; see " + out);
            }
            done.add(r);
            md.append(String.format(Locale.ROOT, "| %d | %.1f s | %,d MB | %d | %s |%n", i, r.seconds(),
                    r.peakRssKb() / 1024, r.exit(), r.loadBefore()));
        }
        EndToEnd.Run median = done.stream().sorted(Comparator.comparingDouble(EndToEnd.Run::seconds)).toList()
                .get(done.size() / 2);
        long maxRss = done.stream().mapToLong(EndToEnd.Run::peakRssKb).max().orElse(-1);
        md.append(String.format(Locale.ROOT, "%nMedian %.1f s, highest peak RSS %,d MB; JVM settings `%s`; exit 1 is "
                        + "expected (the generated data has blank required cells, reported as errors).%n%n",
                median.seconds(), maxRss / 1024, settings));
        summary.put("end to end, " + name + " (`" + settings + "`)", String.format(Locale.ROOT,
                "%.1f s median, peak RSS %,d MB | %s", median.seconds(), maxRss / 1024, target));
    }

    /** The README's command and a raw scan of the same file, each a whole process, alternated three times. */
    private void paired(String name, Path workbook, int expectedUnits) throws IOException, InterruptedException {
        List<String> raw = List.of(Machine.javaBin(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                FastexcelScan.class.getName(), workbook.toAbsolutePath().toString());
        List<String> ours = EndToEnd.command(JAR.toAbsolutePath(), List.of(), workbook.toAbsolutePath(),
                DIR.resolve("paired").toAbsolutePath());
        md.append("### The README's command against a raw scan, ").append(name).append("\n\n`")
                .append(workbook.getFileName()).append("` (").append(String.format(Locale.ROOT, "%,d", size(workbook)))
                .append(" bytes). Each pair: a whole-process raw scan of every cell by fastexcel-reader "
                        + "(`java -Xmx1g FastexcelScan`), then `java -jar target/xkmt.jar evaluate --json … --xlsx …`.\n\n"
                        + "| pair | raw scan | evaluate | ratio | evaluate peak RSS | exit | load before |\n"
                        + "|---|---|---|---|---|---|---|\n");
        List<Double> ratios = new ArrayList<>();
        long maxRss = 0;
        int pairs = quick ? 1 : 3;
        for (int i = 1; i <= pairs; i++) {
            log("Paired run " + i + ", " + name);
            EndToEnd.Run scan = EndToEnd.measure(raw, DIR.resolve("paired-scan"));
            EndToEnd.Run run = EndToEnd.run(ours, DIR.resolve("paired"));
            if (expectedUnits > 0 && run.units() != expectedUnits) {
                throw new IllegalStateException("evaluate gave " + run.units() + " results, not " + expectedUnits);
            }
            double ratio = run.seconds() / scan.seconds();
            ratios.add(ratio);
            maxRss = Math.max(maxRss, run.peakRssKb());
            md.append(String.format(Locale.ROOT, "| %d | %.1f s | %.1f s | %.2f | %,d MB | %d | %s |%n", i,
                    scan.seconds(), run.seconds(), ratio, run.peakRssKb() / 1024, run.exit(), scan.loadBefore()));
        }
        double median = ratios.stream().sorted().toList().get(ratios.size() / 2);
        md.append(String.format(Locale.ROOT, "%nMedian ratio **%.2f** (target ≤ 2.5), highest peak RSS **%,d MB** "
                + "(target ≤ 768 MB).%n%n", median, maxRss / 1024));
        summary.put("README's `java -jar … evaluate` ÷ raw scan, " + name, String.format(Locale.ROOT,
                "%.2f, peak RSS %,d MB | ≤ 2.5, ≤ 768 MB", median, maxRss / 1024));
    }

    /** A folder of 1, 5 and 20 national workbooks through the README's command: time and memory as it grows. */
    private void scale(Path data, int communes) throws IOException, InterruptedException {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            files.add(NationalDataGenerator.ensure(data.resolve("national-" + communes + "-seed-" + i + ".xlsx"),
                    communes, i).toAbsolutePath());
        }
        md.append("### A batch of many national workbooks (the README's command)\n\n"
                + "| workbooks | units | wall | wall ÷ (n × one workbook) | peak RSS | exit | load before |\n"
                + "|---|---|---|---|---|---|---|\n");
        double one = 0;
        for (int n : new int[] {1, 5, 20}) {
            log("Batch of " + n + " national workbooks");
            Path out = DIR.resolve("scale-" + n).toAbsolutePath();
            List<String> cmd = new ArrayList<>(List.of(Machine.javaBin(), "-jar", JAR.toAbsolutePath().toString(),
                    "evaluate", "--json", out.resolve("ket-qua.json").toString(), "--xlsx",
                    out.resolve("bao-cao.xlsx").toString()));
            files.subList(0, n).forEach(f -> cmd.add(f.toString()));
            EndToEnd.Run r = EndToEnd.measure(cmd, out);
            if (n == 1) {
                one = r.seconds();
            }
            md.append(String.format(Locale.ROOT, "| %d | %,d | %.1f s | %.2f | %,d MB | %d | %s |%n", n,
                    n * communes, r.seconds(), r.seconds() / (n * one), r.peakRssKb() / 1024, r.exit(), r.loadBefore()));
            summary.put("batch of " + n + " national workbooks", String.format(Locale.ROOT,
                    "%.1f s (%.2f × %d single runs), peak RSS %,d MB | ≤ 1.2×, ≤ 1 GB", r.seconds(),
                    r.seconds() / (n * one), n, r.peakRssKb() / 1024));
        }
        md.append("\n");
    }

    private void flood(Path data) throws IOException, InterruptedException {
        log("Flood of errors: validate and evaluate, clean and flood");
        List<Flood.Line> lines = Flood.measure(JAR.toAbsolutePath(), EndToEnd.launcherOptions(LAUNCHER), data,
                DIR.resolve("flood").toAbsolutePath());
        md.append("### Flood of errors: 60,000 persons with two bad cells each (120,000 errors) against a clean workbook "
                + "of the same size (1,000 communes), one run each, side by side; load after: ").append(Machine.load())
                .append("\n\n").append(Flood.table(lines)).append('\n');
        long worst = lines.stream().filter(l -> !l.settings().equals("java -jar")).mapToLong(l -> l.run().peakRssKb())
                .max().orElse(-1);
        summary.put("flood of errors (120,000), validate and evaluate, launcher settings", String.format(Locale.ROOT,
                "highest peak RSS %,d MB | < 1 GB", worst / 1024));
    }

    private void web(Path oneCommune) throws IOException, InterruptedException {
        log("Web upload latency");
        WebUpload.Result r = WebUpload.measure(JAR.toAbsolutePath(), oneCommune.toAbsolutePath(),
                DIR.resolve("web").toAbsolutePath(), List.of("-Xmx512m"), quick ? 10 : 50, quick ? 30 : 300);
        md.append("### Web upload, one commune (").append(oneCommune.getFileName()).append(")\n\n");
        if (!r.available()) {
            md.append("Not measured: ").append(r.note()).append(".\n\n");
            summary.put("web upload p50 / p95", "not measured (" + r.note() + ") | p95 ≤ 100 ms");
            return;
        }
        md.append("`xkmt serve --demo` (`-Xmx512m`, in-memory H2, no hourly limit), `POST /api/evaluations` one at a "
                + "time after a warm-up; load before: ").append(r.loadBefore()).append(".\n\n");
        md.append("| client | requests | p50 | p95 | max |\n|---|---|---|---|---|\n");
        for (WebUpload.Latencies l : r.runs()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms |%n", l.client(),
                    l.millis().size(), l.percentile(50), l.percentile(95), l.percentile(100)));
        }
        md.append('\n');
        WebUpload.Latencies s = r.runs().get(0);
        summary.put("web upload, one commune, p50 / p95 (session)", String.format(Locale.ROOT, "%.0f ms / %.0f ms | p95 ≤ 100 ms",
                s.percentile(50), s.percentile(95)));
    }

    // ---- in-process breakdown ------------------------------------------------------------------------------

    private void phases(Path national) throws Exception {
        log("Phases, in one warm JVM");
        List<Map<String, Double>> rounds = Phases.measure(national, quick ? 1 : 3);
        md.append("### Where an evaluate run spends its time (in-process, ").append(rounds.size())
                .append(" rounds; the first is cold; load after: ").append(Machine.load()).append(")\n\n| phase |");
        for (int i = 1; i <= rounds.size(); i++) {
            md.append(" round ").append(i).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(rounds.size())).append('\n');
        for (String phase : rounds.get(0).keySet()) {
            md.append("| ").append(phase).append(" |");
            for (Map<String, Double> r : rounds) {
                md.append(String.format(Locale.ROOT, " %.0f ms |", r.get(phase)));
            }
            md.append('\n');
        }
        md.append("\nThe report writers are timed one after the other here; `xkmt evaluate` runs them side by side.\n\n");
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static double score(Collection<RunResult> rs, String method) {
        return rs.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + method)).getPrimaryResult().getScore();
    }

    private static String shortName(RunResult r) {
        String b = r.getParams().getBenchmark();
        return b.substring(b.lastIndexOf('.', b.lastIndexOf('.') - 1) + 1);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private void write() throws IOException {
        Path report = DIR.resolve(quick ? "report-quick.md" : "report.md");
        Files.writeString(report, md, StandardCharsets.UTF_8);
        log("Report: " + report.toAbsolutePath());
        System.out.println();
        System.out.println(md);
    }

    private static void log(String s) {
        System.err.println("[bench " + java.time.LocalTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + "] " + s);
    }
}
