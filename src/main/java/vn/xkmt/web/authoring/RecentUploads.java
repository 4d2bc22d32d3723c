package vn.xkmt.web.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A province's latest uploads read back from their stored bytes, keeping only the rows of that
 * province (an editor never sees another province's communes through the impact view).
 */
@Component
class RecentUploads {

    static final int LATEST = 20;

    private final JdbcClient jdbc;

    RecentUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stored uploads written to a folder of their own for a worker to read; closing deletes them. */
    record Files(Path dir, List<Path> paths) implements AutoCloseable {
        @Override
        public void close() {
            try (var s = java.nio.file.Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is removed with the system's temporary files
            }
        }
    }

    /**
     * The latest uploads naming one of these provinces (normalised keys), newest first, as files
     * named by their upload number (so results name no client path). The worker keeps only the
     * rows of these provinces: an editor never sees another province's communes through the impact view.
     */
    Files latest(Collection<String> provinceKeys) {
        try {
            Path dir = java.nio.file.Files.createTempDirectory("xkmt-impact-");
            List<Path> out = new ArrayList<>();
            if (!provinceKeys.isEmpty()) {
                List<Long> ids = jdbc.sql("SELECT e.id FROM evaluation e WHERE EXISTS (SELECT 1 FROM evaluation_province p "
                                + "WHERE p.evaluation_id = e.id AND p.province IN (:p)) ORDER BY e.created_at DESC, e.id DESC")
                        .param("p", provinceKeys).query(Long.class).list();
                for (Long id : ids.subList(0, Math.min(LATEST, ids.size()))) {
                    byte[] bytes = jdbc.sql("SELECT content FROM evaluation_input WHERE evaluation_id = ?").param(id)
                            .query(byte[].class).optional().orElse(null);
                    if (bytes != null) {
                        out.add(java.nio.file.Files.write(dir.resolve("upload-" + id + ".xlsx"), bytes));
                    }
                }
            }
            return new Files(dir, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
