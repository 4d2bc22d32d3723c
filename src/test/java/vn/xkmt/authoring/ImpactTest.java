package vn.xkmt.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.PersonBuilder.addict;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.batch.RunResult;
import vn.xkmt.evaluation.CompiledRuleSet;
import vn.xkmt.ruleset.RuleSetCatalog;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.RulesCopy;

/** Thanh Hóa 2024.1 as it is (fewer than 10 addicts in the community) against a copy asking fewer than 5. */
class ImpactTest {

    @TempDir
    static Path tmp;

    static CompiledRuleSet tenAddicts;
    static CompiledRuleSet fiveAddicts;

    @BeforeAll
    static void bothVersions() {
        RulesCopy.thanhHoaWithAddictLimit(tmp.resolve("new"), 5, false);
        RulesCopy.version("thanh-hoa", "2024.1", tmp.resolve("old"), false);
        tenAddicts = only(RuleSetCatalog.load(tmp.resolve("old")));
        fiveAddicts = only(RuleSetCatalog.load(tmp.resolve("new")));
    }

    private static CompiledRuleSet only(RuleSetCatalog catalog) {
        assertThat(catalog.problems()).isEmpty();
        return catalog.version("thanh-hoa", "2024.1").orElseThrow().compiled();
    }

    private static CommuneBuilder withAddicts(String code, int addicts) {
        CommuneBuilder c = CommuneBuilder.thanhHoa(code);
        for (int i = 1; i <= addicts; i++) {
            c.with(addict(code + "-NN-" + i));
        }
        return c;
    }

    private static RunResult run(CompiledRuleSet rules, CommuneBuilder... communes) {
        var results = java.util.Arrays.stream(communes).map(c -> rules.evaluate(c.facts())).toList();
        return new RunResult(Instant.EPOCH, Instant.EPOCH, "test", List.of(), results, List.of());
    }

    @Test
    void givenFourCommunesWhereOnlyOneCrossesTheNewThreshold_thenOnlyThatOneIsListedWithBothExplanations() {
        CommuneBuilder[] communes = {withAddicts("TH-01", 5), withAddicts("TH-02", 4), withAddicts("TH-03", 12),
                withAddicts("TH-04", 0)};

        List<Impact.Change> changes = Impact.compare(run(tenAddicts, communes), run(fiveAddicts, communes));

        assertThat(changes).extracting(Impact.Change::unit).containsOnly("xa-mau.xlsx#TH-01");
        assertThat(changes).extracting(Impact.Change::what, Impact.Change::before, Impact.Change::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("verdict", "ELIGIBLE", "NOT_ELIGIBLE"),
                        org.assertj.core.groups.Tuple.tuple("TH1", "PASS", "FAIL"));
        Impact.Change th1 = changes.get(1);
        assertThat(th1.unitName()).isEqualTo("Xã TH-01");
        assertThat(th1.explanationBefore()).contains("5 người nghiện ngoài cộng đồng, dưới mức 10 người");
        assertThat(th1.explanationAfter())
                .contains("5 người nghiện ngoài cộng đồng, phải dưới 5 người: TH-01-NN-1, TH-01-NN-2, TH-01-NN-3");
    }

    @Test
    void givenTheSameVersionOnBothSides_thenNothingIsListed() {
        CommuneBuilder[] communes = {withAddicts("TH-01", 5), withAddicts("TH-03", 12)};

        assertThat(Impact.compare(run(tenAddicts, communes), run(tenAddicts, communes))).isEmpty();
    }

    @Test
    void givenAUnitEvaluatedBeforeAndNotAfter_thenItIsListedAsNoLongerEvaluated() {
        CommuneBuilder kept = withAddicts("TH-01", 2);
        CommuneBuilder dropped = withAddicts("TH-02", 2);

        List<Impact.Change> changes = Impact.compare(run(tenAddicts, kept, dropped), run(tenAddicts, kept));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.unit()).isEqualTo("xa-mau.xlsx#TH-02");
            assertThat(c.what()).isEqualTo("verdict");
            assertThat(c.before()).isEqualTo("ELIGIBLE");
            assertThat(c.after()).isEqualTo("—");
            assertThat(c.explanationAfter()).isEqualTo(Impact.NOT_AFTER)
                    .isEqualTo("không còn được đánh giá theo phiên bản mới / no longer evaluated under the new version");
        });
    }

    @Test
    void givenAUnitEvaluatedOnlyAfter_thenItIsListedAsNotEvaluatedBefore() {
        CommuneBuilder kept = withAddicts("TH-01", 2);
        CommuneBuilder added = withAddicts("TH-02", 12);

        List<Impact.Change> changes = Impact.compare(run(tenAddicts, kept), run(tenAddicts, kept, added));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.unit()).isEqualTo("xa-mau.xlsx#TH-02");
            assertThat(c.before()).isEqualTo("—");
            assertThat(c.after()).isEqualTo("NOT_ELIGIBLE");
            assertThat(c.explanationBefore()).isEqualTo(Impact.NOT_BEFORE);
        });
    }
}
