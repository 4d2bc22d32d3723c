package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.testing.CommandRun;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.ContractWorkbook;
import vn.xkmt.testing.SheetTexts;

/**
 * A Thanh Hóa commune requesting in 2026 (after the plan's end, 31/12/2025) and a Lào Cai one
 * before 15/11/2023 (before the plan's start): both are evaluated under the nearest version, their
 * criteria shown for reference, and their verdict is NOT_IN_FORCE — never eligible, though every
 * criterion passes — counted apart in the JSON, the console, the report workbook, the HTML report
 * and the roll-out progress.
 */
class NotInForceReportsTest {

    static final String LABEL_VI = "Không có bộ tiêu chí hiệu lực vào ngày xét";

    @TempDir
    static Path tmp;

    static CommandRun run;
    static JsonNode doc;
    static String html;
    static Path xlsx;

    @BeforeAll
    static void evaluate() throws IOException {
        ContractWorkbook wb = ContractWorkbook.create();
        CommuneBuilder.thanhHoa("TH-2026").set("request_date", LocalDate.of(2026, 1, 20)).addTo(wb);
        CommuneBuilder.thanhHoa("TH-2025").addTo(wb);
        CommuneBuilder.laoCai("LC-2023").set("request_date", LocalDate.of(2023, 11, 1))
                .set("registration_date", LocalDate.of(2023, 1, 1)).set("rollout_phase", 1).set("last_survey_date", LocalDate.of(2023, 10, 1))
                .addTo(wb);
        Path in = wb.write(tmp.resolve("ngoai-hieu-luc.xlsx"));
        Path json = tmp.resolve("r.json");
        Path page = tmp.resolve("r.html");
        xlsx = tmp.resolve("r.xlsx");
        run = CommandRun.xkmt("evaluate", "--rules", "rules", "--json", json.toString(), "--html", page.toString(),
                "--xlsx", xlsx.toString(), in.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        doc = JsonMapper.builder().build().readTree(json.toFile());
        html = Files.readString(page, StandardCharsets.UTF_8);
    }

    private static JsonNode result(String code) {
        for (JsonNode r : doc.get("results")) {
            if (r.get("unitCode").asString().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no result " + code);
    }

    @Test
    void givenARequestAfterThePlansEnd_thenTheVerdictIsNotInForceWithItsCriteriaForReference() {
        JsonNode r = result("TH-2026");

        assertThat(r.get("verdict").asString()).isEqualTo("NOT_IN_FORCE");
        assertThat(r.get("verdictLabel").get("vi").asString()).isEqualTo(LABEL_VI);
        assertThat(r.get("verdictLabel").get("en").asString()).isEqualTo("No rule set in force on the reference date");
        assertThat(r.get("ruleSetVersion").asString()).isEqualTo("2024.2");
        assertThat(r.get("criteriaForReference").asBoolean()).isTrue();
        assertThat(r.get("notInForce").get("vi").asString()).isEqualTo("Ngày xét 20/01/2026 ngoài thời gian hiệu lực"
                + " của bộ tiêu chí Thanh Hóa, phiên bản 2024.2 (01/11/2024 – 31/12/2025): các tiêu chí dưới đây chỉ để"
                + " tham khảo, không dùng để công nhận");
        assertThat(r.get("criteria")).hasSize(9).allSatisfy(c -> assertThat(c.get("outcome").asString()).isEqualTo("PASS"));
        assertThat(r.has("validUntil")).isFalse();
    }

    @Test
    void givenARequestBeforeThePlansStart_thenTheVerdictIsNotInForce() {
        JsonNode r = result("LC-2023");

        assertThat(r.get("verdict").asString()).isEqualTo("NOT_IN_FORCE");
        assertThat(r.get("ruleSet").asString()).isEqualTo("lao-cai");
        assertThat(r.get("notInForce").get("en").asString()).startsWith("Reference date 01/11/2023 is outside the period"
                + " of the Lào Cai rule set, version 2023.1 (from 15/11/2023)");
        assertThat(result("TH-2025").get("verdict").asString()).isEqualTo("ELIGIBLE");
        assertThat(result("TH-2025").has("criteriaForReference")).isFalse();
    }

    @Test
    void givenRowsOutsideThePeriod_thenTheJsonSummaryCountsThemApartAndNeverAsEligible() {
        JsonNode verdicts = doc.get("summary").get("verdicts");

        assertThat(verdicts.get("ELIGIBLE").asInt()).isEqualTo(1);
        assertThat(verdicts.get("NOT_IN_FORCE").asInt()).isEqualTo(2);
        assertThat(doc.get("warnings").toString()).contains("Ngày xét 20/01/2026 ngoài thời gian hiệu lực của bộ tiêu chí"
                + " thanh-hoa 2024.2 (01/11/2024 – 31/12/2025): kết luận «" + LABEL_VI + "»");
    }

    @Test
    void givenRowsOutsideThePeriod_thenTheConsoleShowsTheirVerdictAndCountsThemApart() {
        assertThat(run.out()).containsPattern("TH-2026 +Xã TH-2026 +thanh-hoa +" + LABEL_VI)
                .contains("Kết luận: Đủ điều kiện công nhận 1 · Chưa đủ điều kiện công nhận 0 · Chưa đủ dữ liệu để kết luận 0"
                        + " · " + LABEL_VI + " 2 (3)");
        // criteria of such rows are not counted with the criteria of rows in force: TH1 passed once, not twice
        assertThat(run.out()).containsPattern("TH1 +1 / 0 / 0");
    }

    @Test
    void givenRowsOutsideThePeriod_thenTheRolloutProgressCountsThemApart() {
        assertThat(run.out()).contains("Giai đoạn 1: 0/26 xã biên giới đủ điều kiện (đã đánh giá 1: Đủ điều kiện công nhận 0"
                + " · Chưa đủ điều kiện công nhận 0 · Chưa đủ dữ liệu để kết luận 0 · " + LABEL_VI + " 1)");
        assertThat(html).contains(" · " + LABEL_VI + " 1)");
    }

    @Test
    void givenRowsOutsideThePeriod_thenTheHtmlReportHasACardAndMarksTheCriteriaForReference() {
        assertThat(html).contains("<div class=\"card notinforce\"><span class=\"n\">2</span> " + LABEL_VI + "</div>")
                .contains("<span class=\"verdict notinforce\">" + LABEL_VI + "</span>")
                .contains("<p class=\"reference-note\">Ngày xét 20/01/2026 ngoài thời gian hiệu lực")
                .contains("<td class=\"pass reference\">Đạt (chỉ để tham khảo)</td>");
    }

    @Test
    void givenRowsOutsideThePeriod_thenTheReportWorkbookShowsTheVerdictAndCountsItApart() throws IOException {
        try (InputStream is = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            Sheet summary = wb.getSheet("Tổng hợp");
            Row th2026 = null;
            for (Row row : summary) {
                if (row.getCell(0) != null && "TH-2026".equals(row.getCell(0).getStringCellValue())) {
                    th2026 = row;
                }
            }
            assertThat(th2026).isNotNull();
            assertThat(SheetTexts.of(summary)).contains(LABEL_VI, "Đạt (chỉ để tham khảo)");
            List<String> cover = SheetTexts.of(wb.getSheet("Thông tin"));
            assertThat(cover).anyMatch(t -> t.endsWith(LABEL_VI));
            assertThat(SheetTexts.of(wb.getSheet("Chi tiết"))).anyMatch(t -> t.startsWith("Ngày xét 20/01/2026 ngoài"));
        }
    }

    @Test
    void givenAManifestLabelForTheVerdict_thenTheReportsUseIt(@org.junit.jupiter.api.io.TempDir Path rules)
            throws IOException {
        Path folder = vn.xkmt.testing.RulesCopy.copy(Path.of("rules/lao-cai/2023.1"), rules.resolve("lao-cai/2023.1"),
                rel -> !rel.startsWith("tests"));
        Path manifest = folder.resolve("manifest.yaml");
        String yaml = Files.readString(manifest, StandardCharsets.UTF_8);
        int at = yaml.indexOf("criteria:");
        Files.writeString(manifest, yaml.substring(0, at) + "verdictLabels:\n  NOT_IN_FORCE:\n    vi: Ngoài thời gian kế hoạch\n"
                + "    en: Outside the plan's period\n" + yaml.substring(at), StandardCharsets.UTF_8);
        ContractWorkbook wb = ContractWorkbook.create();
        CommuneBuilder.laoCai("LC-EARLY").set("request_date", LocalDate.of(2023, 11, 1))
                .set("registration_date", LocalDate.of(2023, 1, 1)).addTo(wb);
        Path in = wb.write(tmp.resolve("som.xlsx"));

        CommandRun r = CommandRun.xkmt("evaluate", "--rules", rules.toString(), in.toString());

        assertThat(r.out()).containsPattern("LC-EARLY +Xã LC-EARLY +Ngoài thời gian kế hoạch")
                .contains("· Ngoài thời gian kế hoạch 1 (1)");
    }
}
