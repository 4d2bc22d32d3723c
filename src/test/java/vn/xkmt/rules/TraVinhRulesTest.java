package vn.xkmt.rules;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.evaluation.Outcome.FAIL;
import static vn.xkmt.evaluation.Outcome.INSUFFICIENT_DATA;
import static vn.xkmt.evaluation.Outcome.PASS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.AnnualReport;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.evaluation.Subject;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.testing.AnnualReportBuilder;
import vn.xkmt.testing.TestRuleSets;

/** Trà Vinh 2023 annual targets TV1–TV8 on sheet BaoCaoNam (criteria.md, "Trà Vinh"). */
class TraVinhRulesTest {

    static RuleAssertions tv(AnnualReportBuilder row) {
        return RuleAssertions.evaluate("tra-vinh", row.facts());
    }

    static AnnualReportBuilder province() {
        return AnnualReportBuilder.traVinh();
    }

    @Test
    void givenAProvinceRowMeetingEveryTarget_thenAllPassUnderTheTargetLabels() {
        var r = tv(province());
        r.allPassExcept();
        assertThat(r.result().verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(r.verdictLabel(Lang.VI)).isEqualTo("Đạt toàn bộ chỉ tiêu");
        assertThat(r.verdictLabel(Lang.EN)).isEqualTo("All targets met");
        assertThat(r.result().criteria()).extracting(c -> c.id())
                .containsExactly("TV1", "TV2", "TV3", "TV4", "TV5", "TV6", "TV7", "TV8");
        assertThat(r.result().unitCode()).isEqualTo("TV");
        assertThat(r.result().year()).isEqualTo(2023);
        assertThat(r.result().referenceDate()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void givenAFailingAndAnUndecidedTarget_thenTheVerdictsUseTheTargetLabels() {
        var failing = tv(province().set("new_complex_points", 1));
        assertThat(failing.result().verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(failing.verdictLabel(Lang.VI)).isEqualTo("Chưa đạt chỉ tiêu");
        var undecided = tv(province().blank("schools"));
        assertThat(undecided.result().verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(undecided.verdictLabel(Lang.VI)).isEqualTo("Chưa đủ dữ liệu");
        assertThat(undecided.verdictLabel(Lang.EN)).isEqualTo("Insufficient data");
        assertThat(undecided.result().cellsToFill()).extracting(c -> c.a1()).containsExactly("BaoCaoNam!T2");
    }

    @Test
    void theRuleSetEvaluatesAnnualRowsOf2023WithItsPercentagesAsParameters() {
        var def = TestRuleSets.ruleSet("tra-vinh").definition();
        assertThat(def.version()).isEqualTo("2023.1");
        assertThat(def.subject()).isEqualTo(Subject.ANNUAL_REPORT);
        assertThat(def.effectiveFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(def.effectiveTo()).isEqualTo(LocalDate.of(2023, 12, 31));
        LocalDate r = LocalDate.of(2023, 12, 31);
        assertThat(def.parameters().get("vu_phat_hien_so_voi_nam_truoc_tren").at(r).intValue()).isEqualTo(105);
        assertThat(def.parameters().get("vu_an_giai_quyet_tren").at(r).intValue()).isEqualTo(90);
        assertThat(def.parameters().get("tin_van_chuyen_giai_quyet").at(r).intValue()).isEqualTo(100);
        assertThat(def.parameters().get("diem_su_dung_triet_xoa_so_voi_nam_truoc_toi_thieu").at(r).intValue()).isEqualTo(105);
        assertThat(def.parameters().get("nguoi_tiep_can_dich_vu_toi_thieu").at(r).intValue()).isEqualTo(80);
    }

    @Nested
    class TV1_casesDetectedMoreThan5PercentUp {

        @Test
        void given110Against100_thenPassesWithTheFigures() {
            var r = tv(province());
            assertThat(r.outcome("TV1")).isEqualTo(PASS);
            assertThat(r.vi("TV1")).isEqualTo("Phát hiện, xử lý 110 vụ, năm trước 100 vụ: nhiều hơn 5% (cần ít nhất 106 vụ)");
            assertThat(r.en("TV1")).isEqualTo("110 cases detected and handled, 100 last year: more than 5% up (at least 106 needed)");
        }

        @Test
        void givenExactlyFivePercentUp_thenFailsOneShort() {
            var r = tv(province().set("cases_detected", 105));
            assertThat(r.outcome("TV1")).isEqualTo(FAIL);
            assertThat(r.vi("TV1")).isEqualTo("Phát hiện, xử lý 105 vụ, năm trước 100 vụ: chưa nhiều hơn 5% (cần ít nhất 106 vụ, còn thiếu 1 vụ)");
            assertThat(r.en("TV1")).isEqualTo("105 cases detected and handled, 100 last year: not more than 5% up (at least 106 needed, 1 short)");
            assertThat(r.remedyVi("TV1")).isEqualTo(
                    "Cần phát hiện, xử lý thêm 1 vụ mua bán, tàng trữ, vận chuyển trái phép chất ma túy để nhiều hơn 5% so với năm trước");
            assertThat(r.remedyEn("TV1")).isEqualTo(
                    "1 more trafficking, possession or transport case(s) must be detected and handled to be more than 5% above last year");
            assertThat(r.evidenceIds("TV1")).containsExactly("TV/2023");
        }

        @Test
        void given106Against100_thenPasses() {
            assertThat(tv(province().set("cases_detected", 106)).outcome("TV1")).isEqualTo(PASS);
        }

        @Test
        void givenZeroLastYearAndZeroThisYear_thenFailsLiterally() {
            var r = tv(province().set("cases_detected", 0).set("cases_detected_prev", 0));
            assertThat(r.outcome("TV1")).isEqualTo(FAIL);
            assertThat(r.vi("TV1")).isEqualTo("Phát hiện, xử lý 0 vụ, năm trước 0 vụ: chưa nhiều hơn 5% (cần ít nhất 1 vụ, còn thiếu 1 vụ)");
            assertThat(r.en("TV1")).isEqualTo("0 cases detected and handled, 0 last year: not more than 5% up (at least 1 needed, 1 short)");
            assertThat(r.remedyVi("TV1")).isEqualTo("Cần phát hiện, xử lý thêm 1 vụ mua bán, tàng trữ, vận chuyển trái phép chất ma túy "
                    + "để nhiều hơn 5% so với năm trước");
        }

        @Test
        void givenZeroLastYearAndOneThisYear_thenPasses() {
            var r = tv(province().set("cases_detected", 1).set("cases_detected_prev", 0));
            assertThat(r.outcome("TV1")).isEqualTo(PASS);
        }

        @Test
        void givenABlankFigureThisYear_thenIsUndeterminedNamingTheCell() {
            var r = tv(province().blank("cases_detected"));
            assertThat(r.outcome("TV1")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TV1")).containsExactly("BaoCaoNam!E2");
            assertThat(r.vi("TV1")).isEqualTo("Chưa đủ số liệu số vụ phát hiện, xử lý năm nay và năm trước: cần điền BaoCaoNam!E2");
        }

        @Test
        void givenNoCaseThisYearAndLastYearBlank_thenFailsWhateverLastYearHeld() {
            var r = tv(province().set("cases_detected", 0).blank("cases_detected_prev"));
            assertThat(r.outcome("TV1")).isEqualTo(FAIL);
            assertThat(r.vi("TV1")).isEqualTo(
                    "Phát hiện, xử lý 0 vụ: không thể nhiều hơn 5% so với năm trước dù số năm trước là bao nhiêu (BaoCaoNam!F2 chưa điền)");
            assertThat(r.remedyVi("TV1")).isEqualTo("Cần phát hiện, xử lý ít nhất 1 vụ mua bán, tàng trữ, vận chuyển trái phép chất "
                    + "ma túy; điền BaoCaoNam!F2 để biết chính xác số vụ cần thêm");
            assertThat(r.remedyEn("TV1")).startsWith("At least 1 trafficking, possession or transport case must be detected");
        }
    }

    @Nested
    class TV2_moreThan90PercentOfCasesResolved {

        @Test
        void given95Of100_thenPasses() {
            var r = tv(province());
            assertThat(r.outcome("TV2")).isEqualTo(PASS);
            assertThat(r.vi("TV2")).isEqualTo("Đã giải quyết, xét xử 95/100 vụ án ma túy: trên 90% (cần ít nhất 91 vụ)");
            assertThat(r.en("TV2")).isEqualTo("95 of 100 drug cases resolved or tried: more than 90% (at least 91 needed)");
        }

        @Test
        void givenExactly90Percent_thenFails() {
            var r = tv(province().set("cases_resolved", 90));
            assertThat(r.outcome("TV2")).isEqualTo(FAIL);
            assertThat(r.vi("TV2")).isEqualTo("Mới giải quyết, xét xử 90/100 vụ án ma túy: chưa trên 90% (cần ít nhất 91 vụ, còn thiếu 1 vụ)");
            assertThat(r.en("TV2")).isEqualTo("Only 90 of 100 drug cases resolved or tried: not more than 90% (at least 91 needed, 1 short)");
            assertThat(r.remedyVi("TV2")).isEqualTo("Cần giải quyết thêm 1 vụ án để vượt 90%");
        }

        @Test
        void given91Percent_thenPasses() {
            assertThat(tv(province().set("cases_resolved", 91)).outcome("TV2")).isEqualTo(PASS);
        }

        @Test
        void givenThreeCasesShort_thenTheRemedyCountsThem() {
            var r = tv(province().set("cases_resolved", 88));
            assertThat(r.outcome("TV2")).isEqualTo(FAIL);
            assertThat(r.remedyVi("TV2")).isEqualTo("Cần giải quyết thêm 3 vụ án để vượt 90%");
            assertThat(r.remedyEn("TV2")).isEqualTo("3 more case(s) must be resolved to exceed 90%");
            assertThat(r.en("TV2")).isEqualTo("Only 88 of 100 drug cases resolved or tried: not more than 90% (at least 91 needed, 3 short)");
        }

        @Test
        void givenNoCaseToResolve_thenPassesAndSaysSo() {
            var r = tv(province().set("cases_total", 0).set("cases_resolved", 0));
            assertThat(r.outcome("TV2")).isEqualTo(PASS);
            assertThat(r.vi("TV2")).isEqualTo("Không có vụ án ma túy nào phải giải quyết: chỉ tiêu được coi là đạt");
            assertThat(r.en("TV2")).isEqualTo("No drug case to resolve: the target counts as met");
        }

        @Test
        void givenNoCaseToResolveAndResolvedBlank_thenStillPasses() {
            var r = tv(province().set("cases_total", 0).blank("cases_resolved"));
            assertThat(r.outcome("TV2")).isEqualTo(PASS);
            assertThat(r.vi("TV2")).isEqualTo("Không có vụ án ma túy nào phải giải quyết: chỉ tiêu được coi là đạt");
        }

        @Test
        void givenTheTotalBlank_thenIsUndetermined() {
            var r = tv(province().blank("cases_total"));
            assertThat(r.outcome("TV2")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TV2")).containsExactly("BaoCaoNam!G2");
        }
    }

    @Nested
    class TV3_everyTransitReportResolved {

        @Test
        void givenFourOfFour_thenPasses() {
            var r = tv(province());
            assertThat(r.outcome("TV3")).isEqualTo(PASS);
            assertThat(r.vi("TV3")).isEqualTo("Đã phát hiện, giải quyết 4/4 tin vận chuyển trái phép chất ma túy qua đường biển, "
                    + "chuyển phát nhanh, đường thủy: đạt 100%");
        }

        @Test
        void givenThreeOfFour_thenFailsOneShort() {
            var r = tv(province().set("transit_reports_resolved", 3));
            assertThat(r.outcome("TV3")).isEqualTo(FAIL);
            assertThat(r.vi("TV3")).isEqualTo("Mới phát hiện, giải quyết 3/4 tin vận chuyển trái phép chất ma túy: chưa đạt 100% (cần 4 tin, còn thiếu 1 tin)");
            assertThat(r.remedyVi("TV3")).isEqualTo("Cần phát hiện, giải quyết thêm 1 tin vận chuyển trái phép chất ma túy để đạt 100%");
        }

        @Test
        void givenMoreResolvedThanReceived_thenFailsAskingToCheckTheFigures() {
            var r = tv(province().set("transit_reports_resolved", 5));
            assertThat(r.outcome("TV3")).isEqualTo(FAIL);
            assertThat(r.vi("TV3")).isEqualTo("Số tin đã giải quyết (5) nhiều hơn số tin vận chuyển (4): số liệu mâu thuẫn, cần kiểm tra lại");
            assertThat(r.remedyVi("TV3")).isEqualTo("Kiểm tra lại số tin vận chuyển và số tin đã giải quyết (chênh 1 tin)");
            assertThat(r.remedyEn("TV3")).isEqualTo("Check the reports received and resolved (1 apart)");
        }

        @Test
        void givenNoReport_thenPassesAndSaysSo() {
            var r = tv(province().set("transit_reports", 0).set("transit_reports_resolved", 0));
            assertThat(r.outcome("TV3")).isEqualTo(PASS);
            assertThat(r.en("TV3")).isEqualTo(
                    "No report of drug transport by sea, express delivery or waterway: the target counts as met");
        }

        @Test
        void givenResolvedBlank_thenIsUndetermined() {
            var r = tv(province().blank("transit_reports_resolved"));
            assertThat(r.outcome("TV3")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TV3")).containsExactly("BaoCaoNam!J2");
        }
    }

    @Nested
    class TV4_usePointsEliminated5PercentUpAndNoNewComplexPoint {

        @Test
        void given21Against20_thenPassesAtExactlyFivePercent() {
            var r = tv(province());
            assertThat(r.outcome("TV4")).isEqualTo(PASS);
            assertThat(r.vi("TV4")).isEqualTo("Triệt xóa 21 điểm sử dụng trái phép chất ma túy, năm trước 20 điểm: tăng ít nhất 5% "
                    + "(cần ít nhất 21 điểm); không hình thành điểm, tụ điểm phức tạp mới về ma túy (BaoCaoNam!M2 = 0)");
        }

        @Test
        void givenExactlyFivePercentUp_thenPasses() {
            assertThat(tv(province().set("use_points_eliminated", 105).set("use_points_eliminated_prev", 100))
                    .outcome("TV4")).isEqualTo(PASS);
        }

        @Test
        void givenFourPercentUp_thenFailsOneShort() {
            var r = tv(province().set("use_points_eliminated", 104).set("use_points_eliminated_prev", 100));
            assertThat(r.outcome("TV4")).isEqualTo(FAIL);
            assertThat(r.vi("TV4")).isEqualTo("Triệt xóa 104 điểm sử dụng trái phép chất ma túy, năm trước 100 điểm: chưa tăng 5% "
                    + "(cần ít nhất 105 điểm, còn thiếu 1 điểm)");
            assertThat(r.remedyVi("TV4")).isEqualTo("Cần triệt xóa thêm 1 điểm sử dụng trái phép chất ma túy để tăng 5% so với năm trước");
            assertThat(r.remedyEn("TV4")).isEqualTo("1 more drug-use point(s) must be eliminated to be 5% up on last year");
        }

        @Test
        void givenZeroLastYearAndZeroThisYear_thenPasses() {
            var r = tv(province().set("use_points_eliminated", 0).set("use_points_eliminated_prev", 0));
            assertThat(r.outcome("TV4")).isEqualTo(PASS);
        }

        @Test
        void givenZeroLastYearAndThisYearBlank_thenPassesWhateverThisYearHolds() {
            var r = tv(province().blank("use_points_eliminated").set("use_points_eliminated_prev", 0));
            assertThat(r.outcome("TV4")).isEqualTo(PASS);
            assertThat(r.vi("TV4")).startsWith(
                    "Năm trước triệt xóa 0 điểm: chỉ tiêu tăng 5% đạt dù số năm nay là bao nhiêu (BaoCaoNam!K2 chưa điền)");
        }

        @Test
        void givenLastYearBlank_thenIsUndetermined() {
            var r = tv(province().blank("use_points_eliminated_prev"));
            assertThat(r.outcome("TV4")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TV4")).containsExactly("BaoCaoNam!L2");
        }

        @Test
        void givenTwoNewComplexPoints_thenFails() {
            var r = tv(province().set("new_complex_points", 2));
            assertThat(r.outcome("TV4")).isEqualTo(FAIL);
            assertThat(r.vi("TV4")).isEqualTo("Hình thành 2 điểm, tụ điểm phức tạp mới về ma túy (BaoCaoNam!M2)");
            assertThat(r.en("TV4")).isEqualTo("2 new complex drug point(s) formed (BaoCaoNam!M2)");
            assertThat(r.remedyVi("TV4")).isEqualTo(
                    "Triệt xóa 2 điểm, tụ điểm phức tạp mới hình thành; chỉ tiêu năm chỉ đạt khi không hình thành điểm mới nào");
        }
    }

    @Nested
    class TV5_80PercentOfManagedPeopleServed {

        @Test
        void given420Of500_thenPasses() {
            var r = tv(province());
            assertThat(r.outcome("TV5")).isEqualTo(PASS);
            assertThat(r.vi("TV5")).isEqualTo("420/500 người có hồ sơ quản lý được tiếp cận dịch vụ tư vấn, điều trị, cai nghiện: "
                    + "đạt 80% (cần ít nhất 400 người)");
        }

        @Test
        void givenExactly80Percent_thenPasses() {
            assertThat(tv(province().set("managed_people_served", 400)).outcome("TV5")).isEqualTo(PASS);
        }

        @Test
        void givenOneBelow80Percent_thenFailsOneShort() {
            var r = tv(province().set("managed_people_served", 399));
            assertThat(r.outcome("TV5")).isEqualTo(FAIL);
            assertThat(r.vi("TV5")).isEqualTo("Mới có 399/500 người có hồ sơ quản lý được tiếp cận dịch vụ: chưa đạt 80% "
                    + "(cần ít nhất 400 người, còn thiếu 1 người)");
            assertThat(r.remedyVi("TV5")).isEqualTo("Cần đưa thêm 1 người tiếp cận dịch vụ tư vấn, điều trị, cai nghiện để đạt 80%");
        }

        @Test
        void givenNoOneUnderManagement_thenPassesAndSaysSo() {
            var r = tv(province().set("managed_people", 0).set("managed_people_served", 0));
            assertThat(r.outcome("TV5")).isEqualTo(PASS);
            assertThat(r.vi("TV5")).isEqualTo("Không có người nghiện, sử dụng trái phép nào có hồ sơ quản lý: chỉ tiêu được coi là đạt");
        }

        @Test
        void givenServedBlank_thenIsUndetermined() {
            var r = tv(province().blank("managed_people_served"));
            assertThat(r.outcome("TV5")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TV5")).containsExactly("BaoCaoNam!O2");
        }
    }

    @Nested
    class TV6_drugFreeCommunesKept {

        @Test
        void givenMoreDrugFreeAndFewerDrugCommunes_thenPasses() {
            var r = tv(province());
            assertThat(r.outcome("TV6")).isEqualTo(PASS);
            assertThat(r.vi("TV6")).isEqualTo("80 xã, phường, thị trấn không có tệ nạn ma túy, năm trước 78: giữ vững (cần ít nhất 78); "
                    + "26 xã, phường, thị trấn có tệ nạn ma túy, năm trước 28: không tăng (tối đa 28)");
        }

        @Test
        void givenOneDrugFreeCommuneLost_thenFails() {
            var r = tv(province().set("drugfree_communes", 77));
            assertThat(r.outcome("TV6")).isEqualTo(FAIL);
            assertThat(r.vi("TV6")).isEqualTo("77 xã, phường, thị trấn không có tệ nạn ma túy, năm trước 78: chưa giữ vững (cần ít nhất 78, còn thiếu 1 xã)");
            assertThat(r.remedyVi("TV6")).isEqualTo(
                    "Cần đưa thêm 1 xã, phường, thị trấn về không có tệ nạn ma túy để giữ vững số năm trước");
        }

        @Test
        void givenMoreDrugCommunesThanLastYear_thenFailsByTheExcess() {
            var r = tv(province().set("drug_communes", 30));
            assertThat(r.outcome("TV6")).isEqualTo(FAIL);
            assertThat(r.vi("TV6")).isEqualTo("30 xã, phường, thị trấn có tệ nạn ma túy, năm trước 28: tăng (tối đa 28, vượt 2 xã)");
            assertThat(r.en("TV6")).isEqualTo("30 communes with drug problems, 28 last year: risen (at most 28, 2 over)");
            assertThat(r.remedyVi("TV6")).isEqualTo(
                    "Cần kéo giảm ít nhất 2 xã, phường, thị trấn có tệ nạn ma túy để không vượt số năm trước");
            assertThat(r.remedyEn("TV6")).isEqualTo(
                    "Communes with drug problems must fall by at least 2 so as not to exceed last year's number");
        }

        @Test
        void givenTheSameNumbersAsLastYear_thenPasses() {
            assertThat(tv(province().set("drugfree_communes", 78).set("drug_communes", 28)).outcome("TV6")).isEqualTo(PASS);
        }

        @Test
        void givenNoDrugCommuneLeftAndLastYearBlank_thenPassesWhateverLastYearHeld() {
            var r = tv(province().set("drug_communes", 0).blank("drug_communes_prev"));
            assertThat(r.outcome("TV6")).isEqualTo(PASS);
            assertThat(r.vi("TV6")).endsWith(
                    "không còn xã nào có tệ nạn ma túy (0): chỉ tiêu kéo giảm đạt dù số năm trước là bao nhiêu (BaoCaoNam!S2 chưa điền)");
        }

        @Test
        void givenLastYearsDrugFreeCountBlank_thenIsUndetermined() {
            var r = tv(province().blank("drugfree_communes_prev"));
            assertThat(r.outcome("TV6")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TV6")).containsExactly("BaoCaoNam!Q2");
        }
    }

    @Nested
    class TV7_precursorsAndDrugPlants {

        @Test
        void givenNoLossAndEveryCultivationCleared_thenPasses() {
            var r = tv(province());
            assertThat(r.outcome("TV7")).isEqualTo(PASS);
            assertThat(r.vi("TV7")).isEqualTo("Không có vụ thất thoát tiền chất, thuốc gây nghiện (BaoCaoNam!V2 = 0); "
                    + "đã xóa bỏ 3/3 vụ trồng cây có chứa chất ma túy được phát hiện");
        }

        @Test
        void givenAPrecursorLoss_thenFails() {
            var r = tv(province().set("precursor_incidents", 1));
            assertThat(r.outcome("TV7")).isEqualTo(FAIL);
            assertThat(r.en("TV7")).isEqualTo("1 loss(es) of precursors or narcotic drugs (BaoCaoNam!V2)");
            assertThat(r.vi("TV7")).isEqualTo("Có 1 vụ thất thoát tiền chất, thuốc gây nghiện (BaoCaoNam!V2)");
            assertThat(r.remedyVi("TV7")).isEqualTo("Làm rõ, xử lý 1 vụ thất thoát và kiểm soát chặt chẽ tiền chất, thuốc gây nghiện; "
                    + "chỉ tiêu năm chỉ đạt khi không có vụ thất thoát nào");
        }

        @Test
        void givenACultivationNotCleared_thenFails() {
            var r = tv(province().set("cultivation_cleared", 2));
            assertThat(r.outcome("TV7")).isEqualTo(FAIL);
            assertThat(r.vi("TV7")).isEqualTo("Mới xóa bỏ 2/3 vụ trồng cây có chứa chất ma túy được phát hiện (còn 1 vụ)");
            assertThat(r.remedyVi("TV7")).isEqualTo("Cần xóa bỏ thêm 1 vụ trồng cây có chứa chất ma túy");
        }

        @Test
        void givenNoCultivationFound_thenPassesAndSaysSo() {
            var r = tv(province().set("cultivation_found", 0).set("cultivation_cleared", 0));
            assertThat(r.outcome("TV7")).isEqualTo(PASS);
            assertThat(r.vi("TV7")).endsWith("không phát hiện vụ trồng cây có chứa chất ma túy nào");
        }

        @Test
        void givenABlankPrecursorCount_thenIsUndetermined() {
            var r = tv(province().blank("precursor_incidents"));
            assertThat(r.outcome("TV7")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TV7")).containsExactly("BaoCaoNam!V2");
        }
    }

    @Nested
    class TV8_everySchoolDrugFree {

        @Test
        void givenEverySchool_thenPasses() {
            var r = tv(province());
            assertThat(r.outcome("TV8")).isEqualTo(PASS);
            assertThat(r.vi("TV8")).isEqualTo("300/300 trường học đạt tiêu chí \"Trường học không có ma túy\"");
            assertThat(r.en("TV8")).isEqualTo("300 of 300 schools meet the \"drug-free school\" criteria");
        }

        @Test
        void givenThreeSchoolsShort_thenFailsAndCountsThem() {
            var r = tv(province().set("drugfree_schools", 297));
            assertThat(r.outcome("TV8")).isEqualTo(FAIL);
            assertThat(r.vi("TV8")).isEqualTo("Mới có 297/300 trường học đạt tiêu chí \"Trường học không có ma túy\" (còn thiếu 3 trường)");
            assertThat(r.remedyVi("TV8")).isEqualTo("Cần xây dựng thêm 3 trường đạt tiêu chí \"Trường học không có ma túy\"");
            assertThat(r.remedyEn("TV8")).isEqualTo("3 more school(s) must meet the \"drug-free school\" criteria");
        }

        @Test
        void givenNoSchool_thenPassesAndSaysSo() {
            var r = tv(province().set("schools", 0).set("drugfree_schools", 0));
            assertThat(r.outcome("TV8")).isEqualTo(PASS);
            assertThat(r.vi("TV8")).isEqualTo("Trên địa bàn không có trường học nào: chỉ tiêu được coi là đạt");
            assertThat(r.en("TV8")).isEqualTo("No school in the area: the target counts as met");
        }

        @Test
        void givenDrugFreeSchoolsBlank_thenIsUndetermined() {
            var r = tv(province().blank("drugfree_schools"));
            assertThat(r.outcome("TV8")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TV8")).containsExactly("BaoCaoNam!U2");
            assertThat(r.vi("TV8")).isEqualTo("Chưa đủ số liệu số trường học và số trường đạt tiêu chí: cần điền BaoCaoNam!U2");
        }
    }

    @Nested
    class Batch {

        @Test
        void givenAProvinceRowAndADistrictRow_thenEachIsEvaluatedUnderTraVinhKeyedByUnitAndYear() {
            AnnualReport provinceRow = province().report();
            AnnualReport districtRow = AnnualReportBuilder.traVinhDistrict("TV-CK", "Huyện Cầu Kè").row(3)
                    .set("drugfree_schools", 40).set("schools", 42).report();
            RunResult run = run(provinceRow, districtRow);
            assertThat(run.hasErrors()).isFalse();
            assertThat(run.warnings()).isEmpty();
            assertThat(run.results()).extracting(UnitResult::unitCode, UnitResult::year, u -> u.ruleSet().id(), UnitResult::verdict)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("TV", 2023, "tra-vinh", Verdict.ELIGIBLE),
                            org.assertj.core.groups.Tuple.tuple("TV-CK", 2023, "tra-vinh", Verdict.NOT_ELIGIBLE));
        }

        @Test
        void givenARowOfAnotherYear_thenItIsEvaluatedUnderThe2023PlanWithAWarning() {
            RunResult run = run(province().set("year", 2024).report());
            assertThat(run.results()).hasSize(1);
            assertThat(run.warnings()).extracting(DataProblem::vi).singleElement().asString()
                    .contains("31/12/2024").contains("tra-vinh 2023.1").contains("01/01/2023 – 31/12/2023");
        }

        private RunResult run(AnnualReport... rows) {
            Dataset ds = new Dataset("bao-cao-nam.xlsx", null, List.of(), List.of(), List.of(), List.of(), List.of(rows),
                    Set.of("BaoCaoNam"), List.of());
            return new Evaluator(TestRuleSets.catalog(), path -> ds).evaluate(List.of(ds), RunOptions.DEFAULT, Progress.NONE);
        }
    }
}
