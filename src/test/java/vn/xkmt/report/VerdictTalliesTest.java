package vn.xkmt.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.text.Lang;
import vn.xkmt.report.result.VerdictTallies;
import vn.xkmt.report.result.VerdictTallies.Words;

class VerdictTalliesTest {

    record Row(String ruleSet, Verdict verdict) {}

    private static final Words TRA_VINH = Words.of("tra-vinh", (v, lang) -> v == Verdict.ELIGIBLE
            ? (lang == Lang.EN ? "All targets met" : "Đạt toàn bộ chỉ tiêu") : v.defaultLabel(lang));

    @Test
    void resultsOfRuleSetsThatLabelVerdictsAlikeAreCountedTogether() {
        List<VerdictTallies.Tally<Row>> t = VerdictTallies.of(List.of(new Row("thanh-hoa", Verdict.ELIGIBLE),
                        new Row("lao-cai", Verdict.NOT_ELIGIBLE), new Row("lao-cai", Verdict.ELIGIBLE)), Row::ruleSet,
                Row::verdict, List.of(Words.defaults("lao-cai"), Words.defaults("thanh-hoa")));
        assertThat(t).singleElement().satisfies(one -> {
            assertThat(one.ruleSetId()).isNull();
            assertThat(one.counts()).containsEntry(Verdict.ELIGIBLE, 2).containsEntry(Verdict.NOT_ELIGIBLE, 1)
                    .containsEntry(Verdict.UNDETERMINED, 0);
            assertThat(one.shown()).doesNotContain(Verdict.NOT_IN_FORCE);
        });
    }

    @Test
    void resultsOfARuleSetWithItsOwnWordsAreCountedApartInThoseWords() {
        List<VerdictTallies.Tally<Row>> t = VerdictTallies.of(List.of(new Row("thanh-hoa", Verdict.ELIGIBLE),
                        new Row("tra-vinh", Verdict.ELIGIBLE), new Row("tra-vinh", Verdict.NOT_IN_FORCE)), Row::ruleSet,
                Row::verdict, List.of(Words.defaults("thanh-hoa"), TRA_VINH));
        assertThat(t).extracting(VerdictTallies.Tally::ruleSetId).containsExactly("thanh-hoa", "tra-vinh");
        assertThat(t.get(1).units()).isEqualTo(2);
        assertThat(t.get(1).words().label(Verdict.ELIGIBLE, Lang.EN)).isEqualTo("All targets met");
        assertThat(t.get(1).shown()).contains(Verdict.NOT_IN_FORCE);
        assertThat(t.get(0).words().label(Verdict.ELIGIBLE, Lang.VI)).isEqualTo("Đủ điều kiện công nhận");
    }
}
