package vn.xkmt.web.evaluation;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.web.evaluation.VerdictLabels.Counted;

/** Stored results counted in their manifests' verdict labels, per rule set when the labels differ. */
class VerdictLabelsTest {

    static VerdictLabels labels;

    @BeforeAll
    static void load() {
        labels = new VerdictLabels(new RuleSetRegistry(Path.of("rules"), p -> {
            throw new UnsupportedOperationException();
        }));
    }

    static Counted tv(String verdict) {
        return new Counted("tra-vinh", "2023.1", verdict, true);
    }

    static Counted lc(String verdict) {
        return new Counted("lao-cai", "2023.1", verdict, false);
    }

    static String line(VerdictTally t) {
        return t.counts().stream().map(c -> c.label() + " " + c.count()).reduce((a, b) -> a + " · " + b).orElseThrow();
    }

    @Test
    void resultsOfRuleSetsLabelledDifferentlyAreCountedPerRuleSet() {
        List<VerdictTally> t = labels.tallies(List.of(tv("ELIGIBLE"), lc("NOT_ELIGIBLE"), tv("NOT_ELIGIBLE"),
                tv("UNDETERMINED"), lc("ELIGIBLE")), Lang.VI);
        assertThat(t).extracting(VerdictTally::ruleSetId, VerdictTally::units, VerdictTally::noun)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lao-cai", 2, "communes"),
                        org.assertj.core.groups.Tuple.tuple("tra-vinh", 3, "units"));
        assertThat(line(t.get(0))).isEqualTo("Đủ điều kiện công nhận 1 · Chưa đủ điều kiện công nhận 1 · "
                + "Chưa đủ dữ liệu để kết luận 0");
        assertThat(line(t.get(1))).isEqualTo("Đạt toàn bộ chỉ tiêu 1 · Chưa đạt chỉ tiêu 1 · Chưa đủ dữ liệu 1");
    }

    @Test
    void resultsOfRuleSetsLabelledAlikeAreCountedTogether() {
        List<VerdictTally> t = labels.tallies(List.of(tv("ELIGIBLE"), new Counted("hung-yen", "2024.1", "ELIGIBLE", false)),
                Lang.EN);
        assertThat(t).singleElement().satisfies(one -> {
            assertThat(one.ruleSetId()).isNull();
            assertThat(one.noun()).isEqualTo("units");
            assertThat(line(one)).isEqualTo("All targets met 2 · Targets not met 0 · Insufficient data 0");
        });
        assertThat(labels.tallies(List.of(lc("ELIGIBLE"), new Counted("thanh-hoa", "2024.1", "UNDETERMINED", false)), Lang.VI))
                .singleElement().satisfies(one -> assertThat(one.noun()).isEqualTo("communes"));
    }

    @Test
    void aVersionNoLongerLoadedIsLabelledAsTheRuleSetsLatestAndAnUnknownRuleSetByDefault() {
        assertThat(labels.of("tra-vinh", "2019.9", "NOT_ELIGIBLE", Lang.VI)).isEqualTo("Chưa đạt chỉ tiêu");
        assertThat(labels.of("atlantis", "1", "NOT_ELIGIBLE", Lang.EN)).isEqualTo("Not eligible");
        assertThat(labels.ofAll(List.of("tra-vinh@2023.1#ab", "hung-yen@2024.1#cd"), "ELIGIBLE", Lang.VI))
                .isEqualTo("Đạt toàn bộ chỉ tiêu");
        assertThat(labels.ofAll(List.of("lao-cai@2023.1#ab", "tra-vinh@2023.1#cd"), "ELIGIBLE", Lang.VI))
                .isEqualTo("Đủ điều kiện công nhận / Đạt toàn bộ chỉ tiêu");
    }
}
