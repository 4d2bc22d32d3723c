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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.testing.CommandRun;

/**
 * The README's batch over the four samples: Hưng Yên and Trà Vinh name their verdicts "Đạt toàn bộ
 * chỉ tiêu / Chưa đạt chỉ tiêu / Chưa đủ dữ liệu", Lào Cai and Thanh Hóa keep the default labels, so
 * the counts by verdict are given per rule set, each in its manifest's words.
 */
class MixedRuleSetsReportsTest {

    static final String[] SAMPLES = {"samples/hung-yen-khoai-chau.xlsx", "samples/lao-cai-bien-gioi.xlsx",
        "samples/thanh-hoa.xlsx", "samples/tra-vinh-2023.xlsx"};
    static final String TARGETS = "Đạt toàn bộ chỉ tiêu %d · Chưa đạt chỉ tiêu %d · Chưa đủ dữ liệu %d";
    static final String RECOGNITION = "Đủ điều kiện công nhận %d · Chưa đủ điều kiện công nhận %d · "
            + "Chưa đủ dữ liệu để kết luận %d";

    @TempDir
    static Path tmp;

    static CommandRun run;
    static JsonNode doc;
    static String html;

    @BeforeAll
    static void evaluate() throws Exception {
        List<String> args = new ArrayList<>(List.of("evaluate", "--rules", "rules", "--json", tmp.resolve("k.json").toString(),
                "--xlsx", tmp.resolve("b.xlsx").toString(), "--html", tmp.resolve("b.html").toString()));
        args.addAll(List.of(SAMPLES));
        run = CommandRun.xkmt(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        doc = JsonMapper.builder().build().readTree(tmp.resolve("k.json").toFile());
        html = Files.readString(tmp.resolve("b.html"), StandardCharsets.UTF_8);
    }

    /** ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED and all results of one rule set in the JSON. */
    static int[] counts(String ruleSet) {
        int[] n = new int[4];
        for (JsonNode r : doc.get("results")) {
            if (r.get("ruleSet").asString().equals(ruleSet)) {
                n[switch (r.get("verdict").asString()) {
                    case "ELIGIBLE" -> 0;
                    case "NOT_ELIGIBLE" -> 1;
                    default -> 2;
                }]++;
                n[3]++;
            }
        }
        return n;
    }

    static String line(String ruleSet, String labels) {
        int[] n = counts(ruleSet);
        return ruleSet + ": " + String.format(labels, n[0], n[1], n[2]);
    }

    static String labels(String ruleSet) {
        return ruleSet.equals("hung-yen") || ruleSet.equals("tra-vinh") ? TARGETS : RECOGNITION;
    }

    @Test
    void consoleCountsVerdictsPerRuleSetEachInItsOwnLabels() {
        int all = doc.get("results").size();
        assertThat(counts("hung-yen")[3]).isEqualTo(6);
        assertThat(counts("tra-vinh")[3]).isEqualTo(10);
        assertThat(run.out()).contains("Kết luận (" + all + "):\n")
                .doesNotContain("Kết luận: ");
        for (String id : List.of("hung-yen", "lao-cai", "thanh-hoa", "tra-vinh")) {
            assertThat(run.out()).contains("  " + line(id, labels(id)) + " (" + counts(id)[3] + ")\n");
        }
        assertThat(run.out()).contains("  hung-yen: Đạt toàn bộ chỉ tiêu 4 · Chưa đạt chỉ tiêu 2 · Chưa đủ dữ liệu 0 (6)");
    }

    @Test
    void jsonSummaryKeepsItsCodesAndAddsEachRuleSetsCountsInItsOwnLabels() {
        JsonNode summary = doc.get("summary");
        int all = doc.get("results").size();
        assertThat(summary.get("units").asInt()).isEqualTo(all).isEqualTo(35);
        int[] sum = new int[3];
        List<String> ids = new ArrayList<>();
        for (JsonNode rs : summary.get("byRuleSet")) {
            String id = rs.get("ruleSet").asString();
            ids.add(id);
            int[] n = counts(id);
            assertThat(rs.get("units").asInt()).as(id).isEqualTo(n[3]);
            String[] codes = {"ELIGIBLE", "NOT_ELIGIBLE", "UNDETERMINED"};
            String[] words = labels(id).replace(" %d", "").split(" · ");
            for (int i = 0; i < 3; i++) {
                assertThat(rs.get("verdicts").get(codes[i]).asInt()).as(id + " " + codes[i]).isEqualTo(n[i]);
                assertThat(rs.get("verdictLabels").get(codes[i]).get("vi").asString()).isEqualTo(words[i]);
                sum[i] += n[i];
            }
        }
        assertThat(ids).containsExactlyInAnyOrder("hung-yen", "lao-cai", "thanh-hoa", "tra-vinh");
        assertThat(summary.get("verdicts").get("ELIGIBLE").asInt()).isEqualTo(sum[0]);
        assertThat(summary.get("verdicts").get("NOT_ELIGIBLE").asInt()).isEqualTo(sum[1]);
        assertThat(summary.get("verdicts").get("UNDETERMINED").asInt()).isEqualTo(sum[2]);
        JsonNode tv = summary.get("byRuleSet").get(ids.indexOf("tra-vinh"));
        assertThat(tv.get("verdictLabels").get("ELIGIBLE").get("en").asString()).isEqualTo("All targets met");
        assertThat(tv.get("verdicts").toString()).isEqualTo("{\"ELIGIBLE\":3,\"NOT_ELIGIBLE\":6,\"UNDETERMINED\":1,\"NOT_IN_FORCE\":0}");
    }

    @Test
    void rolloutBreakdownUsesTheRuleSetsLabels() {
        assertThat(run.out()).contains("Thí điểm: 3/5 xã thí điểm đạt toàn bộ chỉ tiêu (đã đánh giá 5: "
                + "Đạt toàn bộ chỉ tiêu 3 · Chưa đạt chỉ tiêu 2 · Chưa đủ dữ liệu 0)");
        assertThat(run.out()).contains("Giai đoạn 1: 2/26 xã biên giới đủ điều kiện (đã đánh giá 8: "
                + "Đủ điều kiện công nhận 2 · ");
        assertThat(html).contains("đã đánh giá 5: Đạt toàn bộ chỉ tiêu 3 · Chưa đạt chỉ tiêu 2 · Chưa đủ dữ liệu 0");
    }

    @Test
    void htmlHasOneGroupOfVerdictCardsPerRuleSet() {
        for (String id : List.of("hung-yen", "lao-cai", "thanh-hoa", "tra-vinh")) {
            int start = html.indexOf("<div class=\"cards\" data-rule-set=\"" + id + "\">");
            assertThat(start).as(id).isPositive();
            String cards = html.substring(start, html.indexOf("</div>\n</div>", start));
            int[] n = counts(id);
            String[] words = labels(id).replace(" %d", "").split(" · ");
            for (int i = 0; i < 3; i++) {
                assertThat(cards).contains("<span class=\"n\">" + n[i] + "</span> " + words[i] + "</div>");
            }
            assertThat(cards).contains("<span class=\"n\">" + n[3] + "</span> Số đơn vị đánh giá");
        }
        assertThat(html).contains("<span class=\"n\">" + doc.get("results").size() + "</span> Số đơn vị đánh giá");
    }

    @Test
    void htmlChartsVerdictsPerRuleSetAndPlacesAnnualRowsByTheirUnit() {
        String charts = html.substring(html.indexOf("<section id=\"bieu-do\""), html.indexOf("<section id=\"tong-hop\""));
        assertThat(charts).contains("Kết luận theo huyện — Lào Cai", "Kết luận theo huyện — Hưng Yên",
                "Kết luận theo đơn vị báo cáo — Trà Vinh", ">Tỉnh Trà Vinh</text>", ">Huyện Càng Long</text>",
                ">Thị xã Duyên Hải</text>");
        String tv = charts.substring(charts.indexOf("Kết luận theo đơn vị báo cáo — Trà Vinh"));
        assertThat(tv.substring(0, tv.indexOf("</figure>"))).contains(">Đạt toàn bộ chỉ tiêu</text>",
                ">Chưa đạt chỉ tiêu</text>").doesNotContain("Đủ điều kiện công nhận", "(không rõ)");
    }

    @Test
    void workbookCoverCountsPerRuleSetAndProgressNamesEveryLabel() throws Exception {
        try (InputStream in = Files.newInputStream(tmp.resolve("b.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet cover = wb.getSheet("Thông tin");
            for (String id : List.of("hung-yen", "lao-cai", "thanh-hoa", "tra-vinh")) {
                int[] n = counts(id);
                String[] words = labels(id).replace(" %d", "").split(" · ");
                for (int i = 0; i < 3; i++) {
                    Row r = rowStartingWith(cover, id + ": " + words[i]);
                    assertThat(r).as(id + " " + words[i]).isNotNull();
                    assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(n[i]);
                }
            }
            assertThat(rowStartingWith(cover, "Đủ điều kiện công nhận")).isNull();
            Row header = wb.getSheet("Tiến độ").getRow(0);
            List<String> titles = new ArrayList<>();
            header.forEach(c -> titles.add(c.getStringCellValue()));
            assertThat(titles).contains("Đạt toàn bộ chỉ tiêu / Đủ điều kiện công nhận",
                    "Chưa đạt chỉ tiêu / Chưa đủ điều kiện công nhận");
        }
    }

    private static Row rowStartingWith(Sheet s, String text) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r;
            }
        }
        return null;
    }
}
