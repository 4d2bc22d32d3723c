package vn.xkmt.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.Dataset;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.report.JsonReport;
import vn.xkmt.report.ReportOptions;
import vn.xkmt.report.SummaryTable;
import vn.xkmt.report.XlsxReport;
import vn.xkmt.ruleset.RuleSetCatalog;

/**
 * Where the time of an {@code evaluate} run goes, phase by phase, in one warm JVM: rule sets compiled,
 * workbook read, communes planned and evaluated on all cores, summary printed, JSON and report workbook
 * written (to a null stream: the disk is not measured). Each phase is run {@code rounds} times; the
 * last round's figures (the warmest) and the minimum are reported.
 */
public final class Phases {

    private Phases() {
    }

    /** Phase name → milliseconds, per round. */
    public static List<Map<String, Double>> measure(Path workbook, int rounds) throws Exception {
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Map<String, Double> m = new LinkedHashMap<>();
            long t = System.nanoTime();
            RuleSetCatalog catalog = RuleSetCatalog.load(Path.of("rules"));
            t = lap(m, "compile rule sets", t);
            Dataset ds = new WorkbookReader().read(workbook);
            t = lap(m, "read workbook", t);
            RunResult run = new Evaluator(catalog, p -> ds).evaluate(List.of(ds), RunOptions.DEFAULT, Progress.NONE);
            t = lap(m, "plan + evaluate (all cores)", t);
            SummaryTable.print(run, new PrintWriter(new StringWriter()), "vi");
            t = lap(m, "summary table", t);
            JsonReport.write(run, OutputStream.nullOutputStream());
            t = lap(m, "JSON", t);
            XlsxReport.write(run, OutputStream.nullOutputStream(), ReportOptions.DEFAULT);
            lap(m, "report workbook", t);
            out.add(m);
            System.err.println("  phases round " + (i + 1) + ": " + m);
        }
        return out;
    }

    private static long lap(Map<String, Double> m, String name, long since) {
        long now = System.nanoTime();
        m.put(name, (now - since) / 1e6);
        return now;
    }

    public static void main(String[] args) throws Exception {
        measure(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 3);
    }
}
