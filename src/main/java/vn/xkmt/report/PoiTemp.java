package vn.xkmt.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * POI's temporary files (the streamed report workbook's sheets) in a folder of this process, made
 * private to the running user, instead of POI's {@code poifiles} folder shared by every user of the
 * machine (where a second user is refused with {@code AccessDeniedException}).
 */
final class PoiTemp {

    private static boolean set;

    private PoiTemp() {
    }

    static synchronized void perProcess() {
        if (set) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("xkmt-poi-");
            dir.toFile().deleteOnExit();
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
            set = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the report workbook", e);
        }
    }
}
