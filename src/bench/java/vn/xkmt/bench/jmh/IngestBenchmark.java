package vn.xkmt.bench.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import vn.xkmt.bench.FastexcelScan;
import vn.xkmt.commune.Dataset;
import vn.xkmt.ingest.WorkbookReader;

/**
 * R_ingest: our reader ({@link WorkbookReader#read(Path)}: SHA-256 of the file, every cell typed and
 * checked, facts built, problems listed) against a raw scan of the same cells by fastexcel-reader.
 * One operation reads the whole national workbook ({@code -Dbench.workbook}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IngestBenchmark {

    private final Path workbook = Path.of(System.getProperty("bench.workbook"));

    @Benchmark
    public Dataset xkmtReader() {
        return new WorkbookReader().read(workbook);
    }

    @Benchmark
    public FastexcelScan.Scan fastexcelScan() {
        return FastexcelScan.scan(workbook);
    }
}
