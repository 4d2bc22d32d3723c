package vn.xkmt.cli;

import vn.xkmt.text.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.xkmt.batch.RunResult;
import vn.xkmt.batch.UnitSink;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.report.HtmlReportStream;
import vn.xkmt.report.JsonReportStream;
import vn.xkmt.report.ReportOptions;
import vn.xkmt.report.ReportStream;
import vn.xkmt.report.ResultDocument;
import vn.xkmt.report.XlsxReportStream;
import vn.xkmt.report.result.Problem;
import vn.xkmt.report.result.RunDocument;

/**
 * The reports {@code xkmt evaluate} was asked for, written while the batch runs: each workbook's units go to every
 * report as they are evaluated, so the batch keeps only their summary. One report that cannot be written (a full
 * disk, a folder it may not write) stops only itself: the others and the evaluation go on, and its failure is said
 * at the end.
 */
final class ReportStreams implements UnitSink, AutoCloseable {

    /** One report asked for. */
    private static final class Report {
        final String what;
        final Path file;
        final Open open;
        ReportStream stream;
        Throwable failure;

        Report(String what, Path file, Open open) {
            this.what = what;
            this.file = file;
            this.open = open;
        }
    }

    @FunctionalInterface
    private interface Open {
        ReportStream open() throws IOException;
    }

    private final List<Report> reports = new ArrayList<>();
    private final ResultDocument doc = new ResultDocument();

    ReportStreams(Path json, Path xlsx, Path html, ReportOptions options, Lang lang) {
        add("JSON", json, () -> new JsonReportStream(json));
        add("Excel", xlsx, () -> new XlsxReportStream(xlsx, options));
        add("HTML", html, () -> new HtmlReportStream(html, lang));
    }

    private void add(String what, Path file, Open open) {
        if (file == null) {
            return;
        }
        Report r = new Report(what, file, open);
        try {
            r.stream = open.open();
        } catch (IOException | RuntimeException e) {
            r.failure = e;
        }
        reports.add(r);
    }

    /** Each unit's record is built once, as it comes, and given to every report; then it is let go. */
    @Override
    public void accept(List<UnitResult> units, List<DataProblem> problems) {
        if (reports.stream().noneMatch(r -> r.failure == null)) {
            return;
        }
        doc.results(units, problems, entry -> each(r -> r.stream.unit(entry)));
    }

    @FunctionalInterface
    private interface Step {
        void to(Report r);
    }

    private void each(Step step) {
        for (Report r : reports) {
            if (r.failure == null) {
                try {
                    step.to(r);
                } catch (UncheckedIOException e) {
                    r.failure = e.getCause();
                } catch (RuntimeException e) {
                    r.failure = e;
                }
            }
        }
    }

    /**
     * Writes every report from the batch's summary, then says what became of each, in the order JSON, Excel, HTML;
     * false when one could not be written.
     */
    boolean finish(RunResult run, java.io.PrintWriter out, java.io.PrintWriter err) {
        boolean all = true;
        RunDocument outline = reports.stream().anyMatch(r -> r.failure == null) ? doc.outline(run) : null;
        List<Problem> problems = ResultDocument.ordered(run.problems());
        for (Report r : reports) {
            if (r.failure == null) {
                try {
                    r.stream.finish(outline, problems);
                } catch (IOException | RuntimeException e) {
                    r.failure = e;
                }
            }
            if (r.failure == null) {
                out.println(r.what + ": " + r.file);
            } else {
                err.println(CliWords.both("cannotWrite") + " " + r.file + ": " + r.failure.getMessage());
                all = false;
            }
        }
        return all;
    }

    @Override
    public void close() {
        for (Report r : reports) {
            if (r.stream != null) {
                try {
                    r.stream.close();
                } catch (IOException | RuntimeException e) {
                    // a temporary file that could not be removed: nothing more to do
                }
            }
        }
    }
}
