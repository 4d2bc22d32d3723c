package vn.xkmt.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.DataContract;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.testing.AnnualReportBuilder;
import vn.xkmt.testing.CommandRun;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.ContractWorkbook;
import vn.xkmt.testing.PersonBuilder;
import vn.xkmt.testing.RulesCopy;

/**
 * Two versions of Thanh Hóa: 2024.1 from 01/11/2024 until 30/06/2025 (fewer than 10), 2025.2 from
 * 01/07/2025 until 31/12/2025 (fewer than 5); and two of Trà Vinh's annual targets: 2023.1 for 2023
 * (cases detected more than 5 % above the year before), 2024.1 for 2024 (more than 15 %).
 */
class VersionByDateTest {

    @TempDir
    static Path root;

    @TempDir
    static Path data;

    static RuleSetCatalog catalog;

    @BeforeAll
    static void twoVersions() throws IOException {
        Path v1 = copy(Path.of("rules/thanh-hoa/2024.1"), root.resolve("thanh-hoa/2024.1"));
        replace(v1.resolve("manifest.yaml"), "  to: 2025-12-31", "  to: 2025-06-30");
        Path v2 = copy(Path.of("rules/thanh-hoa/2024.1"), root.resolve("thanh-hoa/2025.2"));
        replace(v2.resolve("manifest.yaml"), "version: \"2024.1\"", "version: \"2025.2\"");
        replace(v2.resolve("manifest.yaml"), "  from: 2024-11-01", "  from: 2025-07-01");
        replace(v2.resolve("parameters.yaml"), "    2024-11-01: 10", "    2024-11-01: 10\n    2025-07-01: 5");
        copy(Path.of("rules/tra-vinh/2023.1"), root.resolve("tra-vinh/2023.1"));
        Path tv2 = copy(Path.of("rules/tra-vinh/2023.1"), root.resolve("tra-vinh/2024.1"));
        replace(tv2.resolve("manifest.yaml"), "version: \"2023.1\"", "version: \"2024.1\"");
        replace(tv2.resolve("manifest.yaml"), "  from: 2023-01-01\n  to: 2023-12-31", "  from: 2024-01-01\n  to: 2024-12-31");
        replace(tv2.resolve("parameters.yaml"), "so với năm 2022\"\n  values:\n    2023-01-01: 105",
                "so với năm 2022\"\n  values:\n    2023-01-01: 105\n    2024-01-01: 115");
        catalog = RuleSetCatalog.load(root);
        assertThat(catalog.problems()).isEmpty();
    }

    private static Path copy(Path from, Path to) {
        return RulesCopy.copy(from, to, rel -> !rel.contains("/") && !rel.equals("tests"));
    }

    private static void replace(Path file, String a, String b) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(a);
        Files.writeString(file, text.replace(a, b));
    }

    private static RuleSetCatalog.Selection on(String date) {
        return catalog.select("thanh-hoa", LocalDate.parse(date)).orElseThrow();
    }

    @Test
    void givenTheFirstDayOfThePeriod_thenTheFirstVersionIsInForce() {
        assertThat(on("2024-11-01").ruleSet().version()).isEqualTo("2024.1");
        assertThat(on("2024-11-01").inForce()).isTrue();
    }

    @Test
    void givenTheDayBeforeThePeriod_thenNoVersionIsInForceAndTheEarliestIsUsed() {
        assertThat(on("2024-10-31").ruleSet().version()).isEqualTo("2024.1");
        assertThat(on("2024-10-31").inForce()).isFalse();
    }

    @Test
    void givenTheLastDayOfTheFirstVersion_thenItIsStillInForce() {
        assertThat(on("2025-06-30").ruleSet().version()).isEqualTo("2024.1");
        assertThat(on("2025-06-30").inForce()).isTrue();
    }

    @Test
    void givenTheFirstDayOfTheSecondVersion_thenTheSecondIsInForce() {
        assertThat(on("2025-07-01").ruleSet().version()).isEqualTo("2025.2");
        assertThat(on("2025-07-01").inForce()).isTrue();
    }

    @Test
    void givenADateAfterTheLastPeriod_thenTheLatestVersionIsUsedButNotInForce() {
        assertThat(on("2026-01-01").ruleSet().version()).isEqualTo("2025.2");
        assertThat(on("2026-01-01").inForce()).isFalse();
    }

    @Test
    void givenNineAddicts_thenTheVerdictFollowsTheVersionInForceOnTheRequestDate() {
        for (String[] c : new String[][] {{"2025-06-30", "PASS"}, {"2025-07-01", "FAIL"}}) {
            LocalDate r = LocalDate.parse(c[0]);
            CommuneBuilder commune = CommuneBuilder.thanhHoa("TH-01").set("request_date", r);
            for (int i = 1; i <= 9; i++) {
                commune.with(PersonBuilder.addict("NN-" + i));
            }
            var result = on(c[0]).ruleSet().compiled().evaluate(commune.facts());
            assertThat(result.criterion("TH1").outcome()).as(c[0]).isEqualTo(Outcome.valueOf(c[1]));
        }
    }

    @Test
    void givenTwoVersions_thenEachResultRecordsItsVersionAndContentHash() {
        assertThat(catalog.versions("thanh-hoa")).extracting(LoadedRuleSet::version).containsExactly("2024.1", "2025.2");
        assertThat(catalog.versions("thanh-hoa").get(0).definition().contentHash())
                .isNotEqualTo(catalog.versions("thanh-hoa").get(1).definition().contentHash()).hasSize(64);
    }

    // ---- one batch, each row under its own version (Planner through the Evaluator)

    /** Seven addicts in the community: passes under "fewer than 10", fails under "fewer than 5". */
    private static CommuneBuilder sevenAddicts(String code, String requestDate) {
        CommuneBuilder c = CommuneBuilder.thanhHoa(code).set("request_date", LocalDate.parse(requestDate));
        for (int i = 1; i <= 7; i++) {
            c.with(PersonBuilder.addict(code + "-NN-" + i));
        }
        return c;
    }

    /** Communes requesting on the first and last day of each Thanh Hóa version. */
    private static Path communes() {
        ContractWorkbook wb = ContractWorkbook.create();
        sevenAddicts("TH-A", "2024-11-01").addTo(wb);
        sevenAddicts("TH-B", "2025-06-30").addTo(wb);
        sevenAddicts("TH-C", "2025-07-01").addTo(wb);
        sevenAddicts("TH-D", "2025-12-31").addTo(wb);
        return wb.write(data.resolve("thanh-hoa.xlsx"));
    }

    /** Trà Vinh's province rows for 2023 and 2024 (reference dates 31/12/2023 and 31/12/2024), 110 cases against 100. */
    private static Path annualReports() {
        return ContractWorkbook.create()
                .row(DataContract.ANNUAL_REPORTS, AnnualReportBuilder.traVinh().report().values())
                .row(DataContract.ANNUAL_REPORTS, AnnualReportBuilder.traVinh().set("year", 2024).report().values())
                .write(data.resolve("tra-vinh.xlsx"));
    }

    private static RunResult evaluate(RunOptions options, Path... files) {
        return new Evaluator(catalog, new WorkbookReader()::read).run(List.of(files), options, Progress.NONE);
    }

    private static UnitResult result(RunResult run, String key) {
        return run.results().stream().filter(r -> (r.year() == null ? r.unitCode() : r.unitCode() + "/" + r.year()).equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no result for " + key));
    }

    private static String hash(String id, String version) {
        return catalog.version(id, version).orElseThrow().definition().contentHash();
    }

    @Test
    void givenOneBatch_thenEachRowIsEvaluatedUnderTheVersionInForceOnItsReferenceDateAndRecordsItsVersionAndHash() {
        RunResult run = evaluate(RunOptions.DEFAULT, communes(), annualReports());

        assertThat(run.errors()).isEmpty();
        assertThat(run.warnings()).extracting(p -> p.describe()).noneMatch(w -> w.contains("effective period"));
        for (String[] c : new String[][] {{"TH-A", "2024.1", "PASS"}, {"TH-B", "2024.1", "PASS"}, {"TH-C", "2025.2", "FAIL"},
                {"TH-D", "2025.2", "FAIL"}}) {
            UnitResult r = result(run, c[0]);
            assertThat(r.ruleSet().version()).as(c[0]).isEqualTo(c[1]);
            assertThat(r.ruleSet().contentHash()).as(c[0]).isEqualTo(hash("thanh-hoa", c[1]));
            assertThat(r.criterion("TH1").outcome()).as(c[0]).isEqualTo(Outcome.valueOf(c[2]));
        }
        for (String[] c : new String[][] {{"TV/2023", "2023.1", "PASS"}, {"TV/2024", "2024.1", "FAIL"}}) {
            UnitResult r = result(run, c[0]);
            assertThat(r.referenceDate()).as(c[0]).isEqualTo(LocalDate.of(r.year(), 12, 31));
            assertThat(r.ruleSet().version()).as(c[0]).isEqualTo(c[1]);
            assertThat(r.ruleSet().contentHash()).as(c[0]).isEqualTo(hash("tra-vinh", c[1]));
            assertThat(r.criterion("TV1").outcome()).as(c[0]).isEqualTo(Outcome.valueOf(c[2]));
        }
        assertThat(run.ruleSetsUsed()).extracting(d -> d.id() + "@" + d.version())
                .containsExactly("thanh-hoa@2024.1", "thanh-hoa@2025.2", "tra-vinh@2023.1", "tra-vinh@2024.1");
    }

    @Test
    void givenANamedVersion_thenItOverridesTheDateForEveryRowAndTheRowsOutsideItsPeriodAreNotInForce() {
        RunResult run = evaluate(new RunOptions("thanh-hoa", "2024.1", 1), communes());

        assertThat(run.results()).extracting(UnitResult::unitCode).containsExactly("TH-A", "TH-B", "TH-C", "TH-D");
        assertThat(run.results()).allSatisfy(r -> {
            assertThat(r.ruleSet().version()).isEqualTo("2024.1");
            assertThat(r.ruleSet().contentHash()).isEqualTo(hash("thanh-hoa", "2024.1"));
            assertThat(r.criterion("TH1").outcome()).as(r.unitCode()).isEqualTo(Outcome.PASS);
        });
        assertThat(run.warnings()).extracting(p -> p.describe()).filteredOn(w -> w.contains("effective period")).satisfiesExactly(
                w -> assertThat(w).contains("Reference date 01/07/2025 is outside the effective period of rule set thanh-hoa 2024.1"
                        + " (01/11/2024 – 30/06/2025): verdict \"No rule set in force on the reference date\"; the criteria"
                        + " evaluated under this version are for reference only"),
                w -> assertThat(w).contains("Reference date 31/12/2025 is outside the effective period of rule set thanh-hoa 2024.1"));
        assertThat(run.results()).extracting(r -> r.unitCode() + " " + r.referenceDate() + " " + r.verdict())
                .filteredOn(s -> s.contains("2025-07-01") || s.contains("2025-12-31"))
                .hasSize(2).allSatisfy(s -> assertThat(s).endsWith(" NOT_IN_FORCE"));
        assertThat(run.results()).filteredOn(r -> r.ruleSet().inForce(r.referenceDate()))
                .allSatisfy(r -> assertThat(r.verdict()).isNotEqualTo(vn.xkmt.evaluation.Verdict.NOT_IN_FORCE));
    }

    @Test
    void givenANamedVersionOnTheCommandLine_thenEveryResultRecordsIt() throws IOException {
        Path json = data.resolve("named.json");

        CommandRun r = CommandRun.xkmt("evaluate", "--rules", root.toString(), "--ruleset", "thanh-hoa@2025.2",
                "--json", json.toString(), communes().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(json.toFile()).get("results");
        assertThat(results).hasSize(4).allSatisfy(n -> {
            assertThat(n.get("ruleSetVersion").asString()).isEqualTo("2025.2");
            assertThat(n.get("ruleSetHash").asString()).isEqualTo(hash("thanh-hoa", "2025.2"));
        });
    }
}
