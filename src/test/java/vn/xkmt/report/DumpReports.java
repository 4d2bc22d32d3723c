package vn.xkmt.report;

import vn.xkmt.text.Lang;
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
        HtmlReport.write(run, dir.resolve("bao-cao.html"), Lang.VI);
        HtmlReport.write(run, dir.resolve("report-en.html"), Lang.EN);
        XlsxReport.write(run, dir.resolve("bao-cao.xlsx"), ReportOptions.DEFAULT);
        var wb = vn.xkmt.testing.ContractWorkbook.create();
        for (int i = 1; i <= 400; i++) {
            var c = vn.xkmt.testing.CommuneBuilder.laoCai(String.format("LC-%03d", i)).set("district", "Huyện " + (i % 7))
                    .set("border", i % 3 == 0).with(vn.xkmt.testing.PersonBuilder.addict("NN-" + i));
            if (i % 5 == 0) {
                c.blank("hotspots");
            }
            c.addTo(wb);
        }
        wb.write(dir.resolve("lao-cai-400.xlsx"));
    }
}
