package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.PersonBuilder.addict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.testing.CommandRun;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.ContractWorkbook;

/**
 * Where a plan's scope and a commune's roll tell the team something the verdict does not: Hưng Yên's
 * roll-out counts its five pilot communes (manifest data) against the plan's five and every other
 * commune apart; a commune whose {@code Nguoi} rows are missing though its registration baseline
 * counted people is warned on its {@code Xa} row.
 */
class PlanScopeWarningsTest {

    @TempDir
    Path tmp;

    record Run(CommandRun cli, JsonNode json) {}

    Run evaluate(CommuneBuilder... communes) {
        ContractWorkbook wb = ContractWorkbook.create();
        for (CommuneBuilder c : communes) {
            c.addTo(wb);
        }
        Path in = wb.write(tmp.resolve("xa.xlsx"));
        Path json = tmp.resolve("r.json");
        CommandRun r = CommandRun.xkmt("evaluate", "--rules", "rules", "--json", json.toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return new Run(r, JsonMapper.builder().build().readTree(json.toFile()));
    }

    static List<JsonNode> warnings(Run run, String startingWith) {
        List<JsonNode> out = new ArrayList<>();
        run.json().get("warnings").forEach(w -> {
            if (w.get("message").get("vi").asString().startsWith(startingWith)) {
                out.add(w);
            }
        });
        return out;
    }

    @Test
    void givenThePilotCommunesAndAnother_thenTheRolloutCountsThePilotsAgainstFiveAndTheOtherApart() {
        String out = CommandRun.xkmt("evaluate", "--rules", "rules", "samples/hung-yen-khoai-chau.xlsx").out();

        assertThat(out).contains("  Thí điểm: 3/5 xã thí điểm đạt toàn bộ chỉ tiêu (đã đánh giá 5: Đạt toàn bộ chỉ tiêu 3"
                + " · Chưa đạt chỉ tiêu 2 · Chưa đủ dữ liệu 0)\n", "  Không phải xã thí điểm: 1 xã\n");
        String en = CommandRun.xkmt("evaluate", "--rules", "rules", "--lang", "en", "samples/hung-yen-khoai-chau.xlsx").out();
        assertThat(en).contains("  Pilot: 3/5 pilot communes met every target (5 evaluated:", "  Not a pilot commune: 1 communes");
    }

    @Test
    void givenAPilotNameWrittenWithItsPrefixAndWithoutDiacritics_thenItStillCountsAsAPilot() {
        Run run = evaluate(CommuneBuilder.hungYen("HY-1").set("commune_name", "Xã Binh Kieu").with(addict("NN-1")),
                CommuneBuilder.hungYen("HY-2").set("commune_name", "Tân Dân").with(addict("NN-2")));

        assertThat(run.cli().out()).contains("  Thí điểm: 1/5 xã thí điểm đạt toàn bộ chỉ tiêu (đã đánh giá 1:",
                "  Không phải xã thí điểm: 1 xã\n");
    }

    @Test
    void givenNoPersonRowsThoughTheBaselineCountedSome_thenTheXaRowIsWarned() {
        Run run = evaluate(CommuneBuilder.thanhHoa("TH-01").set("baseline_addicts", 2).set("baseline_users", 1),
                CommuneBuilder.thanhHoa("TH-02").with(addict("NN-001")));

        assertThat(warnings(run, "Sheet Nguoi không có dòng nào")).singleElement().satisfies(w -> {
            assertThat(w.get("sheet").asString()).isEqualTo("Xa");
            assertThat(w.get("row").asInt()).isEqualTo(2);
            assertThat(w.get("message").get("vi").asString()).isEqualTo("Sheet Nguoi không có dòng nào của xã TH-01, dù khi"
                    + " đăng ký đã rà soát được 3 người nghiện, người sử dụng: các tiêu chí về người được xét như xã không"
                    + " có ai; kiểm tra lại danh sách người");
            assertThat(w.get("message").get("en").asString()).isEqualTo("No person rows for commune TH-01 on sheet Nguoi,"
                    + " though 3 addicts and users were counted at registration: the person criteria are decided as for a"
                    + " commune with nobody; check the roll");
        });
    }

    @Test
    void givenNoPersonRowsAndABaselineOfZero_thenNoWarning() {
        Run run = evaluate(CommuneBuilder.thanhHoa("TH-01").set("baseline_addicts", 0).set("baseline_users", 0));

        assertThat(warnings(run, "Sheet Nguoi không có dòng nào")).isEmpty();
    }

    @Test
    void givenNoNguoiSheetAtAll_thenTheCriteriaAreUndecidedAndThereIsNoEmptyRollWarning() {
        Run run = evaluate(CommuneBuilder.thanhHoa("TH-01").withoutSheet("Nguoi"));

        assertThat(warnings(run, "Sheet Nguoi không có dòng nào")).isEmpty();
        assertThat(run.json().get("results").get(0).get("verdict").asString()).isEqualTo("UNDETERMINED");
    }

    @Test
    void givenAHungYenCommuneWithABlankDistrict_thenAWarningSaysTheScopeCouldNotBeChecked() {
        Run run = evaluate(CommuneBuilder.hungYen("HY-1").blank("district").with(addict("NN-1")));

        assertThat(warnings(run, "Ô Huyện để trống")).singleElement().satisfies(w -> {
            assertThat(w.get("cell").asString()).isEqualTo("D2");
            assertThat(w.get("message").get("en").asString()).startsWith("District blank: whether the commune is within");
        });
    }
}
