package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Person;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.testing.CommandRun;
import vn.xkmt.testing.SheetTexts;

/**
 * The README's main command end to end: {@code xkmt evaluate} over the four sample workbooks of
 * {@code samples/} (four rule sets, communes and annual rows), with every output read back — the JSON
 * against each sample's {@code .expected.yaml}, the report workbook with POI, the HTML, the console.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluateSamplesTest {

    static final List<Path> SAMPLES = List.of(Path.of("samples/hung-yen-khoai-chau.xlsx"),
            Path.of("samples/lao-cai-bien-gioi.xlsx"), Path.of("samples/thanh-hoa.xlsx"), Path.of("samples/tra-vinh-2023.xlsx"));

    CommandRun run;
    JsonNode doc;
    Path xlsx;
    String html;

    @BeforeAll
    void evaluateTheSamples(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("ket-qua.json");
        xlsx = tmp.resolve("bao-cao.xlsx");
        Path htmlFile = tmp.resolve("bao-cao.html");
        List<String> args = new ArrayList<>(List.of("evaluate", "--rules", "rules", "--json", json.toString(),
                "--xlsx", xlsx.toString(), "--html", htmlFile.toString()));
        SAMPLES.forEach(s -> args.add(s.toString()));
        run = CommandRun.xkmt(args.toArray(String[]::new));
        doc = JsonMapper.builder().build().readTree(json.toFile());
        html = Files.readString(htmlFile, StandardCharsets.UTF_8);
    }

    @Test
    void givenTheSamples_thenTheRunExitsZeroWithOneResultPerExpectedUnit() {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(doc.get("summary").get("units").asInt()).isEqualTo(35).isEqualTo(doc.get("results").size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenEachSample_thenTheJsonHasItsExpectedVerdictsAndOutcomes() throws Exception {
        Map<String, JsonNode> byUnit = new LinkedHashMap<>();
        for (JsonNode r : doc.get("results")) {
            byUnit.put(r.get("unitCode").asString() + (r.hasNonNull("year") ? "/" + r.get("year").asInt() : ""), r);
        }
        int expected = 0;
        for (Path sample : SAMPLES) {
            Path yaml = Path.of(sample.toString().replace(".xlsx", ".expected.yaml"));
            Map<String, Map<String, Object>> want = new YAMLMapper().readValue(yaml.toFile(), LinkedHashMap.class);
            for (var e : want.entrySet()) {
                expected++;
                JsonNode got = byUnit.get(e.getKey());
                assertThat(got).as("%s in %s", e.getKey(), sample).isNotNull();
                assertThat(got.get("verdict").asString()).as(e.getKey()).isEqualTo(e.getValue().get("verdict"));
                Map<String, Object> outcomes = new LinkedHashMap<>();
                got.get("criteria").forEach(c -> outcomes.put(c.get("id").asString(), c.get("outcome").asString()));
                assertThat(outcomes).as(e.getKey()).isEqualTo(e.getValue().get("criteria"));
            }
        }
        assertThat(byUnit).hasSize(expected);
    }

    @Test
    void givenTheReportWorkbook_thenItsCoverNamesEveryInputByItsSha256AndEveryRuleSetByItsHash() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> cover = SheetTexts.of(wb.getSheet("Thông tin"));
            for (Path sample : SAMPLES) {
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(sample)));
                assertThat(cover).as(sample.toString()).contains(sha);
            }
            assertThat(doc.get("run").get("ruleSets")).hasSize(4);
            for (JsonNode rs : doc.get("run").get("ruleSets")) {
                assertThat(cover).contains(rs.get("id").asString(), rs.get("version").asString(),
                        rs.get("contentHash").asString());
            }
        }
    }

    @Test
    void givenTheReportWorkbook_thenTongHopHasOneRowPerUnitWithEachCriterionCell() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Tổng hợp");
            assertThat(summary.getLastRowNum()).isEqualTo(35);
            assertThat(cell(summary, "TH-TGI", "TH1")).isEqualTo("Không đạt");
            assertThat(cell(summary, "TH-TGI", "TH2")).isEqualTo("Đạt");
            assertThat(cell(summary, "LC-BPH", "LC2")).isEqualTo("Chưa đủ dữ liệu");
            assertThat(cell(summary, "HY-DTA", "HY3")).isEqualTo("Không đạt");
            assertThat(SheetTexts.of(wb.getSheet("Lỗi dữ liệu"))).anyMatch(t -> t.contains("L82"));
        }
    }

    @Test
    void givenTheHtmlAndConsole_thenEveryVerdictAndBothRollOutLinesAreShown() {
        for (JsonNode r : doc.get("results")) {
            assertThat(html).contains(r.get("unitCode").asString(), r.get("verdictLabel").get("vi").asString());
        }
        assertThat(html).contains("3/5 xã thí điểm đạt toàn bộ chỉ tiêu", "Giai đoạn 1: 2/26 xã biên giới đủ điều kiện");
        assertThat(run.out()).contains("3/5 xã thí điểm đạt toàn bộ chỉ tiêu", "Giai đoạn 1: 2/26 xã biên giới đủ điều kiện");
        assertThat(html).doesNotContain("http://", "https://");
    }

    @Test
    void givenSamplesHoldingFullNames_thenNoOutputPrintsAnyOfThem() throws Exception {
        List<String> names = new ArrayList<>();
        for (Path sample : SAMPLES) {
            Dataset ds = new WorkbookReader().read(sample);
            ds.persons().stream().map(Person::fullName).filter(n -> n != null && !n.isBlank()).forEach(names::add);
        }
        assertThat(names).hasSizeGreaterThan(50);
        String json = doc.toString();
        List<String> workbookTexts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.forEach(s -> workbookTexts.addAll(SheetTexts.of(s)));
        }
        for (String name : names) {
            assertThat(Stream.of(json, html, run.out(), run.err())).as(name).noneMatch(t -> t.contains(name));
            assertThat(workbookTexts).as(name).noneMatch(t -> t.contains(name));
        }
    }

    private static String cell(Sheet s, String unit, String header) {
        Row head = s.getRow(0);
        int col = -1;
        for (Cell c : head) {
            if (header.equals(c.getStringCellValue())) {
                col = c.getColumnIndex();
            }
        }
        assertThat(col).as("column %s", header).isNotNegative();
        for (Row r : s) {
            if (r.getRowNum() > 0 && unit.equals(r.getCell(0).getStringCellValue())) {
                return r.getCell(col).getStringCellValue();
            }
        }
        throw new AssertionError("no row " + unit);
    }

}
