package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.WorkbookBuilder.date;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.testing.WorkbookBuilder;

/**
 * A 200,000-person workbook (1.4 million cells, 81 MB of sheet XML) is read in a child JVM whose heap
 * is capped far below what a whole-workbook DOM would need (POI's XSSFWorkbook takes well over 1 GB
 * for it): the reader streams, and memory holds the facts read, not the workbook. The cap is what the
 * result itself needs: each {@code Person} keeps its values in its own map (about 550 bytes with
 * seven cells filled), so the 200,000 facts alone are about 110 MB once read; the reader adds a
 * bounded amount (one row buffer, the shared strings, per-column caches) on top.
 */
class BoundedMemoryTest {

    static final int PERSONS = 200_000;
    static final int COMMUNES = 50;
    static final String HEAP = System.getProperty("xkmt.boundedHeap", "96m");

    @TempDir
    static Path dir;
    static Path big;

    @BeforeAll
    static void writeBigWorkbook() {
        WorkbookBuilder b = WorkbookBuilder.streaming().sheet("Xa").header(Fixtures.COMMUNE_HEADERS);
        for (int c = 0; c < COMMUNES; c++) {
            b.row(Fixtures.commune(code(c), "Xã " + c));
        }
        b.sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Năm sinh", "Phân loại", "Tình trạng cư trú",
                "Ngày xét nghiệm gần nhất", "Kết quả xét nghiệm");
        String[] categories = {"Nghiện", "Sử dụng trái phép", "Sau cai nghiện", "Nghi sử dụng"};
        String[] residences = {"Có mặt", "Đang cai nghiện bắt buộc", "Đi khỏi địa phương"};
        LocalDate base = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < PERSONS; i++) {
            b.row(code(i % COMMUNES), "P" + i, 1960 + i % 45, categories[i % 4], residences[i % 3],
                    date(base.plusDays(i % 180)), i % 7 == 0 ? "Dương tính" : "Âm tính");
        }
        big = b.write(dir.resolve("big.xlsx"));
    }

    static String code(int c) {
        return String.format("%05d", 10000 + c);
    }

    @Test
    void twoHundredThousandRowsAreReadUnderASmallCappedHeap() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(javaBin, "-Xmx" + HEAP, "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), ReadMain.class.getName(), big.toString()));
        pb.redirectErrorStream(true);
        File log = dir.resolve("child.log").toFile();
        pb.redirectOutput(log);
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("child finished").isTrue();
        String out = java.nio.file.Files.readString(log.toPath(), StandardCharsets.UTF_8);
        System.out.println("[bounded memory, -Xmx" + HEAP + "] " + out.strip());
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("communes=" + COMMUNES + " persons=" + PERSONS + " ")
                .contains("errors=0 warnings=0");
    }
}
