package vn.xkmt.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.xkmt.ruleset.RuleSetCatalog;

/**
 * KieBase build time per rule set, cold: each measurement is the first build in a fresh JVM (one
 * single-shot measurement per fork, no warm-up), through the catalog as a run loads it (manifest,
 * parameters, messages and lint checked, DRL compiled into a KieBase). {@code all} is the whole
 * {@code rules/} folder, what {@code xkmt evaluate} compiles at start (in parallel on all cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KieBaseBuildBenchmark {

    @Param({"lao-cai", "thanh-hoa", "hung-yen", "tra-vinh", "all"})
    public String ruleSet;

    private Path root;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path rules = Path.of("rules").toAbsolutePath();
        if ("all".equals(ruleSet)) {
            root = rules;
            return;
        }
        root = Files.createTempDirectory("xkmt-bench-rules-");
        copy(rules.resolve(ruleSet), root.resolve(ruleSet));
    }

    @Benchmark
    public RuleSetCatalog build() {
        RuleSetCatalog c = RuleSetCatalog.load(root);
        if (!c.problems().isEmpty() || c.all().isEmpty()) {
            throw new IllegalStateException("rule set " + ruleSet + " did not build: " + c.problems());
        }
        return c;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(p -> {
                try {
                    Path t = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
