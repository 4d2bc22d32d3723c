package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.PersonBuilder.addict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.testing.CommandRun;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.ContractWorkbook;

class EvaluateCommandTest {

    @TempDir
    Path tmp;

    static CommandRun xkmt(String... args) {
        return CommandRun.xkmt(args);
    }

    private Path workbook(String name, CommuneBuilder... communes) {
        ContractWorkbook wb = ContractWorkbook.create();
        for (CommuneBuilder c : communes) {
            c.addTo(wb);
        }
        return wb.write(tmp.resolve(name));
    }

    @Test
    void givenAnEligibleAndAFailingCommune_thenJsonHoldsBothVerdictsAndExitIsZero() throws Exception {
        Path in = workbook("thanh-hoa.xlsx",
                CommuneBuilder.thanhHoa("TH-01").with(addict("NN-001")),
                CommuneBuilder.thanhHoa("TH-02").with(addict("NN-007").noProfile()).set("hotspots", 2));
        Path json = tmp.resolve("out/ket-qua.json");

        CommandRun r = xkmt("evaluate", "--rules", "rules", "--json", json.toString(), in.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("TH-01").contains("Đủ điều kiện công nhận").contains("TH-02")
                .contains("Chưa đủ điều kiện công nhận");
        assertThat(r.out()).doesNotContain("Nguyễn Văn");
        JsonNode doc = JsonMapper.builder().build().readTree(json.toFile());
        JsonNode results = doc.get("results");
        assertThat(results).hasSize(2);
        JsonNode second = results.get(1);
        assertThat(second.get("unitCode").asString()).isEqualTo("TH-02");
        assertThat(second.get("ruleSet").asString()).isEqualTo("thanh-hoa");
        assertThat(second.get("ruleSetVersion").asString()).isEqualTo("2024.2");
        assertThat(second.get("verdict").asString()).isEqualTo("NOT_ELIGIBLE");
        JsonNode th1 = second.get("criteria").get(0);
        assertThat(th1.get("id").asString()).isEqualTo("TH1");
        assertThat(th1.get("outcome").asString()).isEqualTo("FAIL");
        assertThat(th1.get("explanation").get("vi").asString()).contains("1/1 người nghiện chưa có hồ sơ quản lý: NN-007");
        assertThat(th1.get("explanation").get("en").asString()).contains("1 of 1 addicts have no management profile: NN-007");
        assertThat(th1.get("remedy").get("vi").asString()).contains("NN-007");
        JsonNode th6 = second.get("criteria").get(5);
        assertThat(th6.get("explanation").get("vi").asString()).isEqualTo("Còn 2 điểm, tụ điểm phức tạp về ma túy (Xa!M3)");
        assertThat(doc.get("errors")).isEmpty();
        assertThat(doc.get("run").get("inputs").get(0).get("sha256").asString()).hasSize(64);
        assertThat(Files.readString(json)).doesNotContain("Nguyễn Văn");
    }

    @Test
    void givenAProvinceWithNoRuleSet_thenItIsAnErrorNamingTheCellAndOthersAreStillEvaluated() throws Exception {
        Path in = workbook("hon-hop.xlsx",
                CommuneBuilder.laoCai("LC-01"),
                CommuneBuilder.thanhHoa("XX-01").set("province", "Tỉnh Atlantis"));
        Path json = tmp.resolve("r.json");

        CommandRun r = xkmt("evaluate", "--rules", "rules", "--json", json.toString(), in.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Tỉnh \"Tỉnh Atlantis\" chưa có bộ tiêu chí").contains("lao-cai").contains("thanh-hoa");
        JsonNode doc = JsonMapper.builder().build().readTree(json.toFile());
        assertThat(doc.get("results")).hasSize(1);
        assertThat(doc.get("results").get(0).get("ruleSet").asString()).isEqualTo("lao-cai");
        JsonNode error = doc.get("errors").get(0);
        assertThat(error.get("sheet").asString()).isEqualTo("Xa");
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("column").asString()).isEqualTo("Tỉnh");
        assertThat(error.get("message").get("en").asString()).contains("No rule set for province \"Tỉnh Atlantis\"");
    }

    @Test
    void givenProvinceSpellings_thenTheRuleSetIsChosenAfterNormalisation() throws Exception {
        Path in = workbook("ten-tinh.xlsx",
                CommuneBuilder.laoCai("A").set("province", "lao cai"),
                CommuneBuilder.laoCai("B").set("province", "Tỉnh Lào Cai"),
                CommuneBuilder.thanhHoa("C").set("province", "THANH HÓA"));
        Path json = tmp.resolve("r.json");
        assertThat(xkmt("evaluate", "--rules", "rules", "--json", json.toString(), in.toString()).exit()).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(json.toFile()).get("results");
        assertThat(List.of(results.get(0).get("ruleSet").asString(), results.get(1).get("ruleSet").asString(),
                results.get(2).get("ruleSet").asString())).containsExactly("lao-cai", "lao-cai", "thanh-hoa");
    }

    @Test
    void givenARequestDateOutsideTheEffectivePeriod_thenAWarningIsGivenTheVerdictIsNotInForceAndExitIsZero() throws Exception {
        Path in = workbook("som.xlsx", CommuneBuilder.thanhHoa("TH-09").set("request_date", java.time.LocalDate.of(2024, 6, 1)));
        Path json = tmp.resolve("r.json");
        CommandRun r = xkmt("evaluate", "--rules", "rules", "--json", json.toString(), in.toString());
        assertThat(r.exit()).isZero();
        JsonNode w = JsonMapper.builder().build().readTree(json.toFile()).get("warnings").get(0);
        assertThat(w.get("message").get("vi").asString()).contains("ngoài thời gian hiệu lực của bộ tiêu chí thanh-hoa 2024.1");
        JsonNode result = JsonMapper.builder().build().readTree(json.toFile()).get("results").get(0);
        assertThat(result.get("verdict").asString()).isEqualTo("NOT_IN_FORCE");
    }

    @Test
    void givenATestAfterTheRequestDate_thenAWarningNamesTheCell() throws Exception {
        Path in = workbook("sau.xlsx", CommuneBuilder.thanhHoa("TH-03").with(addict("NN-003").testedDaysAfter(3)));
        Path json = tmp.resolve("r.json");
        xkmt("evaluate", "--rules", "rules", "--json", json.toString(), in.toString());
        JsonNode doc = JsonMapper.builder().build().readTree(json.toFile());
        JsonNode w = doc.get("warnings").get(0);
        assertThat(w.get("cell").asString()).isEqualTo("L2");
        assertThat(w.get("message").get("vi").asString()).contains("NN-003").contains("sau ngày đề nghị công nhận 15/03/2025");
        assertThat(doc.get("results").get(0).get("verdict").asString()).isEqualTo("UNDETERMINED");
        assertThat(doc.get("results").get(0).get("cellsToFill").get(0).asString()).contains("Nguoi!L2");
    }

    @Test
    void givenForcedRuleSet_thenEveryRowUsesIt() throws Exception {
        Path in = workbook("ep.xlsx", CommuneBuilder.thanhHoa("TH-01"));
        Path json = tmp.resolve("r.json");
        assertThat(xkmt("evaluate", "--rules", "rules", "--ruleset", "lao-cai", "--json", json.toString(), in.toString()).exit()).isZero();
        assertThat(JsonMapper.builder().build().readTree(json.toFile()).get("results").get(0).get("ruleSet").asString())
                .isEqualTo("lao-cai");
    }

    @Test
    void givenUsageErrors_thenExitIsTwo() {
        assertThat(xkmt("evaluate").exit()).isEqualTo(2);
        CommandRun unknown = xkmt("evaluate", "--rules", "rules", "--ruleset", "ha-noi", "x.xlsx");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Không có bộ tiêu chí \"ha-noi\"");
        assertThat(xkmt("evaluate", "--no-such-option", "x.xlsx").exit()).isEqualTo(2);
    }

    @Test
    void givenAMissingInputAndAGoodOne_thenTheGoodOneIsEvaluatedAndExitIsOne() throws Exception {
        Path in = workbook("ok.xlsx", CommuneBuilder.laoCai("LC-01"));
        Path json = tmp.resolve("r.json");
        CommandRun r = xkmt("evaluate", "--rules", "rules", "--json", json.toString(), in.toString(), tmp.resolve("khong-co.xlsx").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(JsonMapper.builder().build().readTree(json.toFile()).get("results")).hasSize(1);
    }
}
