package vn.xkmt.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.xkmt.batch.RunResult;
import vn.xkmt.evaluation.UnitResult;

/**
 * Writes a run as the JSON document of the command-line contract ({@code run}, {@code summary}, {@code results},
 * {@code errors}, {@code warnings}, after the {@code schemaVersion} of {@link vn.xkmt.report.result.RunDocument}),
 * one unit's part at a time: each is built, written and let go, so the document
 * of tens of thousands of units costs the memory of one unit's part. {@link JsonReportStream} writes the results
 * while a batch runs.
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static void write(RunResult run, Path file) throws IOException {
        ReportFile.write(file, out -> write(run, out));
    }

    public static void write(RunResult run, OutputStream out) {
        ResultDocument doc = new ResultDocument();
        ProblemsByRow byRow = new ProblemsByRow(run.problems());
        try {
            write(run, out, w -> {
                boolean first = true;
                for (UnitResult r : run.results()) {
                    element(w, doc.result(r, byRow), first);
                    first = false;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What writes the elements of {@code results}, each through {@link #element}. */
    @FunctionalInterface
    interface Results {
        void write(Writer w) throws IOException;
    }

    /** The document around {@code results}: the run, its summary, then the results, the errors and the warnings. */
    static void write(RunResult run, OutputStream out, Results results) throws IOException {
        write(ResultDocument.runInfo(run), ResultDocument.summary(run.results(), run.ruleSetsUsed()),
                ResultDocument.problems(run.errors()), ResultDocument.problems(run.warnings()), out, results);
    }

    /** The document around {@code results}, with the run, summary, errors and warnings of {@code outline}. */
    static void write(vn.xkmt.report.result.RunDocument outline, OutputStream out, Results results) throws IOException {
        write(outline.run(), outline.summary(), outline.errors(), outline.warnings(), out, results);
    }

    private static void write(Object info, Object summary, Object errors, Object warnings, OutputStream out,
                              Results results) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("{\n  \"schemaVersion\" : " + vn.xkmt.report.result.RunDocument.CURRENT + ",\n  \"run\" : ");
        w.write(indented(info));
        w.write(",\n  \"summary\" : ");
        w.write(indented(summary));
        w.write(",\n  \"results\" : [");
        results.write(w);
        w.write(" ],\n  \"errors\" : ");
        w.write(indented(errors));
        w.write(",\n  \"warnings\" : ");
        w.write(indented(warnings));
        w.write("\n}");
        w.flush();
    }

    /** One element of {@code results}, as Jackson's pretty printer lays it out inside the document. */
    static void element(Writer w, Object unit, boolean first) throws IOException {
        w.write(first ? " " : ", ");
        w.write(indented(unit));
    }

    /** Copies elements written by {@link #element} elsewhere (a batch's temporary file). */
    static void copy(Reader from, Writer w) throws IOException {
        from.transferTo(w);
    }

    private static String indented(Object value) {
        return ResultJson.pretty(value).replace("\n", "\n  ");
    }
}
