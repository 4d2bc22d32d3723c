package vn.xkmt.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.Dataset;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.report.JsonReport;
import vn.xkmt.report.ReportOptions;
import vn.xkmt.report.XlsxReport;
import vn.xkmt.ruleset.RuleSetCatalog;

/** Developer's loop: the two report writers alone, a few rounds. */
public final class ReportQuick {
    public static void main(String[] args) throws Exception {
        Dataset ds = new WorkbookReader().read(Path.of(args[0]));
        RuleSetCatalog catalog = RuleSetCatalog.load(Path.of("rules"));
        RunResult run = new Evaluator(catalog, p -> ds).evaluate(List.of(ds), RunOptions.DEFAULT, Progress.NONE);
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            long t0 = System.nanoTime();
            JsonReport.write(run, OutputStream.nullOutputStream());
            long t1 = System.nanoTime();
            XlsxReport.write(run, OutputStream.nullOutputStream(), ReportOptions.DEFAULT);
            long t2 = System.nanoTime();
            System.out.printf("json %.0f ms, xlsx %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }
}
