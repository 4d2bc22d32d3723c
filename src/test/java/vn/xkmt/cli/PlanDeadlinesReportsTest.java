package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.testing.CommandRun;

/**
 * The deadlines a plan sets ({@code deadlines:} of the manifest) shown where a council reads a run:
 * Trà Vinh's half-year report before 16/6 and annual report before 16/12 in the HTML report, the
 * report workbook's {@code Thông tin} sheet and the console, in the chosen language; a run under a
 * plan that sets none shows none.
 */
class PlanDeadlinesReportsTest {

    static final String HALF_YEAR_VI = "Báo cáo 6 tháng về tình hình, kết quả thực hiện Kế hoạch gửi Công an tỉnh"
            + " trước ngày 16/6";
    static final String ANNUAL_VI = "Báo cáo năm về tình hình, kết quả thực hiện Kế hoạch gửi Công an tỉnh trước ngày 16/12";
    static final String HALF_YEAR_EN = "Half-year report on the plan's progress and results to the provincial police"
            + " before 16/6";
    static final String ANNUAL_EN = "Annual report on the plan's progress and results to the provincial police before 16/12";

    @TempDir
    Path tmp;

    record Outputs(CommandRun run, String html, Path xlsx, Path json) {}

    Outputs evaluate(String sample, String lang) {
        Path html = tmp.resolve(lang + "-" + sample.replace(".xlsx", ".html"));
        Path xlsx = tmp.resolve(lang + "-" + sample);
        Path json = tmp.resolve(lang + "-" + sample.replace(".xlsx", ".json"));
        CommandRun run = CommandRun.xkmt("evaluate", "--rules", "rules", "--lang", lang, "--html", html.toString(),
                "--xlsx", xlsx.toString(), "--json", json.toString(), "samples/" + sample);
        assertThat(run.exit()).as(run.err()).isZero();
        try {
            return new Outputs(run, Files.readString(html, StandardCharsets.UTF_8), xlsx, json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void givenTraVinh_thenTheHtmlReportListsBothReportDeadlinesAfterTheVerdicts() {
        String html = evaluate("tra-vinh-2023.xlsx", "vi").html();

        String overview = html.substring(html.indexOf("<section id=\"tong-quan\">"), html.indexOf("</section>"));
        assertThat(overview).contains("<h3>Hạn báo cáo theo kế hoạch — Trà Vinh — Chỉ tiêu Kế hoạch phòng, chống ma túy"
                        + " năm 2023</h3>\n<ul class=\"deadlines\">\n<li>" + HALF_YEAR_VI
                        + "</li>\n<li>" + ANNUAL_VI + "</li>\n</ul>");
    }

    @Test
    void givenTraVinhInEnglish_thenTheHtmlReportListsTheDeadlinesInEnglish() {
        Outputs en = evaluate("tra-vinh-2023.xlsx", "en");

        assertThat(en.html()).contains("<h3>Deadlines set by the plan — Trà Vinh — Targets of the 2023 drug prevention"
                + " and control plan</h3>", "<li>" + esc(HALF_YEAR_EN) + "</li>", "<li>" + esc(ANNUAL_EN) + "</li>")
                .doesNotContain(HALF_YEAR_VI, "Hạn báo cáo");
        assertThat(en.run().out()).contains("Deadlines set by the plan — ", "  " + HALF_YEAR_EN + "\n",
                "  " + ANNUAL_EN + "\n");
    }

    @Test
    void givenTraVinh_thenTheConsoleListsTheDeadlinesAfterTheCountsAndBeforeTheErrorLine() {
        String out = evaluate("tra-vinh-2023.xlsx", "vi").run().out();

        assertThat(out).contains("Hạn báo cáo theo kế hoạch — Trà Vinh — Chỉ tiêu Kế hoạch phòng, chống ma túy năm 2023:\n"
                + "  " + HALF_YEAR_VI + "\n  " + ANNUAL_VI + "\nLỗi: ");
        assertThat(out.indexOf("Hạn báo cáo")).isGreaterThan(out.indexOf("Tiêu chí (Đạt / Không đạt"));
    }

    @Test
    void givenTraVinh_thenTheWorkbookCoverHasTheDeadlinesWithTheirDateAndPassage() throws Exception {
        Outputs vi = evaluate("tra-vinh-2023.xlsx", "vi");

        try (InputStream in = Files.newInputStream(vi.xlsx()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet cover = wb.getSheet("Thông tin");
            List<List<String>> rows = rows(cover);
            int title = rows.indexOf(List.of("Hạn báo cáo theo kế hoạch"));
            assertThat(title).as("the deadlines title").isPositive();
            assertThat(rows.get(title + 1)).containsExactly("Bộ tiêu chí", "Hạn", "Hạn báo cáo theo kế hoạch", "Trích văn bản");
            assertThat(rows.get(title + 2)).containsExactly("tra-vinh 2023.1", "16/6", HALF_YEAR_VI, rows.get(title + 2).get(3));
            assertThat(rows.get(title + 3)).containsExactly("tra-vinh 2023.1", "16/12", ANNUAL_VI, rows.get(title + 3).get(3));
            assertThat(rows.get(title + 2).get(3)).startsWith("Định kỳ 6 tháng (trước ngày 16/6), năm (trước ngày 16/12)")
                    .endsWith("(mục IV.2)");
            assertThat(title).as("under the rule sets").isGreaterThan(rows.indexOf(List.of("Bộ tiêu chí")));
        }
    }

    @Test
    void givenOneRuleSet_thenTheJsonSummaryHasNoPerRuleSetCounts() throws Exception {
        Outputs vi = evaluate("tra-vinh-2023.xlsx", "vi");

        var summary = JsonMapper.builder().build().readTree(vi.json().toFile()).get("summary");
        assertThat(summary.has("byRuleSet")).isFalse();
        assertThat(summary.get("verdicts").toString()).isEqualTo("{\"ELIGIBLE\":3,\"NOT_ELIGIBLE\":6,\"UNDETERMINED\":1,\"NOT_IN_FORCE\":0}");
    }

    @Test
    void givenLaoCai_thenNoneOfTraVinhsDeadlinesButItsOwnPhaseReviewReports() throws Exception {
        Outputs laoCai = evaluate("lao-cai-bien-gioi.xlsx", "vi");

        for (String text : List.of(laoCai.html(), laoCai.run().out(), String.join("\n", cover(laoCai.xlsx())))) {
            assertThat(text).doesNotContain("16/6", "16/12", "Báo cáo 6 tháng", "Báo cáo năm")
                    .contains("Báo cáo kết quả sơ kết giai đoạn 1 gửi UBND tỉnh (qua Công an tỉnh) trước ngày 20/6/2024",
                            "Báo cáo sơ kết giai đoạn 2 gửi UBND tỉnh (qua Công an tỉnh) trước ngày 20/12/2024");
        }
    }

    @Test
    void givenAPlanThatSetsNoDeadline_thenNoOutputShowsADeadline() throws Exception {
        Outputs thanhHoa = evaluate("thanh-hoa.xlsx", "vi");

        for (String text : List.of(thanhHoa.html(), thanhHoa.run().out(), String.join("\n", cover(thanhHoa.xlsx())))) {
            assertThat(text).doesNotContain("Hạn báo cáo", "class=\"deadlines\"", "16/6", "16/12");
        }
    }

    /** As the HTML report escapes text: the apostrophe of "plan's" is {@code &apos;}. */
    private static String esc(String s) {
        return s.replace("'", "&apos;");
    }

    private static List<String> cover(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return rows(wb.getSheet("Thông tin")).stream().map(r -> String.join(" | ", r)).toList();
        }
    }

    private static List<List<String>> rows(Sheet s) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : s) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    cells.add(c.getStringCellValue());
                }
            }
            out.add(cells);
        }
        return out;
    }
}
