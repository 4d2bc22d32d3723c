package vn.xkmt.report;

import vn.xkmt.text.Lang;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
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
 * The printable HTML report of a batch written as it runs: each unit's article (criteria, evidence, remedies) goes
 * to a temporary file beside the target as its workbook is evaluated; {@link #finish} writes the page — overview,
 * charts and summary from the batch's summary of every unit, the articles copied in, the problems — whole or not at
 * all; {@link #close} removes the temporary file.
 */
public final class HtmlReportStream implements ReportStream {

    private final Path file;
    private final Lang lang;
    private final Path details;
    private final Writer out;

    public HtmlReportStream(Path file, Lang lang) throws IOException {
        this.file = file;
        this.lang = lang;
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        this.details = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".details.tmp");
        this.out = new BufferedWriter(Files.newBufferedWriter(details, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void unit(UnitEntry unit) {
        try {
            HtmlReport.details(unit, out, lang);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the page from the batch's outline of every unit and all its problems. */
    @Override
    public void finish(RunDocument outline, List<Problem> problems) throws IOException {
        out.close();
        ReportFile.write(file, os -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            HtmlReport.write(new ReportRun(outline, problems), w, lang, page -> {
                try (Reader r = Files.newBufferedReader(details, StandardCharsets.UTF_8)) {
                    r.transferTo(page);
                }
            });
            w.flush();
        });
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(details);
    }
}
