package vn.xkmt.report;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes the sample reports to a folder to look at ({@code -Dxkmt.dump=/tmp/rep}). */
class DumpReports {

    @Test
    @EnabledIfSystemProperty(named = "xkmt.dump", matches = ".+")
    void dump() throws Exception {
        Path dir = Path.of(System.getProperty("xkmt.dump"));
        var run = Fixtures.run(Fixtures.sample());
        HtmlReport.write(run, dir.resolve("bao-cao.html"), "vi");
        HtmlReport.write(run, dir.resolve("report-en.html"), "en");
        XlsxReport.write(run, dir.resolve("bao-cao.xlsx"), ReportOptions.DEFAULT);
    }
}
