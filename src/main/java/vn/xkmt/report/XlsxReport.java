package vn.xkmt.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.xkmt.batch.RunResult;
import vn.xkmt.report.result.RunDocument;

/**
 * The meeting report workbook ({@code --xlsx}): {@code Thông tin} (what makes the run reproducible),
 * {@code Tổng hợp} (one row per unit, a coloured column per criterion), {@code Chi tiết} (every
 * criterion's explanation, evidence and remedy), {@code Tiến độ} (roll-out progress, when a rule set
 * has a plan) and {@code Lỗi dữ liệu} (every error and warning). Streams rows (SXSSF), so a run of
 * thousands of communes is written in bounded memory. Full names appear only in {@code Chi tiết},
 * and only with {@link ReportOptions#showNames()}.
 */
public final class XlsxReport {

    /** Rows kept in memory per sheet while writing. */
    private static final int WINDOW = 200;

    private XlsxReport() {
    }

    /** A streaming workbook keeping {@link #WINDOW} rows per sheet in memory. */
    static SXSSFWorkbook workbook() {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        // Temporary sheet files uncompressed: a fifth less CPU for the report of a national batch, for some
        // tens of MB of temporary disk (docs/performance.md).
        wb.setCompressTempFiles(false);
        return wb;
    }

    /** The sheets after {@code Chi tiết}: {@code Tiến độ} when a rule set has a plan, and {@code Lỗi dữ liệu}. */
    static void rest(SXSSFWorkbook wb, XlsxStyles styles, ReportRun run, ReportOptions o) {
        List<PlanProgress.Plan> plans = PlanProgress.of(run);
        if (!plans.isEmpty()) {
            RolloutSheet.write(new ReportSheet(wb, RolloutSheet.name(o.lang()), styles), styles, plans, o);
        }
        ProblemsSheet.write(new ReportSheet(wb, ProblemsSheet.name(o.lang()), styles), styles, run, o);
    }

    public static void write(RunResult run, Path file, ReportOptions options) throws IOException {
        ReportFile.write(file, out -> write(run, out, options));
    }

    /** The workbook of an engine's run, built into records first. */
    public static void write(RunResult run, OutputStream out, ReportOptions options) throws IOException {
        write(ReportRun.of(run), out, options);
    }

    /**
     * The workbook of a stored or read result, as it was decided: nothing is evaluated again. A document of schema
     * version 0 or 1 gives no roll-out plan nor deadlines; the criteria columns are those its units carry.
     */
    public static void write(RunDocument doc, OutputStream out, ReportOptions options) throws IOException {
        write(ReportRun.of(doc), out, options);
    }

    static void write(ReportRun run, OutputStream out, ReportOptions options) throws IOException {
        ReportOptions o = options == null ? ReportOptions.DEFAULT : options;
        PoiTemp.perProcess();
        SXSSFWorkbook wb = workbook();
        try {
            XlsxStyles styles = new XlsxStyles(wb);
            CoverSheet.write(new ReportSheet(wb, CoverSheet.name(o.lang()), styles), styles, run, o);
            SummarySheet.write(new ReportSheet(wb, SummarySheet.name(o.lang()), styles), styles, run, o);
            FindingsSheet.write(new ReportSheet(wb, FindingsSheet.name(o.lang()), styles), styles, run, o);
            rest(wb, styles, run, o);
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }
}
