package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.Dataset;
import vn.xkmt.testing.WorkbookBuilder;

class ReaderEntryPointsTest {

    @TempDir
    Path dir;

    private static byte[] workbook(String code) {
        return WorkbookBuilder.create().sheet("Xa").header(Fixtures.COMMUNE_HEADERS).row(Fixtures.commune(code, "Bình Kiều"))
                .sheet("Nguoi").header(Fixtures.PERSON_HEADERS).row(code, "P1", "Nghiện", "Có mặt").bytes();
    }

    @Test
    void anUploadedStreamIsReadUnderItsGivenNameWithTheSha256OfItsBytesAndLeftOpen() throws Exception {
        byte[] bytes = workbook("X01");
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        Dataset d = Fixtures.READER.read("upload.xlsx", in);
        assertThat(d.file()).isEqualTo("upload.xlsx");
        assertThat(d.problems()).isEmpty();
        assertThat(d.communes()).singleElement().satisfies(c -> assertThat(c.getRow().file()).isEqualTo("upload.xlsx"));
        assertThat(d.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(closed).isFalse();
    }

    @Test
    void aFileAndTheSameBytesUploadedGiveTheSameDataset() throws Exception {
        byte[] bytes = workbook("X01");
        Path f = Files.write(dir.resolve("same.xlsx"), bytes);
        Dataset fromFile = Fixtures.READER.read(f);
        Dataset fromStream = Fixtures.READER.read("same.xlsx", new ByteArrayInputStream(bytes));
        assertThat(fromFile.sha256()).isEqualTo(fromStream.sha256());
        assertThat(fromFile.communes().get(0).values()).isEqualTo(fromStream.communes().get(0).values());
        assertThat(fromFile.file()).isEqualTo(f.toString());
    }

    @Test
    void aBadUploadGetsItsErrorUnderTheUploadName() {
        Dataset d = Fixtures.READER.read("bang.xlsx", new ByteArrayInputStream("a;b;c\n1;2;3\n".getBytes()));
        assertThat(d.problems()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("bang.xlsx");
            assertThat(e.en()).contains("text or CSV");
        });
    }

    @Test
    void oneReaderServesManyThreadsAtOnce() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            files.add(Files.write(dir.resolve("t" + i + ".xlsx"), workbook("X" + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Dataset>> results = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path f : files) {
                    results.add(pool.submit(() -> Fixtures.READER.read(f)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                Dataset d = results.get(i).get();
                assertThat(d.problems()).isEmpty();
                assertThat(d.communes().get(0).getCommuneCode()).isEqualTo("X" + (i % files.size()));
                assertThat(d.persons().get(0).getCommuneCode()).isEqualTo("X" + (i % files.size()));
            }
        } finally {
            pool.shutdown();
        }
    }
}
