package vn.xkmt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is written whole or not at all; POI's temporary files stay in a folder of this process. */
class ReportFileTest {

    @TempDir
    Path dir;

    @Test
    void givenAWriteThatFails_thenNoReportAndNoTemporaryFileIsLeftAndAnOlderReportStays() throws IOException {
        Path report = dir.resolve("bao-cao.xlsx");
        Files.writeString(report, "bản cũ");

        assertThatThrownBy(() -> ReportFile.write(report, out -> {
            out.write(new byte[10]);
            throw new IOException("đĩa đầy / disk full");
        })).hasMessageContaining("disk full");

        assertThat(Files.readString(report)).isEqualTo("bản cũ");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
        Path fresh = dir.resolve("moi.json");
        assertThatThrownBy(() -> ReportFile.write(fresh, out -> {
            throw new IllegalStateException("hỏng");
        }));
        assertThat(fresh).doesNotExist();
    }

    @Test
    void givenAWriteThatSucceeds_thenTheReportHoldsItAll() throws IOException {
        Path report = dir.resolve("sub/ket-qua.json");
        ReportFile.write(report, out -> out.write("{}".getBytes()));
        assertThat(Files.readString(report)).isEqualTo("{}");
    }

    @Test
    void poiTemporaryFilesGoToAFolderOfThisProcessNotTheSharedPoifiles() throws IOException {
        PoiTemp.perProcess();
        java.io.File f = TempFile.createTempFile("xkmt-test", ".tmp");
        try {
            assertThat(f.getParentFile().getName()).startsWith("xkmt-poi-");
            assertThat(f.getParentFile().getName()).isNotEqualTo("poifiles");
        } finally {
            Files.deleteIfExists(f.toPath());
        }
    }
}
