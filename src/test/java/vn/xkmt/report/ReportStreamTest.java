package vn.xkmt.report;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.ruleset.RuleSetCatalog;

/** Reports written while a batch runs are the reports of the whole run written at the end. */
class ReportStreamTest {

    @TempDir
    Path tmp;

    private record Both(RunResult kept, RunResult whole) {}

    /** Runs the batch once, streaming into the three reports under {@code tmp/stream}; also gives the whole run. */
    private Both run(List<Path> files) throws Exception {
        RuleSetCatalog catalog = RuleSetCatalog.load(Path.of("rules"));
        List<UnitResult> full = new ArrayList<>();
        Path dir = tmp.resolve("stream");
        try (JsonReportStream json = new JsonReportStream(dir.resolve("k.json"));
             XlsxReportStream xlsx = new XlsxReportStream(dir.resolve("b.xlsx"), ReportOptions.DEFAULT);
             HtmlReportStream html = new HtmlReportStream(dir.resolve("b.html"), Lang.VI)) {
            RunResult kept = new Evaluator(catalog, new WorkbookReader()::read).run(files,
                    new RunOptions(null, null, 2), Progress.NONE, (units, problems) -> {
                        full.addAll(units);
                        json.accept(units, problems);
                        xlsx.accept(units, problems);
                        html.accept(units, problems);
                    });
            json.finish(kept);
            xlsx.finish(kept);
            html.finish(kept);
            RunResult whole = new RunResult(kept.startedAt(), kept.finishedAt(), kept.xkmtVersion(), kept.inputs(),
                    full, kept.problems());
            return new Both(kept, whole);
        }
    }

    @Test
    void aBatchStreamedWorkbookByWorkbookWritesTheSameJsonHtmlAndWorkbookAsTheWholeRun() throws Exception {
        Both b = run(List.of(Path.of("samples/lao-cai-bien-gioi.xlsx"), Path.of("samples/tra-vinh-2023.xlsx"),
                Path.of("samples/thanh-hoa.xlsx")));
        assertThat(b.kept().results()).hasSameSizeAs(b.whole().results());
        // what the batch keeps has no evidence left, yet the same verdicts and outcomes
        assertThat(b.kept().results()).allSatisfy(r -> assertThat(r.criteria()).allSatisfy(c ->
                assertThat(c.findings()).allSatisfy(f -> assertThat(f.evidence()).isEmpty())));
        assertThat(b.whole().results()).anySatisfy(r -> assertThat(r.criteria()).anySatisfy(c ->
                assertThat(c.findings()).anySatisfy(f -> assertThat(f.evidence()).isNotEmpty())));

        Path whole = tmp.resolve("whole");
        JsonReport.write(b.whole(), whole.resolve("k.json"));
        XlsxReport.write(b.whole(), whole.resolve("b.xlsx"), ReportOptions.DEFAULT);
        HtmlReport.write(b.whole(), whole.resolve("b.html"), Lang.VI);

        var mapper = JsonMapper.builder().build();
        assertThat(mapper.readTree(tmp.resolve("stream/k.json").toFile()))
                .isEqualTo(mapper.readTree(whole.resolve("k.json").toFile()));
        assertThat(Files.readString(tmp.resolve("stream/b.html"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(whole.resolve("b.html"), StandardCharsets.UTF_8))
                .contains("LC-", "TV-", "TH-");
        assertThat(sheets(tmp.resolve("stream/b.xlsx"))).isEqualTo(sheets(whole.resolve("b.xlsx")));
        assertThat(tmp.resolve("stream").toFile().list()).containsExactlyInAnyOrder("k.json", "b.xlsx", "b.html");
    }

    @Test
    void withoutAnnualRowsTheStreamedDetailsSheetHidesItsEmptyYearColumn() throws Exception {
        Both b = run(List.of(Path.of("samples/lao-cai-bien-gioi.xlsx"), Path.of("samples/thanh-hoa.xlsx")));
        assertThat(b.whole().results()).allMatch(r -> r.year() == null);
        XlsxReport.write(b.whole(), tmp.resolve("whole.xlsx"), ReportOptions.DEFAULT);
        assertThat(sheets(tmp.resolve("stream/b.xlsx"))).isEqualTo(sheets(tmp.resolve("whole.xlsx")));
        try (InputStream in = Files.newInputStream(tmp.resolve("stream/b.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet details = wb.getSheet("Chi tiết");
            assertThat(details.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Năm");
            assertThat(details.isColumnHidden(2)).isTrue();
        }
    }

    /** Every sheet's visible cells as text, row by row (hidden columns left out). */
    private static List<List<String>> sheets(Path file) throws Exception {
        DataFormatter fmt = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                out.add(List.of("# " + s.getSheetName()));
                for (Row r : s) {
                    List<String> cells = new ArrayList<>();
                    for (Cell c : r) {
                        if (!s.isColumnHidden(c.getColumnIndex())) {
                            cells.add(c.getColumnIndex() - hiddenBefore(s, c.getColumnIndex()) + "=" + fmt.formatCellValue(c));
                        }
                    }
                    out.add(cells);
                }
            }
        }
        return out;
    }

    private static int hiddenBefore(Sheet s, int col) {
        int n = 0;
        for (int i = 0; i < col; i++) {
            n += s.isColumnHidden(i) ? 1 : 0;
        }
        return n;
    }
}
