package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;

/**
 * Coverage-guided fuzzing of the workbook reader (Jazzer): any bytes, written to a file and read as
 * {@code xkmt validate} reads it ({@link WorkbookReader#read(Path)}), end in a dataset with rows or a
 * clear error — no exception escapes, every message is bilingual and quotes no stack trace or
 * exception class.
 *
 * <p>In the ordinary suite the test runs its seeds only (regression mode): the samples and the invalid
 * samples, which the build copies to {@code WorkbookReaderFuzzTestInputs/readsAnyBytesToRowsOrAClearError}
 * (pom.xml, test resources), and any finding committed under
 * {@code src/test/resources/vn/xkmt/ingest/WorkbookReaderFuzzTestInputs/readsAnyBytesToRowsOrAClearError}.
 * With {@code JAZZER_FUZZ=1} (profile {@code bench}) Jazzer mutates those seeds for at most
 * {@code maxDuration}; docs/reader.md says how to run it.
 */
class WorkbookReaderFuzzTest {

    private static final WorkbookReader READER = new WorkbookReader();
    private static Path dir;
    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        dir = Files.createTempDirectory("xkmt-fuzz-");
        file = dir.resolve("fuzz.xlsx");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "60s")
    void readsAnyBytesToRowsOrAClearError(byte[] input) throws IOException {
        Files.write(file, input);

        Dataset d = READER.read(file);

        boolean rows = !d.communes().isEmpty() || !d.persons().isEmpty() || !d.villages().isEmpty()
                || !d.models().isEmpty() || !d.annualReports().isEmpty();
        assertThat(rows || !d.errors().isEmpty()).as("rows or an error: %s", d.problems()).isTrue();
        for (DataProblem p : d.problems()) {
            assertThat(p.file()).isEqualTo(file.toString());
            clear(p.vi());
            clear(p.en());
        }
    }

    @Test
    void theSeedsAreTheSamplesAndTheInvalidSamples() throws Exception {
        java.net.URL url = WorkbookReaderFuzzTest.class.getResource("WorkbookReaderFuzzTestInputs/"
                + "readsAnyBytesToRowsOrAClearError");
        assertThat(url).as("seed corpus on the test class path").isNotNull();
        Path seeds = Path.of(url.toURI());
        for (Path sample : List.of(Path.of("samples"), Path.of("samples", "invalid"))) {
            try (Stream<Path> s = Files.list(sample)) {
                for (Path x : s.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                    Path seed = seeds.resolve(Path.of("samples").relativize(x).toString());
                    assertThat(seed).as("seed of %s", x).exists().hasSameBinaryContentAs(x);
                }
            }
        }
    }

    private static void clear(String message) {
        assertThat(message).isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("at vn.xkmt")
                .doesNotContain("at org.apache")
                .doesNotContain("java.lang.")
                .doesNotContain("java.io.")
                .doesNotContain("java.util.");
    }
}
