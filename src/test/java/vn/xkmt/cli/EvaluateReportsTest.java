package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.PersonBuilder.addict;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.testing.CommandRun;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.ContractWorkbook;
import vn.xkmt.testing.SheetTexts;

/** {@code xkmt evaluate} end to end with the report outputs: workbook, HTML, summary, progress, names. */
class EvaluateReportsTest {

    @TempDir
    Path tmp;

    static CommandRun xkmt(String... args) {
        return CommandRun.xkmt(args);
    }

    private Path laoCai() {
        ContractWorkbook wb = ContractWorkbook.create();
        CommuneBuilder.laoCai("LC-01").set("commune_name", "Xã A Mú Sung").set("district", "Bát Xát")
                .set("border", true).addTo(wb);
        CommuneBuilder.laoCai("LC-02").set("commune_name", "Xã Cốc San").set("district", "Bát Xát")
                .set("rollout_phase", 2).with(addict("NN-007").noProfile(), addict("NN-008")).addTo(wb);
        CommuneBuilder.laoCai("LC-03").set("commune_name", "=HYPERLINK(\"evil.example\",\"Bấm\")")
                .set("district", "Mường Khương").set("border", true).blank("hotspots").addTo(wb);
        return wb.write(tmp.resolve("in/lao-cai.xlsx"));
    }

    private Path unreadable() throws Exception {
        return Files.write(tmp.resolve("in/hong.xlsx"), "không phải xlsx".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenAFolderWithAnUnreadableWorkbook_thenEveryReportIsWrittenAndExitIsOne() throws Exception {
        laoCai();
        unreadable();
        Path json = tmp.resolve("out/ket-qua.json");
        Path xlsx = tmp.resolve("out/bao-cao.xlsx");
        Path html = tmp.resolve("out/bao-cao.html");

        CommandRun r = xkmt("evaluate", "--rules", "rules", "--json", json.toString(), "--xlsx", xlsx.toString(),
                "--html", html.toString(), tmp.resolve("in").toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        // one workbook at a time: read, then its units evaluated, while the next one is read
        assertThat(r.err()).contains("[1/2] Đọc tệp / Reading: 1/1", "[2/2] Đọc tệp / Reading: 1/1",
                "Đánh giá / Evaluating: 0/3", "Đánh giá / Evaluating: 3/3");
        assertThat(r.err()).contains("hong.xlsx");
        assertThat(r.out()).contains("LC-01", "LC-02", "LC-03", "Chưa đủ điều kiện công nhận", "LC3",
                "Giai đoạn 1: 1/26 xã biên giới đủ điều kiện", "Giai đoạn 2: 0/18 xã đủ điều kiện", "Lỗi: 1",
                "Excel: " + xlsx, "HTML: " + html);

        JsonNode doc = JsonMapper.builder().build().readTree(json.toFile());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> cover = SheetTexts.of(wb.getSheet("Thông tin"));
            JsonNode ruleSet = doc.get("run").get("ruleSets").get(0);
            assertThat(cover).contains(ruleSet.get("id").asString(), ruleSet.get("contentHash").asString());
            for (JsonNode input : doc.get("run").get("inputs")) {
                assertThat(cover).contains(input.get("file").asString());
                if (!input.get("sha256").isNull()) {
                    assertThat(cover).contains(input.get("sha256").asString());
                }
            }
            Sheet summary = wb.getSheet("Tổng hợp");
            assertThat(summary.getLastRowNum()).isEqualTo(doc.get("results").size()).isEqualTo(3);
            Row lc3 = row(summary, "LC-03");
            assertThat(lc3.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(lc3.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"evil.example\",\"Bấm\")");
            Sheet problems = wb.getSheet("Lỗi dữ liệu");
            assertThat(problems.getLastRowNum()).isEqualTo(doc.get("errors").size() + doc.get("warnings").size());
            assertThat(SheetTexts.of(problems)).anyMatch(t -> t.endsWith("hong.xlsx"));
            assertThat(SheetTexts.of(wb.getSheet("Tiến độ"))).contains("Giai đoạn 1: 1/26 xã biên giới đủ điều kiện");
            for (Sheet s : wb) {
                assertThat(SheetTexts.of(s)).noneMatch(t -> t.contains("Nguyễn Văn"));
            }
        }
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("LC-01", "LC-02", "LC-03", "Đủ điều kiện công nhận", "Chưa đủ điều kiện công nhận",
                "Chưa đủ dữ liệu để kết luận", "hong.xlsx").doesNotContain("http://", "https://", "Nguyễn Văn");
        assertThat(r.out() + r.err() + Files.readString(json)).doesNotContain("Nguyễn Văn");
    }

    @Test
    void givenShowNames_thenNamesAreInTheFindingsSheetOnly() throws Exception {
        Path in = laoCai();
        Path json = tmp.resolve("r.json");
        Path xlsx = tmp.resolve("r.xlsx");
        Path html = tmp.resolve("r.html");

        CommandRun r = xkmt("evaluate", "--rules", "rules", "--show-names", "--json", json.toString(), "--xlsx",
                xlsx.toString(), "--html", html.toString(), in.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        try (InputStream s = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            for (Sheet sheet : wb) {
                boolean findings = sheet.getSheetName().equals("Chi tiết");
                assertThat(SheetTexts.of(sheet).stream().anyMatch(t -> t.contains("Nguyễn Văn NN-007")))
                        .as(sheet.getSheetName()).isEqualTo(findings);
            }
        }
        assertThat(r.out() + r.err() + Files.readString(json) + Files.readString(html)).doesNotContain("Nguyễn Văn");
    }

    @Test
    void givenEnglish_thenSummaryAndReportsAreInEnglish() throws Exception {
        Path in = laoCai();
        Path html = tmp.resolve("r.html");
        CommandRun r = xkmt("evaluate", "--rules", "rules", "--lang", "en", "--html", html.toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Eligible for recognition", "Phase 1: 1/26 border communes eligible", "Errors: 0");
        assertThat(Files.readString(html)).contains("<html lang=\"en\">", "Outcomes by criterion");
    }

    @Test
    void givenAnUnknownLanguage_thenItIsAUsageError() throws Exception {
        Path in = laoCai();
        assertThat(xkmt("evaluate", "--rules", "rules", "--lang", "fr", in.toString()).exit()).isEqualTo(2);
    }

    @Test
    void givenAnUnwritableReport_thenExitIsOne() throws Exception {
        Path in = laoCai();
        Path blocker = Files.writeString(tmp.resolve("tep"), "x");
        CommandRun r = xkmt("evaluate", "--rules", "rules", "--xlsx", blocker.resolve("bao-cao.xlsx").toString(), in.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Không ghi được / cannot write");
    }

    private static Row row(Sheet s, String first) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row " + first);
    }

}
