package vn.xkmt.bench.jmh;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import vn.xkmt.bench.ThanhHoaReference;
import vn.xkmt.bench.Units;
import vn.xkmt.evaluation.CompiledRuleSet;
import vn.xkmt.evaluation.UnitFacts;
import vn.xkmt.ingest.WorkbookReader;

/**
 * R_eval: every commune of the national workbook evaluated by the Drools rules of {@code thanh-hoa}
 * ({@link CompiledRuleSet#evaluate}: a pooled session per commune, findings with their evidence)
 * against the hand-written {@link ThanhHoaReference} (outcomes only), facts already in memory, one
 * thread each. One operation evaluates all communes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvalBenchmark {

    private List<UnitFacts> units;
    private CompiledRuleSet thanhHoa;

    @Setup(Level.Trial)
    public void setUp() {
        units = Units.of(new WorkbookReader().read(Path.of(System.getProperty("bench.workbook"))));
        thanhHoa = vn.xkmt.testing.TestRuleSets.ruleSet("thanh-hoa"); // the latest version: the reference follows its readings
    }

    @Benchmark
    public void drools(Blackhole bh) {
        for (UnitFacts u : units) {
            bh.consume(thanhHoa.evaluate(u));
        }
    }

    @Benchmark
    public void reference(Blackhole bh) {
        for (UnitFacts u : units) {
            bh.consume(ThanhHoaReference.evaluate(u));
        }
    }
}
