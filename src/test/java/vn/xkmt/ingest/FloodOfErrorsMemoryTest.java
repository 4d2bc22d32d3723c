package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.testing.WorkbookBuilder;

/**
 * 60,000 persons carrying two bad cells each — 120,000 errors, which as messages would take some
 * hundreds of MB — are read in a child JVM capped at 64 MB of heap: the capped list keeps 50 per
 * column and counts the rest, so the flood costs kilobytes.
 */
class FloodOfErrorsMemoryTest {

    @TempDir
    Path dir;

    @Test
    void givenOneHundredTwentyThousandBadCells_thenTheyAreReadUnderASmallHeapAsACappedList() throws Exception {
        WorkbookBuilder b = WorkbookBuilder.streaming().sheet("Xa").header(Fixtures.COMMUNE_HEADERS)
                .row(Fixtures.commune("X01", "Bình Kiều"))
                .sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Phân loại", "Tình trạng cư trú", "Có hồ sơ quản lý");
        for (int i = 0; i < 60_000; i++) {
            b.row("X01", "P" + i, "Nghiện" + (i % 97), "Có mặt", "Cóo" + (i % 89));
        }
        Path file = b.write(dir.resolve("loi.xlsx"));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(javaBin, "-Xmx64m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), ReadMain.class.getName(), file.toString()));
        pb.redirectErrorStream(true);
        File log = dir.resolve("child.log").toFile();
        pb.redirectOutput(log);
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("child finished").isTrue();
        String out = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        System.out.println("[flood of errors, -Xmx64m] " + out.strip());

        assertThat(p.exitValue()).as(out).isEqualTo(3); // ReadMain: read through, with errors
        assertThat(out).contains("persons=60000 ").contains("errors=" + (2 * Problems.PER_COLUMN + 2) + " ");
    }
}
