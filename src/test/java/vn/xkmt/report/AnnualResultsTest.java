package vn.xkmt.report;

import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.AnnualReport;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.RowRef;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.testing.AnnualReportBuilder;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.SheetTexts;

/** Annual-target results (Trà Vinh): keyed by unit and year, labelled in the rule set's words. */
class AnnualResultsTest {

    static RunResult run;

    @BeforeAll
    static void evaluate() {
        AnnualReport province = row(AnnualReportBuilder.traVinh(), 2);
        AnnualReport district = row(AnnualReportBuilder.traVinhDistrict("TV-CK", "Huyện Cầu Kè")
                .set("cases_resolved", 50), 3);
        run = Fixtures.run(new Dataset("tra-vinh.xlsx", Fixtures.SHA, List.of(), List.of(), List.of(), List.of(),
                List.of(province, district), Set.of("BaoCaoNam"), List.of()));
    }

    private static AnnualReport row(AnnualReportBuilder b, int excelRow) {
        AnnualReport r = b.report();
        return new AnnualReport(new RowRef("tra-vinh.xlsx", r.getRow().sheet(), excelRow, r.getRow().columns()), r.values());
    }

    @Test
    void workbookShowsYearAndTargetLabels() throws IOException {
        assertThat(run.results()).extracting(r -> r.verdict()).containsExactly(Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxReport.write(run, bytes, ReportOptions.DEFAULT);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            XSSFSheet s = wb.getSheet("Tổng hợp");
            Map<String, Integer> col = XlsxReportTest.header(s);
            assertThat(col).containsKeys("Năm", "TV1", "TV8").doesNotContainKey("Giai đoạn");
            Row tv = XlsxReportTest.rowStartingWith(s, "TV");
            assertThat(tv.getCell(col.get("Năm")).getNumericCellValue()).isEqualTo(2023);
            XlsxReportTest.assertCell(tv.getCell(col.get("Kết luận")), "Đạt toàn bộ chỉ tiêu", XlsxStyles.GREEN);
            Row ck = XlsxReportTest.rowStartingWith(s, "TV-CK");
            XlsxReportTest.assertCell(ck.getCell(col.get("Kết luận")), "Chưa đạt chỉ tiêu", XlsxStyles.RED);
            assertThat(wb.getSheet("Tiến độ")).isNull();
            assertThat(SheetTexts.of(wb.getSheet("Thông tin"))).contains("Đạt toàn bộ chỉ tiêu", "tra-vinh");
            assertThat(XlsxReportTest.header(wb.getSheet("Chi tiết"))).containsKey("Năm");
        }
    }

    @Test
    void htmlAndSummaryShowUnitAndYear() throws IOException {
        StringWriter html = new StringWriter();
        HtmlReport.write(run, html, Lang.VI);
        assertThat(html.toString()).contains("TV/2023", "TV-CK/2023", "Đạt toàn bộ chỉ tiêu", "Chưa đạt chỉ tiêu",
                "Kết luận theo đơn vị báo cáo").doesNotContain("(không rõ)");
        StringWriter out = new StringWriter();
        SummaryTable.print(run, new PrintWriter(out), Lang.VI);
        assertThat(out.toString()).contains("TV/2023", "TV-CK/2023", "Chưa đạt chỉ tiêu",
                "Kết luận: Đạt toàn bộ chỉ tiêu 1 · Chưa đạt chỉ tiêu 1 · Chưa đủ dữ liệu 0 (2)");
    }

    private static String charts(String html) {
        return html.substring(html.indexOf("<section id=\"bieu-do\""), html.indexOf("<section id=\"tong-hop\""));
    }

    @Test
    void annualRowsAloneAreChartedByReportingUnitEachRowItsOwnBar() throws IOException {
        List<UnitEntry> units = new ResultDocument().of(run).results();
        assertThat(Entries.Places.of(units)).isEqualTo(Entries.Places.UNIT);
        assertThat(units).extracting(Entries.Places.UNIT::of).containsExactly("Tỉnh Trà Vinh", "Huyện Cầu Kè");
        StringWriter html = new StringWriter();
        HtmlReport.write(run, html, Lang.EN);
        assertThat(charts(html.toString())).contains("Verdicts by reporting unit", ">Tỉnh Trà Vinh</text>",
                ">Huyện Cầu Kè</text>", ">All targets met</text>", ">Targets not met</text>").doesNotContain("(unknown)");
    }

    @Test
    void annualRowsBesideCommunesOfADistrictAreTheirOwnPlaceInTheDistrictChart() throws IOException {
        Dataset communes = Fixtures.dataset("hung-yen.xlsx", List.of(), CommuneBuilder.hungYen("HY-01"));
        Dataset annual = new Dataset("tra-vinh.xlsx", Fixtures.SHA, List.of(), List.of(), List.of(), List.of(),
                List.of(row(AnnualReportBuilder.traVinh(), 2), row(AnnualReportBuilder.traVinhDistrict("TV-CK",
                        "Huyện Cầu Kè").set("cases_resolved", 50), 3)), Set.of("BaoCaoNam"), List.of());
        RunResult mixed = Fixtures.run(communes, annual);

        assertThat(mixed.results()).extracting(r -> r.ruleSet().id()).containsExactly("hung-yen", "tra-vinh", "tra-vinh");
        List<UnitEntry> units = new ResultDocument().of(mixed).results();
        assertThat(Entries.Places.of(units)).isEqualTo(Entries.Places.DISTRICT);
        assertThat(units).extracting(Entries.Places.DISTRICT::of)
                .containsExactly("Khoái Châu", "Tỉnh Trà Vinh", "Huyện Cầu Kè");
        StringWriter html = new StringWriter();
        HtmlReport.write(mixed, html, Lang.VI);
        // Hưng Yên and Trà Vinh label their verdicts alike: one set of cards and one chart, in their words
        assertThat(html.toString()).doesNotContain("data-rule-set=", "Đủ điều kiện công nhận");
        assertThat(charts(html.toString())).contains("Kết luận theo huyện", ">Khoái Châu</text>", ">Tỉnh Trà Vinh</text>",
                ">Huyện Cầu Kè</text>", ">Đạt toàn bộ chỉ tiêu</text>").doesNotContain("(không rõ)");
    }
}
