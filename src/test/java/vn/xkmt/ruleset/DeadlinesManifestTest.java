package vn.xkmt.ruleset;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.evaluation.Deadline;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.RuleSetException;
import vn.xkmt.testing.RulesCopy;
import vn.xkmt.testing.TestRuleSets;

/** The optional {@code deadlines:} of a manifest: read into the rule set, and refused with clear problems when wrong. */
class DeadlinesManifestTest {

    private static final String TRA_VINH = "rules/tra-vinh/2023.1";
    private static final String MANIFEST = TRA_VINH + "/manifest.yaml";

    @TempDir
    Path tmp;

    @Test
    void traVinhReportDeadlinesAreReadFromItsManifest() {
        List<Deadline> d = TestRuleSets.ruleSet("tra-vinh").definition().deadlines();

        assertThat(d).extracting(Deadline::dayMonth).containsExactly(MonthDay.of(6, 16), MonthDay.of(12, 16));
        assertThat(d).extracting(Deadline::date).containsOnlyNulls();
        assertThat(d).extracting(Deadline::due).containsExactly("16/6", "16/12");
        assertThat(d.get(0).text(Lang.VI)).startsWith("Báo cáo 6 tháng").endsWith("trước ngày 16/6");
        assertThat(d.get(0).text(Lang.EN)).startsWith("Half-year report").endsWith("before 16/6");
        assertThat(d.get(1).text(Lang.VI)).startsWith("Báo cáo năm").endsWith("trước ngày 16/12");
        assertThat(d.get(1).text(Lang.EN)).startsWith("Annual report").endsWith("before 16/12");
        assertThat(d).allSatisfy(x -> assertThat(x.source())
                .contains("Định kỳ 6 tháng (trước ngày 16/6), năm (trước ngày 16/12) báo cáo", "(mục IV.2)"));
    }

    @Test
    void laoCaiPhaseReviewReportsHaveFixedDates() {
        List<Deadline> d = TestRuleSets.ruleSet("lao-cai").definition().deadlines();

        assertThat(d).extracting(Deadline::date).containsExactly(LocalDate.of(2024, 6, 20), LocalDate.of(2024, 12, 20));
        assertThat(d).extracting(Deadline::due).containsExactly("20/6/2024", "20/12/2024");
        assertThat(d.get(0).text(Lang.VI)).contains("sơ kết giai đoạn 1", "trước ngày 20/6/2024");
    }

    @Test
    void aPlanThatSetsNoDeadlineHasNone() {
        assertThat(TestRuleSets.ruleSet("thanh-hoa").definition().deadlines()).isEmpty();
        assertThat(TestRuleSets.ruleSet("hung-yen").definition().deadlines()).isEmpty();
    }

    @Test
    void givenABadDayMonthAndBothKindsOfDate_thenTheManifestIsNamedWithTheEntry() {
        Path copy = copy();
        RulesCopy.replace(copy.resolve("manifest.yaml"), "dayMonth: \"16/6\"", "dayMonth: \"31/2\"\n    date: 2023-06-16");
        RulesCopy.replace(copy.resolve("manifest.yaml"), "dayMonth: \"16/12\"", "dayMonth: tháng 12");

        assertThat(problems(copy)).containsExactlyInAnyOrder(
                new RuleProblem(MANIFEST, 0, 0, "deadlines (hạn thứ 1 / entry 1).dayMonth: \"31/2\" không phải ngày/tháng"
                        + " (16/12) / is not a day/month like 16/12"),
                new RuleProblem(MANIFEST, 0, 0, "deadlines (hạn thứ 1 / entry 1): chỉ ghi một trong dayMonth và date"
                        + " / give dayMonth or date, not both"),
                new RuleProblem(MANIFEST, 0, 0, "deadlines (hạn thứ 2 / entry 2).dayMonth: \"tháng 12\" không phải"
                        + " ngày/tháng (16/12) / is not a day/month like 16/12"));
    }

    @Test
    void givenAMissingSentenceOrSourceOrADateTheSentenceDoesNotName_thenTheLintSaysSo() throws IOException {
        Path copy = copy();
        RulesCopy.replace(copy.resolve("manifest.yaml"), "    en: Half-year report on the plan's progress and results"
                + " to the provincial police before 16/6\n", "");
        RulesCopy.replace(copy.resolve("manifest.yaml"), "dayMonth: \"16/12\"", "dayMonth: \"15/12\"");
        Path manifest = copy.resolve("manifest.yaml");
        String yaml = Files.readString(manifest);
        Files.writeString(manifest, yaml.substring(0, yaml.lastIndexOf("    source: >-")));

        assertThat(problems(copy)).containsExactlyInAnyOrder(
                new RuleProblem(MANIFEST, 0, 0, "deadlines (hạn thứ 1 / entry 1): thiếu câu en (en:) / missing the en"
                        + " sentence"),
                new RuleProblem(MANIFEST, 0, 0, "deadlines (hạn thứ 2 / entry 2).vi: câu không ghi ngày 15/12"
                        + " / the sentence does not name the date 15/12"),
                new RuleProblem(MANIFEST, 0, 0, "deadlines (hạn thứ 2 / entry 2).en: câu không ghi ngày 15/12"
                        + " / the sentence does not name the date 15/12"),
                new RuleProblem(MANIFEST, 0, 0, "deadlines (hạn thứ 2 / entry 2): thiếu trích dẫn văn bản (source)"
                        + " / missing the source passage"));
    }

    @Test
    void givenADateWrittenWithLeadingZeros_thenTheSentenceStillNamesIt() {
        Path copy = copy();
        RulesCopy.replace(copy.resolve("manifest.yaml"), "before 16/6", "before 16/06");
        RuleSetDefinition def = new RuleSetLoader().load(copy, TRA_VINH);
        assertThat(def.deadlines().get(0).text(Lang.EN)).endsWith("before 16/06");
    }

    private Path copy() {
        return RulesCopy.version("tra-vinh", "2023.1", tmp, false);
    }

    private static List<RuleProblem> problems(Path folder) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> new RuleSetLoader().load(folder, TRA_VINH));
        assertThat(e).as("the rule set is refused").isNotNull();
        return e.problems();
    }
}
