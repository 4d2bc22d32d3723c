package vn.xkmt.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.DrugAreaClass;
import vn.xkmt.testing.AnnualReportBuilder;
import vn.xkmt.testing.CommuneBuilder;

/**
 * {@link Findings#ratio}: {@code 100 × part OP percent × whole} in whole numbers, empty wholes, and
 * figures decided although one cell is blank; {@link Findings#filled} arguments.
 */
class FindingsRatioTest {

    private final Findings findings = new Findings("bao-cao.xlsx", Set.of());

    private static Parameter pct(int p) {
        return new Parameter("p", p, "%");
    }

    private Finding ratio(AnnualReportBuilder row, String op, int percent, boolean emptyWholePasses) {
        return findings.ratio("T", "c", row.report(), "cases_detected", op, pct(percent), "cases_detected_prev",
                emptyWholePasses);
    }

    private static AnnualReportBuilder figures(Integer part, Integer whole) {
        AnnualReportBuilder b = AnnualReportBuilder.traVinh();
        if (part == null) {
            b.blank("cases_detected");
        } else {
            b.set("cases_detected", part);
        }
        if (whole == null) {
            b.blank("cases_detected_prev");
        } else {
            b.set("cases_detected_prev", whole);
        }
        return b;
    }

    @Test
    void strictlyMore_fiveAndAHalfPercentUpPasses_exactlyFivePercentFails() {
        Finding pass = ratio(figures(106, 100), ">", 105, false);
        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pass.args()).containsEntry("needed", 106).containsEntry("growth", 5).containsEntry("part", 106);
        Finding fail = ratio(figures(105, 100), ">", 105, false);
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.required()).isEqualTo(106);
        assertThat(fail.found()).isEqualTo(105);
        assertThat(fail.shortBy()).isEqualTo(1);
        assertThat(fail.evidence()).hasSize(1);
    }

    @Test
    void atLeast_exactlyFivePercentUpPasses() {
        assertThat(ratio(figures(105, 100), ">=", 105, false).outcome()).isEqualTo(Outcome.PASS);
        Finding fail = ratio(figures(104, 100), ">=", 105, false);
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.shortBy()).isEqualTo(1);
    }

    @Test
    void wholeNumbersNotFloatingPoint_21IsExactly105PercentOf20() {
        // 1.05 * 20 = 21.000000000000004 in double: a floating-point rule would wrongly fail this
        assertThat(ratio(figures(21, 20), ">=", 105, false).outcome()).isEqualTo(Outcome.PASS);
        assertThat(ratio(figures(21, 20), ">", 105, false).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void zeroAndZero_strictlyMoreFails_atLeastPasses() {
        Finding more = ratio(figures(0, 0), ">", 105, false);
        assertThat(more.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(more.required()).isEqualTo(1);
        assertThat(more.shortBy()).isEqualTo(1);
        assertThat(ratio(figures(0, 0), ">=", 105, false).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void largeFiguresDoNotOverflow() {
        Finding f = ratio(figures(Integer.MAX_VALUE, Integer.MAX_VALUE), ">", 105, false);
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.args()).containsEntry("needed", 105L * Integer.MAX_VALUE / 100 + 1);
        assertThat(f.required()).isEqualTo(Integer.MAX_VALUE);
        assertThat(f.shortBy()).isPositive();
        assertThat(ratio(figures(Integer.MAX_VALUE, Integer.MAX_VALUE), "=", 100, false).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void emptyWhole_passesAndSaysSo_evenWithTheOtherFigureBlank() {
        Finding f = ratio(figures(0, 0), ">", 90, true);
        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
        assertThat(f.variant().key()).isEqualTo("empty");
        assertThat(f.required()).isZero();
        Finding blankPart = ratio(figures(null, 0), ">", 90, true);
        assertThat(blankPart.outcome()).isEqualTo(Outcome.PASS);
        assertThat(blankPart.variant().key()).isEqualTo("empty");
        assertThat(blankPart.missing()).isEmpty();
    }

    @Test
    void emptyWholeNotAllowed_isDecidedByTheComparison() {
        assertThat(ratio(figures(0, 0), ">", 90, false).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void equal_shortfallAndExcess() {
        Finding shortfall = ratio(figures(3, 4), "=", 100, true);
        assertThat(shortfall.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(shortfall.variant()).isNull();
        assertThat(shortfall.shortBy()).isEqualTo(1);
        Finding excess = ratio(figures(7, 4), "=", 100, true);
        assertThat(excess.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(excess.variant().key()).isEqualTo("over");
        assertThat(excess.shortBy()).isEqualTo(3);
        assertThat(ratio(figures(4, 4), "=", 100, true).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void atMost_moreThanTheBoundFailsByTheExcess() {
        Finding f = ratio(figures(30, 28), "<=", 100, false);
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.required()).isEqualTo(28);
        assertThat(f.shortBy()).isEqualTo(2);
        assertThat(ratio(figures(28, 28), "<=", 100, false).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void oneBlankFigure_undecidedWhenItMatters() {
        Finding f = ratio(figures(5, null), ">", 105, false);
        assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(f.missing()).extracting(CellRef::a1).containsExactly("BaoCaoNam!F2");
        assertThat(ratio(figures(null, 100), ">=", 105, false).outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(ratio(figures(null, 4), "=", 100, true).outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(ratio(figures(0, null), ">", 90, true).outcome()).as("the whole may be 0").isEqualTo(Outcome.INSUFFICIENT_DATA);
    }

    @Test
    void bothBlank_undecidedNamingBothCells() {
        Finding f = ratio(figures(null, null), "<=", 100, false);
        assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(f.missing()).extracting(CellRef::a1).containsExactly("BaoCaoNam!E2", "BaoCaoNam!F2");
    }

    @Test
    void oneBlankFigure_decidedWhenNoValueCouldChangeTheOutcome() {
        Finding noneDetected = ratio(figures(0, null), ">", 105, false);
        assertThat(noneDetected.outcome()).as("0 is more than 105 % of no count").isEqualTo(Outcome.FAIL);
        assertThat(noneDetected.variant().key()).isEqualTo("blank");
        assertThat(noneDetected.args()).containsEntry("blank", "BaoCaoNam!F2").doesNotContainKey("needed");
        assertThat(noneDetected.missing()).isEmpty();

        Finding noneLeft = ratio(figures(0, null), "<=", 100, false);
        assertThat(noneLeft.outcome()).as("0 is at most any count").isEqualTo(Outcome.PASS);
        assertThat(noneLeft.variant().key()).isEqualTo("blank");

        Finding noneLastYear = ratio(figures(null, 0), ">=", 105, false);
        assertThat(noneLastYear.outcome()).as("any count is at least 105 % of 0").isEqualTo(Outcome.PASS);
        assertThat(noneLastYear.args()).containsEntry("blank", "BaoCaoNam!E2").containsEntry("needed", 0);
    }

    @Test
    void anUnknownComparisonIsRefused() {
        assertThatThrownBy(() -> ratio(figures(1, 1), "<", 100, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filled_givesTheLabelAndTheCode() {
        Commune c = (Commune) CommuneBuilder.hungYen("HY-01").set("drug_area_class", DrugAreaClass.CLASS_II).facts().subject();
        Finding f = findings.filled("T", "c", c, "drug_area_class");
        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
        assertThat(f.args()).containsEntry("value", "Loại II").containsEntry("code", "CLASS_II");
    }
}
