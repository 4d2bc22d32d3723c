package vn.xkmt.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.xkmt.report.result.Problem;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.UnitEntry;

/**
 * The JSON document of a batch written as it runs: each workbook's units go to a temporary file beside the target
 * as they are evaluated; {@link #finish} writes the document (run, summary, the results copied, errors, warnings)
 * whole or not at all ({@link ReportFile}); {@link #close} removes the temporary file.
 */
public final class JsonReportStream implements ReportStream {

    private final Path file;
    private final Path results;
    private final Writer out;
    private boolean first = true;

    public JsonReportStream(Path file) throws IOException {
        this.file = file;
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        this.results = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".results.tmp");
        this.out = new BufferedWriter(Files.newBufferedWriter(results, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void unit(UnitEntry unit) {
        try {
            JsonReport.element(out, unit, first);
            first = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the document: {@code outline} holds the batch's run, summary, errors and warnings. */
    @Override
    public void finish(RunDocument outline, List<Problem> problems) throws IOException {
        out.close();
        ReportFile.write(file, o -> JsonReport.write(outline, o, w -> {
            try (Reader r = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
                JsonReport.copy(r, w);
            }
        }));
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(results);
    }
}
