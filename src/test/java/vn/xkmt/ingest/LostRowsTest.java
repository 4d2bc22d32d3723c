package vn.xkmt.ingest;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.evaluation.CriterionResult;
import vn.xkmt.evaluation.Explanations;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.testing.TestRuleSets;

/**
 * criteria.md, "Lost rows never help": on the three-commune Thanh Hóa workbook where Thiệu Giao
 * fails TH1, every way of losing {@code Nguoi} rows leaves Thiệu Giao short of ELIGIBLE, makes the
 * criteria resting on {@code Nguoi} (TH1 to TH5) undecided wherever they would have passed, names the
 * cause beside them and in the errors, and leaves the other criteria as they were.
 */
class LostRowsTest {

    static final List<String> ON_NGUOI = List.of("TH1", "TH2", "TH3", "TH4", "TH5");
    static final List<String> ELSEWHERE = List.of("TH6", "TH7", "TH8", "TH9");

    @TempDir
    Path tmp;

    static Stream<Arguments> lostForEveryCommune() {
        return Stream.of(
                Arguments.of("damaged zip entry", (Supplier<byte[]>) LostRowsWorkbooks::damagedEntry,
                        "bị hỏng", "damaged"),
                Arguments.of("truncated XML", (Supplier<byte[]>) LostRowsWorkbooks::truncatedXml,
                        "bị hỏng từ dòng 15", "damaged from row 15"),
                Arguments.of("hidden empty duplicate sheet", (Supplier<byte[]>) LostRowsWorkbooks::hiddenEmptyDuplicate,
                        "Hai sheet Người và Nguoi cùng là sheet Nguoi", "Sheets Người and Nguoi are both sheet Nguoi"),
                Arguments.of("no header row", (Supplier<byte[]>) LostRowsWorkbooks::noHeaderRow,
                        "không có dòng tiêu đề", "has no header row"),
                Arguments.of("missing part", (Supplier<byte[]>) LostRowsWorkbooks::missingPart,
                        "Không đọc được nội dung sheet Nguoi", "The content of sheet Nguoi cannot be read"),
                Arguments.of("blank commune cells", (Supplier<byte[]>) LostRowsWorkbooks::blankCommuneCodes,
                        "9 dòng của sheet Nguoi để trống ô Mã xã (dòng 12, 13", "9 row(s) of sheet Nguoi leave the commune code blank"),
                Arguments.of("unreadable commune cells", (Supplier<byte[]>) LostRowsWorkbooks::unreadableCommuneCodes,
                        "10 dòng của sheet Nguoi có ô Mã xã không đọc được", "10 row(s) of sheet Nguoi have a commune code that cannot be read"),
                Arguments.of("cell beyond XFD", (Supplier<byte[]>) LostRowsWorkbooks::cellBeyondXfd,
                        "1 dòng của sheet Nguoi có tham chiếu ô sai thứ tự hoặc vượt quá cột XFD (dòng 12)",
                        "1 row(s) of sheet Nguoi have cell references out of order or beyond column XFD (rows 12)"),
                Arguments.of("cells out of order", (Supplier<byte[]>) LostRowsWorkbooks::cellsOutOfOrder,
                        "tham chiếu ô sai thứ tự hoặc vượt quá cột XFD (dòng 13)", "out of order or beyond column XFD (rows 13)"));
    }

    @Test
    void givenTheCleanWorkbook_thenThieuGiaoFailsTh1AndTheOthersAreEligible() {
        RunResult r = evaluate(LostRowsWorkbooks.clean());

        assertThat(verdicts(r)).containsExactlyInAnyOrderEntriesOf(Map.of("TH-HQU", Verdict.ELIGIBLE,
                "TH-TGI", Verdict.NOT_ELIGIBLE, "TH-DKH", Verdict.ELIGIBLE));
        assertThat(outcome(unit(r, "TH-TGI"), "TH1")).isEqualTo(Outcome.FAIL);
        assertThat(r.errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lostForEveryCommune")
    void givenNguoiRowsLostForAnyCommune_thenNoCommuneLooksBetterAndTheCauseIsNamed(String cause, Supplier<byte[]> workbook,
                                                                                 String vi, String en) {
        RunResult r = evaluate(workbook.get());

        assertThat(r.errors()).as("an error names the cause").isNotEmpty();
        assertThat(verdicts(r)).containsOnlyKeys("TH-HQU", "TH-TGI", "TH-DKH");
        assertThat(unit(r, "TH-TGI").verdict()).isNotEqualTo(Verdict.ELIGIBLE);
        assertThat(outcome(unit(r, "TH-TGI"), "TH1")).isIn(Outcome.FAIL, Outcome.INSUFFICIENT_DATA);
        for (String code : List.of("TH-HQU", "TH-DKH")) {
            UnitResult u = unit(r, code);
            assertThat(u.verdict()).as(code).isEqualTo(Verdict.UNDETERMINED);
            for (String id : ON_NGUOI) {
                CriterionResult c = criterion(u, id);
                assertThat(c.outcome()).as(code + " " + id).isEqualTo(Outcome.INSUFFICIENT_DATA);
                assertThat(explanation(c, Lang.VI)).as(code + " " + id).contains(vi);
                assertThat(explanation(c, Lang.EN)).as(code + " " + id).contains(en);
                assertThat(c.findings().stream().flatMap(f -> f.missing().stream()))
                        .as("cells to fill").isNotEmpty().allMatch(cell -> List.of("Nguoi", "Người").contains(cell.sheet()));
            }
            for (String id : ELSEWHERE) {
                assertThat(outcome(u, id)).as(code + " " + id).isEqualTo(Outcome.PASS);
            }
        }
    }

    @Test
    void givenBlankCommuneCells_thenTheCellsToFillAreTheBlankCommuneCells() {
        UnitResult u = unit(evaluate(LostRowsWorkbooks.blankCommuneCodes()), "TH-HQU");

        assertThat(criterion(u, "TH1").findings().get(0).missing().stream().map(c -> c.a1()).toList())
                .startsWith("Nguoi!A12", "Nguoi!A13").contains("Nguoi!A20");
    }

    @Test
    void givenATwinSheet_thenTheErrorNamesBothAndNeitherIsRead() {
        RunResult r = evaluate(LostRowsWorkbooks.hiddenEmptyDuplicate());

        assertThat(r.errors()).extracting(DataProblem::vi)
                .anyMatch(m -> m.contains("\"Người\" và \"Nguoi\" cùng là sheet Nguoi") && m.contains("không sheet nào"));
        assertThat(r.errors()).extracting(DataProblem::en)
                .anyMatch(m -> m.contains("\"Người\" and \"Nguoi\" are all sheet Nguoi") && m.contains("none of them is read"));
        assertThat(r.inputs().get(0).persons()).isZero();
    }

    @Test
    void givenADamagedEntry_thenTheOtherSheetsAreStillRead() {
        RunResult r = evaluate(LostRowsWorkbooks.damagedEntry());

        assertThat(r.inputs().get(0).communes()).isEqualTo(3);
        assertThat(r.inputs().get(0).villages()).isEqualTo(3);
        assertThat(r.inputs().get(0).models()).isEqualTo(3);
        assertThat(r.errors()).extracting(DataProblem::sheet).containsOnly("Nguoi");
    }

    @Test
    void givenACommuneCodeDifferingOnlyByCase_thenOnlyThatCommuneIsUndecided() {
        RunResult r = evaluate(LostRowsWorkbooks.lookalikeCommuneCodes());

        assertThat(verdicts(r)).containsExactlyInAnyOrderEntriesOf(Map.of("TH-HQU", Verdict.ELIGIBLE,
                "TH-TGI", Verdict.UNDETERMINED, "TH-DKH", Verdict.ELIGIBLE));
        assertThat(explanation(criterion(unit(r, "TH-TGI"), "TH1"), Lang.EN))
                .contains("10 row(s) of sheet Nguoi give a commune code that differs from this commune's only by case");
        assertThat(r.errors()).extracting(DataProblem::en).anyMatch(m -> m.contains("\"th-tgi\"") && m.contains("\"TH-TGI\""));
    }

    @Test
    void givenACommuneWithoutItsOwnCode_thenItsMemberCriteriaAreUndecidedAndTheOthersUnchanged() {
        RunResult r = evaluate(LostRowsWorkbooks.blankCodeInXa());

        UnitResult noCode = r.results().stream().filter(u -> u.unitCode() == null).findFirst().orElseThrow();
        assertThat(noCode.verdict()).isEqualTo(Verdict.UNDETERMINED);
        for (String id : List.of("TH1", "TH2", "TH3", "TH4", "TH5", "TH8", "TH9")) {
            assertThat(outcome(noCode, id)).as(id).isEqualTo(Outcome.INSUFFICIENT_DATA);
        }
        assertThat(explanation(criterion(noCode, "TH8"), Lang.EN)).contains("This commune's code (sheet Xa, row 3) is blank");
        assertThat(unit(r, "TH-HQU").verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(unit(r, "TH-DKH").verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void givenCommuneCodesMergedDownEachBlock_thenTheVerdictsAreThoseOfTheUnmergedWorkbook() {
        RunResult clean = evaluate(LostRowsWorkbooks.clean());
        RunResult merged = evaluate(LostRowsWorkbooks.mergedCommuneCodes());

        assertThat(verdicts(merged)).isEqualTo(verdicts(clean));
        assertThat(outcomes(merged)).isEqualTo(outcomes(clean));
        assertThat(merged.problems()).isEmpty();
        assertThat(merged.inputs().get(0).persons()).isEqualTo(21);
    }

    @Test
    void givenATitleRowAboveTheHeader_thenTheVerdictsAreTheSameWithAWarningNamingTheHeaderRow() {
        RunResult clean = evaluate(LostRowsWorkbooks.clean());

        for (byte[] wb : List.of(LostRowsWorkbooks.titleRow(), LostRowsWorkbooks.blankFirstRow())) {
            RunResult r = evaluate(wb);
            assertThat(outcomes(r)).isEqualTo(outcomes(clean));
            assertThat(r.errors()).isEmpty();
            assertThat(r.warnings()).singleElement().satisfies(w -> {
                assertThat(w.sheet()).isEqualTo("Nguoi");
                assertThat(w.row()).isEqualTo(2);
                assertThat(w.vi()).contains("Dòng tiêu đề của sheet \"Nguoi\" là dòng 2");
                assertThat(w.en()).contains("The header row of sheet \"Nguoi\" is row 2");
            });
        }
    }

    // ---- helpers

    private RunResult evaluate(byte[] workbook) {
        Path file = LostRowsWorkbooks.write(workbook, tmp.resolve("thanh-hoa-" + System.nanoTime() + ".xlsx"));
        return new Evaluator(TestRuleSets.catalog(), new WorkbookReader()::read)
                .run(List.of(file), RunOptions.DEFAULT, Progress.NONE);
    }

    private static Map<String, Verdict> verdicts(RunResult r) {
        return r.results().stream().collect(Collectors.toMap(u -> String.valueOf(u.unitCode()), UnitResult::verdict));
    }

    private static Map<String, List<Outcome>> outcomes(RunResult r) {
        return r.results().stream().collect(Collectors.toMap(u -> String.valueOf(u.unitCode()),
                u -> u.criteria().stream().map(CriterionResult::outcome).toList()));
    }

    private static UnitResult unit(RunResult r, String code) {
        return r.results().stream().filter(u -> code.equals(u.unitCode())).findFirst().orElseThrow();
    }

    private static CriterionResult criterion(UnitResult u, String id) {
        return u.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Outcome outcome(UnitResult u, String id) {
        return criterion(u, id).outcome();
    }

    private static String explanation(CriterionResult c, Lang lang) {
        return TestRuleSets.explanations("thanh-hoa").criterion(c, lang);
    }
}
