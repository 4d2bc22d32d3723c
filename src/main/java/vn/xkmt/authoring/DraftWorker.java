package vn.xkmt.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.evaluation.RuleProblem;

/**
 * Runs the check, golden cases and impact of a draft in a worker JVM of its own: a new process that
 * is handed only a copy of the rules and the inputs it needs, with an empty environment (no
 * database URL, credentials or session), its own working folder, a heap limit and a wall-clock
 * limit. On any limit the process is killed and the caller gets a clear problem instead of a
 * result; the server's own JVM never runs draft rule code. Each check has a worker of its own, at
 * most {@code parallel} at once, one per editor at a time.
 */
public final class DraftWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DraftWorker.class);
    /** The hidden command of {@code xkmt} that a worker runs: {@code xkmt rules-worker JOBDIR}. */
    public static final String COMMAND = "rules-worker";
    static final String JOB = "job.json";
    static final String ANSWER = "answer.json";
    /** The exit code of a worker JVM that ran out of heap (-XX:+ExitOnOutOfMemoryError). */
    private static final int OUT_OF_MEMORY = 3;

    /** The limits of one worker. */
    public record Limits(Duration wallTime, int heapMegabytes, int parallel) {
        public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(60), 512, 2);
    }

    /** What a worker is asked: check a draft (kind check) or compare it with the published rules (kind impact). */
    record Job(String kind, String rules, String before, String ruleSet, String version, List<String> inputs,
               List<String> provinces) {
    }

    /** What a worker answers. */
    record Answer(List<RuleProblem> problems, GoldenCases.Report golden, List<Impact.Change> changes) {
    }

    private final Limits limits;
    private final Semaphore slots;
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final JsonMapper json = JsonMapper.builder().build();

    public DraftWorker(Limits limits) {
        this.limits = limits;
        this.slots = new Semaphore(limits.parallel(), true);
    }

    public Limits limits() {
        return limits;
    }

    /** Checks the rule set version {@code ruleSet/version} of the rules folder {@code rules} in a worker. */
    DraftCheck check(String user, Path rules, String ruleSet, String version) {
        Answer a = run(user, new Job("check", rules.toAbsolutePath().toString(), null, ruleSet, version, List.of(), List.of()),
                "rules/" + ruleSet + "/" + version);
        return new DraftCheck(a.problems(), a.golden());
    }

    /** The changes from the {@code before} rules to the {@code after} rules on the given workbooks, in a worker. */
    ImpactReport impact(String user, Path before, Path after, String ruleSet, String version, List<Path> inputs,
                        Set<String> provinces) {
        Answer a = run(user, new Job("impact", after.toAbsolutePath().toString(), before.toAbsolutePath().toString(), ruleSet, version,
                inputs.stream().map(p -> p.toAbsolutePath().toString()).toList(), List.copyOf(provinces)), "rules/" + ruleSet + "/" + version);
        return new ImpactReport(a.changes() == null ? List.of() : a.changes(), a.problems());
    }

    /** The outcome of an impact run: the changes, or the problems that stopped it. */
    public record ImpactReport(List<Impact.Change> changes, List<RuleProblem> problems) {
    }

    private Answer run(String user, Job job, String place) {
        if (!busy.add(user)) {
            return refused(place, "busyYours");
        }
        try {
            if (!slots.tryAcquire(limits.wallTime().toMillis(), TimeUnit.MILLISECONDS)) {
                return refused(place, "busyServer");
            }
            try {
                return runNow(job, place);
            } finally {
                slots.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return refused(place, "interrupted");
        } finally {
            busy.remove(user);
        }
    }

    private Answer runNow(Job job, String place) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("xkmt-worker-");
            Files.createDirectories(dir.resolve("tmp"));
            json.writeValue(dir.resolve(JOB).toFile(), job);
            ProcessBuilder pb = new ProcessBuilder(command(dir)).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("worker.log").toFile());
            Map<String, String> env = pb.environment();
            env.clear();
            env.put("LANG", "C.UTF-8");
            long started = System.nanoTime();
            Process p = pb.start();
            boolean finished = p.waitFor(limits.wallTime().toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                LOG.warn("Rule check {} killed after {} s", place, limits.wallTime().toSeconds());
                long s = limits.wallTime().toSeconds();
                return refused(place, "tooLong", s);
            }
            LOG.info("Rule check {} in a worker: exit {} after {} ms", place, p.exitValue(),
                    (System.nanoTime() - started) / 1_000_000);
            if (p.exitValue() == OUT_OF_MEMORY) {
                return refused(place, "tooMuchMemory", limits.heapMegabytes());
            }
            Path answer = dir.resolve(ANSWER);
            if (p.exitValue() != 0 || !Files.isRegularFile(answer)) {
                LOG.warn("Rule check {} failed (exit {}): {}", place, p.exitValue(), lastLine(dir.resolve("worker.log")));
                return refused(place, "notCompleted", p.exitValue());
            }
            return json.readValue(answer.toFile(), Answer.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return refused(place, "interrupted");
        } finally {
            deleteTree(dir);
        }
    }

    /** The system property that marks a worker JVM, so that a command does not start another one. */
    private static final String IN_WORKER = "xkmt.rules-worker";

    /** Whether this JVM is a worker, started by {@link #runApart}. */
    public static boolean inWorker() {
        return System.getProperty(IN_WORKER) != null;
    }

    /**
     * Runs {@code xkmt ARGS} in a worker JVM under these limits and copies its output to {@code out} and
     * {@code err}: how {@code xkmt rules check|test|impact} keep rule code out of the caller's JVM.
     * Returns the worker's exit code, or {@code resourceExit} when a limit stopped it.
     */
    public int runApart(List<String> args, java.io.PrintWriter out, java.io.PrintWriter err, int resourceExit) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("xkmt-worker-");
            Files.createDirectories(dir.resolve("tmp"));
            List<String> cmd = command(dir);
            cmd.subList(cmd.size() - 2, cmd.size()).clear();
            cmd.add(cmd.indexOf("-Dfile.encoding=UTF-8"), "-D" + IN_WORKER + "=1");
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd);
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> !k.equals("PATH") && !k.equals("LANG") && !k.equals("HOME") && !k.equals("TERM"));
            Process p = pb.start();
            p.getOutputStream().close();
            Thread o = copy(p.getInputStream(), out);
            Thread e = copy(p.getErrorStream(), err);
            boolean finished = p.waitFor(limits.wallTime().toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
            o.join(5000);
            e.join(5000);
            out.flush();
            if (!finished) {
                long sec = limits.wallTime().toSeconds();
                err.println("LỖI/ERROR " + AuthoringWords.both("tooLong", sec));
                err.flush();
                return resourceExit;
            }
            if (p.exitValue() == OUT_OF_MEMORY) {
                err.println("LỖI/ERROR " + AuthoringWords.both("tooMuchMemory", limits.heapMegabytes()));
                err.flush();
                return resourceExit;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return resourceExit;
        } finally {
            deleteTree(dir);
        }
    }

    private static Thread copy(java.io.InputStream in, java.io.PrintWriter to) {
        Thread t = new Thread(() -> {
            try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (to) {
                        to.println(line);
                        to.flush();
                    }
                }
            } catch (IOException e) {
                LOG.debug("worker output closed", e);
            }
        }, "xkmt-worker-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Answer refused(String place, String why, Object... args) {
        return new Answer(List.of(new RuleProblem(place, 0, 0, AuthoringWords.both(why, args))), null, null);
    }

    /**
     * The worker's command line: this JVM's {@code java}, the limits, then {@code xkmt rules-worker DIR}
     * from the same jar (or class path) this server runs from.
     */
    private List<String> command(Path dir) {
        List<String> cmd = new ArrayList<>();
        cmd.add(SameProgram.java());
        cmd.add("-Xmx" + limits.heapMegabytes() + "m");
        cmd.add("-Xss1m");
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Djava.io.tmpdir=" + dir.resolve("tmp"));
        cmd.addAll(SameProgram.startArguments());
        cmd.add(COMMAND);
        cmd.add(dir.toString());
        return cmd;
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        } catch (IOException e) {
            return "";
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("could not delete {}", root, e);
        }
    }
}
