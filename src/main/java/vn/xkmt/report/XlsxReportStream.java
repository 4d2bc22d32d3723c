package vn.xkmt.report;

import vn.xkmt.text.Lang;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.xkmt.report.result.Problem;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.UnitEntry;

/**
 * The report workbook of a batch written as it runs: the rows of {@code Chi tiết} (evidence, cells to fill,
 * remedies) are streamed as each workbook's units are evaluated; {@link #finish} writes {@code Thông tin},
 * {@code Tổng hợp}, {@code Tiến độ} and {@code Lỗi dữ liệu} from the batch's summary of every unit, then the file
 * whole or not at all. The same sheets as {@link XlsxReport}; the year column of {@code Chi tiết} is hidden when no
 * unit has a year.
 */
public final class XlsxReportStream implements ReportStream {

    private final Path file;
    private final ReportOptions options;
    private final SXSSFWorkbook wb;
    private final XlsxStyles styles;
    private final ReportSheet cover;
    private final ReportSheet summary;
    private final FindingsSheet findings;

    public XlsxReportStream(Path file, ReportOptions options) {
        this.file = file;
        this.options = options == null ? ReportOptions.DEFAULT : options;
        PoiTemp.perProcess();
        this.wb = XlsxReport.workbook();
        this.styles = new XlsxStyles(wb);
        Lang lang = this.options.lang();
        this.cover = new ReportSheet(wb, CoverSheet.name(lang), styles);
        this.summary = new ReportSheet(wb, SummarySheet.name(lang), styles);
        this.findings = new FindingsSheet(new ReportSheet(wb, FindingsSheet.name(lang), styles), styles, this.options,
                true);
    }

    @Override
    public void unit(UnitEntry unit) {
        findings.add(unit);
    }

    /** Writes the workbook from the batch's outline of every unit and all its problems. */
    @Override
    public void finish(RunDocument outline, List<Problem> problems) throws IOException {
        ReportRun run = new ReportRun(outline, problems);
        findings.finish();
        CoverSheet.write(cover, styles, run, options);
        SummarySheet.write(summary, styles, run, options);
        XlsxReport.rest(wb, styles, run, options);
        ReportFile.write(file, wb::write);
    }

    @Override
    public void close() throws IOException {
        wb.close();
        wb.dispose();
    }
}
