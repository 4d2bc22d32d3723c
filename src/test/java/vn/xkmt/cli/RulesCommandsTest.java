package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.PersonBuilder.addict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.testing.CommandRun;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.ContractWorkbook;
import vn.xkmt.testing.RulesCopy;

/** {@code xkmt rules check | test | impact} through the real command line. */
class RulesCommandsTest {

    private static final String TH7 = "rules/thanh-hoa/2024.1/TH7-vu-viec-nghiem-trong.drl";

    @TempDir
    Path tmp;

    private static CommandRun xkmt(String... args) {
        return CommandRun.xkmt(args);
    }

    private static List<String> lines(String out) {
        return Arrays.asList(out.split("\\R"));
    }

    @Test
    void givenTheRepositoryRules_whenChecked_thenEveryRuleSetIsOkAndExitIsZero() {
        CommandRun r = xkmt("rules", "check", "rules");

        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(lines(r.out())).filteredOn(l -> l.startsWith("OK  ")).extracting(l -> l.replaceFirst(", hash \\w{12}$", ""))
                .containsExactly(
                        "OK  hung-yen 2024.1 — 7 tiêu chí/criteria, 7 tệp DRL/files",
                        "OK  hung-yen 2024.2 — 7 tiêu chí/criteria, 7 tệp DRL/files",
                        "OK  lao-cai 2023.1 — 6 tiêu chí/criteria, 6 tệp DRL/files",
                        "OK  thanh-hoa 2024.1 — 9 tiêu chí/criteria, 9 tệp DRL/files",
                        "OK  thanh-hoa 2024.2 — 9 tiêu chí/criteria, 9 tệp DRL/files",
                        "OK  tra-vinh 2023.1 — 8 tiêu chí/criteria, 8 tệp DRL/files");
        assertThat(r.out()).doesNotContain("LỖI/ERROR").endsWith("6 bộ hợp lệ, 0 lỗi / 6 valid, 0 problem(s)\n");
    }

    @Test
    void givenACopyWithABrokenDrl_whenChecked_thenTheErrorIsGivenAsFileLineColumnAndExitIsOne() {
        Path v = RulesCopy.version("thanh-hoa", "2024.1", tmp.resolve("rules"), false);
        // line 14 "    $c : Commune()": the constraint starts at column 18
        RulesCopy.replace(v.resolve("TH7-vu-viec-nghiem-trong.drl"), "$c : Commune()", "$c : Commune(nonexistentField == 1)");

        CommandRun r = xkmt("rules", "check", tmp.resolve("rules").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(lines(r.out())).anySatisfy(l -> assertThat(l)
                .isEqualTo("LỖI/ERROR " + TH7 + ":14:18: Unable to parse left part of expression: nonexistentField == 1"));
        assertThat(r.out()).doesNotContain("[Line:");
        assertThat(r.out()).doesNotContain("OK  thanh-hoa").contains("0 bộ hợp lệ, ").contains("/ 0 valid, ");
    }

    @Test
    void givenACopyUsingSystemInADrl_whenChecked_thenTheSandboxRefusesItWithFileAndLine() {
        Path v = RulesCopy.version("thanh-hoa", "2024.1", tmp.resolve("rules"), false);
        RulesCopy.replace(v.resolve("TH7-vu-viec-nghiem-trong.drl"), "then\n", "then\n    System.exit(0);\n");

        CommandRun r = xkmt("rules", "check", tmp.resolve("rules").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(lines(r.out())).containsExactly(
                "LỖI/ERROR " + TH7 + ":16:12: \"java.lang.System.exit\" không nằm trong danh sách được phép dùng trong luật"
                        + " (phương thức) / \"java.lang.System.exit\" is not on the allowlist of what rules may use (method)",
                "0 bộ hợp lệ, 1 lỗi / 0 valid, 1 problem(s)");
    }

    @Test
    void givenACopyWithAWrongGoldenExpectation_whenTested_thenTheDiffNamesCaseCommuneAndCriterionAndExitIsOne() {
        Path v = RulesCopy.version("thanh-hoa", "2024.1", tmp.resolve("rules"), true);
        // TH-G02 has 10 addicts in the community: TH1 fails; the copy wrongly expects it to pass
        RulesCopy.replace(v.resolve("tests/th-01-so-nguoi-nghien.yaml"),
                "    verdict: NOT_ELIGIBLE\n    criteria: {TH1: FAIL,", "    verdict: NOT_ELIGIBLE\n    criteria: {TH1: PASS,");

        CommandRun r = xkmt("rules", "test", tmp.resolve("rules").toString());

        assertThat(r.exit()).isEqualTo(1);
        List<String> out = lines(r.out());
        assertThat(out.get(0)).startsWith("LỖI/FAIL    thanh-hoa 2024.1 — 9 ca/cases, ");
        int diff = out.indexOf("    th-01-so-nguoi-nghien · TH-G02 · TH1: mong đợi/expected PASS, được/got FAIL");
        assertThat(diff).as(r.out()).isPositive();
        assertThat(out.get(diff + 1)).startsWith("      ").contains("10 người nghiện ngoài cộng đồng, phải dưới 10 người");
        assertThat(out).filteredOn(l -> l.contains("mong đợi/expected")).hasSize(1);
    }

    @Test
    void givenAThresholdChangeInADraft_whenImpactIsRun_thenExactlyTheCommunesThatChangeAreListed() throws IOException {
        Path draft = tmp.resolve("nhap");
        RulesCopy.thanhHoaWithAddictLimit(draft, 5, false);
        ContractWorkbook wb = ContractWorkbook.create();
        withAddicts("TH-01", 5).addTo(wb);                      // 5 addicts: passes under 10, fails under 5
        withAddicts("TH-02", 4).addTo(wb);                      // 4: passes under both
        withAddicts("TH-03", 12).addTo(wb);                     // 12: fails under both
        withAddicts("TH-04", 7).set("hotspots", 1).addTo(wb);   // 7: TH1 changes, the verdict (TH6 fails) does not
        withAddicts("TH-05", 0).addTo(wb);                      // none
        Path in = wb.write(tmp.resolve("thanh-hoa.xlsx"));

        CommandRun r = xkmt("rules", "impact", "--rules", "rules", "--from", "thanh-hoa@2024.1", "--to", "thanh-hoa@2024.1",
                "--to-rules", draft.toString(), in.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> out = lines(r.out());
        assertThat(out.get(0)).isEqualTo("thanh-hoa@2024.1 → thanh-hoa@2024.1: 5 đơn vị / units, 3 thay đổi / change(s)");
        assertThat(out).filteredOn(l -> l.startsWith("  ") && !l.startsWith("      ")).containsExactly(
                "  " + in + "#TH-01 (Xã TH-01) verdict: ELIGIBLE → NOT_ELIGIBLE",
                "  " + in + "#TH-01 (Xã TH-01) TH1: PASS → FAIL",
                "  " + in + "#TH-04 (Xã TH-04) TH1: PASS → FAIL");
        int th1 = out.indexOf("  " + in + "#TH-01 (Xã TH-01) TH1: PASS → FAIL");
        assertThat(out.get(th1 + 1)).startsWith("      trước/before: ").contains("5 người nghiện ngoài cộng đồng, dưới mức 10 người");
        assertThat(out.get(th1 + 2)).startsWith("      sau/after:    ").contains("5 người nghiện ngoài cộng đồng, phải dưới 5 người");
        assertThat(r.out()).doesNotContain("TH-02").doesNotContain("TH-03").doesNotContain("TH-05");
    }

    private static CommuneBuilder withAddicts(String code, int addicts) {
        CommuneBuilder c = CommuneBuilder.thanhHoa(code);
        for (int i = 1; i <= addicts; i++) {
            c.with(addict(code + "-NN-" + i));
        }
        return c;
    }
}
