package vn.xkmt.security;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.evaluation.Explanations;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.ruleset.RuleSetCatalog;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.PersonBuilder;
import vn.xkmt.testing.RulesCopy;

/** Published rules run under limits: a unit that reaches one is stopped and reported, the others are evaluated. */
class RuleLimitsTest {

    @TempDir
    Path tmp;

    /** TH9 of Thanh Hóa with a rule that loops for ever, or fires for ever, for one commune only. */
    private LoadedRuleSet thanhHoaWith(String rule, String limits) throws IOException {
        Path v = RulesCopy.version("thanh-hoa", "2024.1", tmp.resolve("rules"), false);
        Path th9 = v.resolve("TH9-mo-hinh.drl");
        Files.writeString(th9, Files.readString(th9) + "\n" + rule);
        if (limits != null) {
            Files.writeString(v.resolve("manifest.yaml"), Files.readString(v.resolve("manifest.yaml")) + "\n" + limits);
        }
        RuleSetCatalog catalog = RuleSetCatalog.load(tmp.resolve("rules"));
        assertThat(catalog.problems()).isEmpty();
        return catalog.version("thanh-hoa", "2024.1").orElseThrow();
    }

    private static UnitResult evaluate(LoadedRuleSet rs, String code) {
        return rs.compiled().evaluate(CommuneBuilder.thanhHoa(code).with(PersonBuilder.addict("NN-001"))
                .model("Mô hình", LeadOrg.COMMUNE_POLICE, true).facts());
    }

    @Test
    void givenAnEndlessLoopForOneCommune_thenThatUnitIsStoppedByTheStepLimitAndTheOthersAreEvaluated() throws IOException {
        var rs = thanhHoaWith("""
                rule "TH9 vòng lặp không dừng cho một xã"
                    @criterion("TH9")
                when
                    $c : Commune()
                then
                    if ($c.getCommuneCode().equals("TH-LOOP")) { while (true) { } }
                end
                """, "limits:\n  steps: 100000\n");
        assertThat(rs.compiled().limits().maxSteps()).isEqualTo(100_000);

        UnitResult looping = evaluate(rs, "TH-LOOP");
        UnitResult other = evaluate(rs, "TH-OK");

        assertThat(looping.stoppedBy()).isEqualTo("stopped-steps");
        assertThat(looping.criteria()).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA));
        Explanations ex = new Explanations(rs.definition());
        assertThat(ex.criterion(looping.criterion("TH1"), Lang.VI))
                .isEqualTo("Việc đánh giá bị dừng: luật của bộ tiêu chí chạy quá 100000 bước (có thể là vòng lặp không dừng)"
                        + " — báo cho người soạn bộ tiêu chí");
        assertThat(ex.criterion(looping.criterion("TH1"), Lang.EN)).startsWith("Evaluation stopped: the rule set's rules ran"
                + " more than 100000 steps");
        assertThat(other.stoppedBy()).isNull();
        assertThat(other.criterion("TH1").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void givenARuleThatFiresForEver_thenTheUnitIsStoppedByTheFiringLimit() throws IOException {
        var rs = thanhHoaWith("""
                rule "TH9 chèn số không dừng"
                    @criterion("TH9")
                when
                    $c : Commune()
                then
                    insert(Integer.valueOf(0));
                end

                rule "TH9 mỗi số sinh số tiếp theo"
                    @criterion("TH9")
                when
                    $i : Integer()
                then
                    insert(Integer.valueOf($i.intValue() + 1));
                end
                """, "limits:\n  firings: 500\n");

        assertThat(evaluate(rs, "TH-FIRE").stoppedBy()).isEqualTo("stopped-firings");
    }

    @Test
    void givenAManifestAskingForMoreThanTheCeiling_thenTheRuleSetIsRefusedNamingTheLimit() throws IOException {
        Path v = RulesCopy.version("thanh-hoa", "2024.1", tmp.resolve("rules"), false);
        Files.writeString(v.resolve("manifest.yaml"), Files.readString(v.resolve("manifest.yaml"))
                + "\nlimits:\n  seconds: 100000\n");

        RuleSetCatalog catalog = RuleSetCatalog.load(tmp.resolve("rules"));

        assertThat(catalog.version("thanh-hoa", "2024.1")).isEmpty();
        assertThat(catalog.problems()).extracting(Object::toString).containsExactly(
                "rules/thanh-hoa/2024.1/manifest.yaml: limits.seconds: phải từ 1 đến 120 giây, thấy 100000"
                        + " / limits.seconds must be from 1 to 120, found 100000");
    }

    @Test
    void givenNoLimitsInTheManifest_thenTheDefaultsHold() throws IOException {
        var rs = thanhHoaWith("", null);
        assertThat(rs.compiled().limits().maxTime()).isEqualTo(Duration.ofSeconds(10));
        assertThat(rs.compiled().limits().maxFirings()).isEqualTo(10_000);
    }
}
