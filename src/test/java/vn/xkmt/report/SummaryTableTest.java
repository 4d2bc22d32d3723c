package vn.xkmt.report;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.xkmt.batch.RunResult;

class SummaryTableTest {

    static RunResult run;

    @BeforeAll
    static void evaluate() {
        run = Fixtures.run(Fixtures.sample());
    }

    static String print(Lang lang) {
        StringWriter s = new StringWriter();
        SummaryTable.print(run, new PrintWriter(s), lang);
        return s.toString();
    }

    @Test
    void oneLinePerUnitWithVerdictAndFailedCriteria() {
        String out = print(Lang.VI);
        assertThat(out.lines().filter(l -> l.startsWith("LC-002"))).singleElement().satisfies(l ->
                assertThat(l).contains("Xã Cốc San", "lao-cai", "Chưa đủ điều kiện công nhận", "LC3"));
        assertThat(out.lines().filter(l -> l.startsWith("LC-003"))).singleElement().satisfies(l ->
                assertThat(l).contains("Chưa đủ dữ liệu để kết luận", "LC1"));
        assertThat(out.lines().filter(l -> l.startsWith("LC-001"))).singleElement().satisfies(l ->
                assertThat(l).contains("Đủ điều kiện công nhận"));
        assertThat(out).contains("TH-001");
    }

    @Test
    void countsByVerdictAndCriterion() {
        String out = print(Lang.VI);
        long eligible = run.results().stream().filter(r -> r.verdict() == vn.xkmt.evaluation.Verdict.ELIGIBLE).count();
        assertThat(out).contains("Kết luận: Đủ điều kiện công nhận " + eligible + " · ");
        assertThat(out).contains("(" + run.results().size() + ")");
        assertThat(out.lines().filter(l -> l.trim().startsWith("LC3"))).singleElement()
                .satisfies(l -> assertThat(l).contains("3 / 1 / 0"));
        assertThat(out.lines().filter(l -> l.trim().startsWith("LC1"))).singleElement()
                .satisfies(l -> assertThat(l).contains("3 / 0 / 1"));
    }

    @Test
    void rolloutAndProblemCounts() {
        String out = print(Lang.VI);
        assertThat(out).contains("  Giai đoạn 1: 1/26 xã biên giới đủ điều kiện (đã đánh giá 1: Đủ điều kiện công nhận 1 · ");
        assertThat(out).contains("  Giai đoạn 2: 0/18 xã đủ điều kiện (đã đánh giá 1: Đủ điều kiện công nhận 0 · "
                + "Chưa đủ điều kiện công nhận 1 · Chưa đủ dữ liệu để kết luận 0)");
        assertThat(out).contains("Chưa xác định giai đoạn: 2 xã");
        // one warning of the data, and one for each of the four communes without person rows though their baseline counted 30
        assertThat(run.warnings()).filteredOn(w -> w.vi().startsWith("Sheet Nguoi không có dòng nào của xã")).hasSize(4);
        assertThat(out).contains("Lỗi: 1 · Cảnh báo: 5");
        assertThat(print(Lang.EN)).contains("Phase 1: 1/26 border communes eligible", "Errors: 1 · Warnings: 5");
    }

    @Test
    void noNames() {
        assertThat(print(Lang.VI)).doesNotContain("Nguyễn");
    }

    /** The sample's units repeated {@code times}, with their unit codes made distinct: a batch larger than a screen. */
    static RunResult repeated(int times) {
        java.util.List<vn.xkmt.evaluation.UnitResult> units = new java.util.ArrayList<>();
        for (int i = 0; i < times; i++) {
            units.addAll(run.results());
        }
        return new RunResult(run.startedAt(), run.finishedAt(), run.xkmtVersion(), run.inputs(), units, run.problems());
    }

    static String print(RunResult r, boolean all) {
        StringWriter s = new StringWriter();
        SummaryTable.print(r, new PrintWriter(s), Lang.VI, all);
        return s.toString();
    }

    @Test
    void aBatchBeyondAScreenListsOnlyTheUnitsThatNeedAttentionCappedWithTheRestCounted() {
        RunResult big = repeated(30);
        long attention = big.results().stream().filter(u -> u.verdict() != vn.xkmt.evaluation.Verdict.ELIGIBLE).count();
        assertThat(attention).isGreaterThan(SummaryTable.SCREEN);
        String out = print(big, false);
        assertThat(out).contains("Đơn vị cần chú ý (chưa đủ điều kiện, chưa đủ dữ liệu, không có bộ tiêu chí hiệu lực): "
                + attention + " / " + big.results().size());
        assertThat(out.lines().filter(l -> l.startsWith("LC-") || l.startsWith("TH-") || l.startsWith("HY-")
                || l.startsWith("TV-"))).hasSize(SummaryTable.SCREEN)
                .noneMatch(l -> l.contains("  Đủ điều kiện công nhận"));
        assertThat(out).contains("… và " + (attention - SummaryTable.SCREEN)
                + " đơn vị cần chú ý khác trong báo cáo; --all để in mọi đơn vị");
        assertThat(out).contains("(" + big.results().size() + ")");
    }

    @Test
    void allPrintsEveryUnitOfALargeBatch() {
        RunResult big = repeated(30);
        String out = print(big, true);
        assertThat(out.lines().filter(l -> l.startsWith("LC-001"))).hasSize(30);
        assertThat(out).doesNotContain("--all");
    }

    @Test
    void aBatchWithinAScreenIsListedWhole() {
        RunResult fits = repeated(SummaryTable.SCREEN / run.results().size());
        assertThat(fits.results().size()).isLessThanOrEqualTo(SummaryTable.SCREEN);
        String out = print(fits, false);
        assertThat(out.lines().filter(l -> l.startsWith("LC-001"))).hasSize(SummaryTable.SCREEN / run.results().size());
        assertThat(out).doesNotContain("cần chú ý", "--all");
    }

    @Test
    void countsAboveAThousandUseTheLanguagesSeparator() {
        assertThat(SummaryTable.number(119_950, Lang.VI)).isEqualTo("119.950");
        assertThat(SummaryTable.number(119_950, Lang.EN)).isEqualTo("119,950");
    }
}
