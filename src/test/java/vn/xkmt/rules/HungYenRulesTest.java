package vn.xkmt.rules;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.evaluation.Outcome.FAIL;
import static vn.xkmt.evaluation.Outcome.INSUFFICIENT_DATA;
import static vn.xkmt.evaluation.Outcome.PASS;
import static vn.xkmt.testing.PersonBuilder.addict;
import static vn.xkmt.testing.PersonBuilder.ofUnknownCategory;
import static vn.xkmt.testing.PersonBuilder.postRehab;
import static vn.xkmt.testing.PersonBuilder.user;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.AntiDrugModel;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.commune.Person;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.Village;
import vn.xkmt.evaluation.UnitFacts;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.PersonBuilder;
import vn.xkmt.testing.TestRuleSets;

/** Hưng Yên, Khoái Châu pilot targets HY1–HY7 (criteria.md, "Hưng Yên"). */
class HungYenRulesTest {

    static RuleAssertions hy(CommuneBuilder c) {
        return RuleAssertions.evaluate("hung-yen", c);
    }

    static CommuneBuilder commune() {
        return CommuneBuilder.hungYen("HY-01");
    }

    /** {@code n} people after rehab, the first {@code supported} of them helped to find work: SCN-001 … */
    static PersonBuilder[] postRehabs(int n, int supported) {
        PersonBuilder[] out = new PersonBuilder[n];
        for (int i = 0; i < n; i++) {
            out[i] = postRehab(String.format("SCN-%03d", i + 1));
            if (i >= supported) {
                out[i].noJobSupport();
            }
        }
        return out;
    }

    @Test
    void givenACommuneMeetingEveryTarget_thenAllPassUnderTheTargetLabels() {
        var r = hy(commune().with(addict("NN-001"), user("SD-001"), postRehab("SCN-001")));
        r.allPassExcept();
        assertThat(r.result().verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(r.verdictLabel(Lang.VI)).isEqualTo("Đạt toàn bộ chỉ tiêu");
        assertThat(r.verdictLabel(Lang.EN)).isEqualTo("All targets met");
        assertThat(r.result().criteria()).extracting(c -> c.id())
                .containsExactly("HY1", "HY2", "HY3", "HY4", "HY5", "HY6", "HY7");
    }

    @Test
    void givenAFailingAndAnUndecidedTarget_thenTheVerdictsUseTheTargetLabels() {
        var failing = hy(commune().set("hotspots", 2));
        assertThat(failing.result().verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(failing.verdictLabel(Lang.VI)).isEqualTo("Chưa đạt chỉ tiêu");
        assertThat(failing.verdictLabel(Lang.EN)).isEqualTo("Targets not met");
        var undecided = hy(commune().blank("hotspots"));
        assertThat(undecided.result().verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(undecided.verdictLabel(Lang.VI)).isEqualTo("Chưa đủ dữ liệu");
        assertThat(undecided.verdictLabel(Lang.EN)).isEqualTo("Insufficient data");
    }

    @Test
    void theRuleSetIsKhoaiChausPlanInForceFrom19February2024To31December2025() {
        var def = TestRuleSets.ruleSet("hung-yen").definition();
        assertThat(def.version()).isEqualTo("2024.2");
        assertThat(def.districts()).containsExactly("Khoái Châu");
        assertThat(def.effectiveFrom()).hasToString("2024-02-19");
        // the targets are those of "giai đoạn 2023 – 2025"; "tầm nhìn đến năm 2030" sets none
        assertThat(def.effectiveTo()).hasToString("2025-12-31");
        assertThat(def.rollout().phases()).singleElement().satisfies(p -> {
            assertThat(p.communes()).containsExactly("Bình Kiều", "Nhuế Dương", "Đông Ninh", "Đại Tập", "Ông Đình");
            assertThat(p.target()).isEqualTo(5);
        });
        assertThat(def.rollout().outside(Lang.VI)).isEqualTo("Không phải xã thí điểm");
        assertThat(def.parameters().get("sau_cai_ho_tro_viec_lam_tren").at(CommuneBuilder.REQUEST).intValue()).isEqualTo(80);
        assertThat(def.parameters().get("tong_khao_sat_toi_da_ngay").at(CommuneBuilder.REQUEST).intValue()).isEqualTo(365);
    }

    @Nested
    class HY1_addictsAndUsersManaged {

        @Test
        void givenEveryAddictAndUserOnRecord_thenPassesWithTheCount() {
            var r = hy(commune().with(addict("NN-001"), user("SD-001").residence(Residence.AWAY)));
            assertThat(r.outcome("HY1")).isEqualTo(PASS);
            assertThat(r.vi("HY1")).isEqualTo("2/2 người nghiện, người sử dụng trái phép chất ma túy có hồ sơ quản lý");
            assertThat(r.en("HY1")).isEqualTo("2 of 2 addicts and illegal users have a management profile");
        }

        @Test
        void givenAUserInPrisonWithoutProfile_thenFailsNamingThem() {
            var r = hy(commune().with(addict("NN-001"), user("SD-007").residence(Residence.IN_PRISON).noProfile()));
            assertThat(r.outcome("HY1")).isEqualTo(FAIL);
            assertThat(r.vi("HY1")).isEqualTo("1/2 người nghiện, người sử dụng trái phép chưa có hồ sơ quản lý: SD-007");
            assertThat(r.en("HY1")).isEqualTo("1 of 2 addicts and illegal users have no management profile: SD-007");
            assertThat(r.remedyVi("HY1")).isEqualTo("Lập hồ sơ quản lý cho 1 người: SD-007");
            assertThat(r.remedyEn("HY1")).isEqualTo("Open a management profile for 1 person(s): SD-007");
            assertThat(r.evidencePlaces("HY1")).containsExactly("Nguoi!3");
        }

        @Test
        void givenAPostRehabPersonWithoutProfile_thenHY1DoesNotConcernThem() {
            assertThat(hy(commune().with(postRehab("SCN-001").noProfile())).outcome("HY1")).isEqualTo(PASS);
        }

        @Test
        void givenAnAddictWithBlankProfile_thenIsUndeterminedNamingTheCell() {
            var r = hy(commune().with(addict("NN-001").blank("has_profile")));
            assertThat(r.outcome("HY1")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("HY1")).containsExactly("Nguoi!H2");
            assertThat(r.vi("HY1")).isEqualTo("Chưa kết luận được hồ sơ quản lý của 1 người: NN-001: chưa điền hoặc không đọc được «Có hồ sơ quản lý» (Nguoi!H2)");
        }

        @Test
        void givenAPersonOfUnknownCategoryWithoutProfile_thenIsUndetermined() {
            var r = hy(commune().with(ofUnknownCategory("X-1").noProfile()));
            assertThat(r.outcome("HY1")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("HY1")).containsExactly("Nguoi!E2");
        }

        @Test
        void givenNoAddictOrUser_thenPassesAndSaysSo() {
            var r = hy(commune());
            assertThat(r.outcome("HY1")).isEqualTo(PASS);
            assertThat(r.vi("HY1")).isEqualTo("Không có người nghiện, người sử dụng trái phép chất ma túy trên địa bàn");
            assertThat(r.en("HY1")).isEqualTo("No addict or illegal user in the commune");
        }

        @Test
        void givenAWorkbookWithoutPersonsSheet_thenEveryPersonTargetIsUndetermined() {
            var r = hy(commune().withoutSheet("Nguoi"));
            assertThat(r.outcome("HY1")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.outcome("HY2")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.outcome("HY3")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.vi("HY1")).isEqualTo("Tệp không có sheet Nguoi: chưa thể xét điều kiện này");
        }
    }

    @Nested
    class HY2_postRehabOnRecordAndFollowedUp {

        @Test
        void givenEveryPostRehabOnRecordAndFollowedUp_thenPasses() {
            var r = hy(commune().with(postRehab("SCN-001"), postRehab("SCN-002")));
            assertThat(r.outcome("HY2")).isEqualTo(PASS);
            assertThat(r.vi("HY2")).isEqualTo("2/2 người sau cai nghiện có hồ sơ quản lý; 2/2 người sau cai nghiện được theo dõi");
            assertThat(r.en("HY2")).isEqualTo("2 of 2 people after rehab have a management profile; 2 of 2 people after rehab are followed up");
        }

        @Test
        void givenAPostRehabPersonNotFollowedUp_thenFails() {
            var r = hy(commune().with(postRehab("SCN-001"), postRehab("SCN-002").unsupervised()));
            assertThat(r.outcome("HY2")).isEqualTo(FAIL);
            assertThat(r.vi("HY2")).isEqualTo("1/2 người sau cai nghiện chưa được theo dõi: SCN-002");
            assertThat(r.en("HY2")).isEqualTo("1 of 2 people after rehab are not followed up: SCN-002");
            assertThat(r.remedyVi("HY2")).isEqualTo("Phân công theo dõi 1 người sau cai nghiện: SCN-002");
        }

        @Test
        void givenAPostRehabPersonWithoutProfile_thenFails() {
            var r = hy(commune().with(postRehab("SCN-003").noProfile()));
            assertThat(r.outcome("HY2")).isEqualTo(FAIL);
            assertThat(r.vi("HY2")).isEqualTo("1/1 người sau cai nghiện chưa có hồ sơ quản lý: SCN-003");
            assertThat(r.remedyEn("HY2")).isEqualTo("Open a management profile for 1 person(s) after rehab: SCN-003");
        }

        @Test
        void givenABlankFollowUpCell_thenIsUndetermined() {
            var r = hy(commune().with(postRehab("SCN-001").blank("supervised")));
            assertThat(r.outcome("HY2")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("HY2")).containsExactly("Nguoi!K2");
        }

        @Test
        void givenNoPostRehab_thenPassesAndSaysSo() {
            var r = hy(commune().with(addict("NN-001")));
            assertThat(r.outcome("HY2")).isEqualTo(PASS);
            assertThat(r.vi("HY2")).as("the same sentence of both conditions is said once")
                    .isEqualTo("Không có người sau cai nghiện trên địa bàn");
        }
    }

    @Nested
    class HY3_moreThan80PercentHelpedToFindWork {

        @Test
        void givenExactly80Percent_thenFailsBecauseMoreThan80IsRequired() {
            var r = hy(commune().with(postRehabs(5, 4)));
            assertThat(r.outcome("HY3")).isEqualTo(FAIL);
            assertThat(r.vi("HY3")).isEqualTo("4/5 người sau cai nghiện được tư vấn, hỗ trợ việc làm, chưa trên 80%: "
                    + "cần ít nhất 5 người, còn thiếu 1; chưa được hỗ trợ: SCN-005");
            assertThat(r.en("HY3")).isEqualTo("4 of 5 people after rehab counselled and helped to find work, not more than 80%: "
                    + "at least 5 needed, 1 short; not helped: SCN-005");
            assertThat(r.remedyVi("HY3"))
                    .isEqualTo("Cần tư vấn, hỗ trợ việc làm thêm cho 1 người sau cai nghiện để vượt 80% (chưa được hỗ trợ: SCN-005)");
            assertThat(r.remedyEn("HY3")).isEqualTo(
                    "1 more person(s) after rehab must be counselled and helped to find work to exceed 80% (not helped: SCN-005)");
        }

        @Test
        void givenExactly80Of100_thenFailsOneShort() {
            var r = hy(commune().with(postRehabs(100, 80)));
            assertThat(r.outcome("HY3")).isEqualTo(FAIL);
            assertThat(r.vi("HY3")).startsWith("80/100 người sau cai nghiện được tư vấn, hỗ trợ việc làm, chưa trên 80%: "
                    + "cần ít nhất 81 người, còn thiếu 1;");
            assertThat(r.result().criterion("HY3").findings().get(0).shortBy()).isEqualTo(1);
            assertThat(r.remedyVi("HY3")).startsWith("Cần tư vấn, hỗ trợ việc làm thêm cho 1 người sau cai nghiện để vượt 80% "
                    + "(chưa được hỗ trợ: SCN-081, SCN-082");
        }

        @Test
        void given81Of100_thenPasses() {
            var r = hy(commune().with(postRehabs(100, 81)));
            assertThat(r.outcome("HY3")).isEqualTo(PASS);
            assertThat(r.vi("HY3")).isEqualTo("81/100 người sau cai nghiện được tư vấn, hỗ trợ việc làm, trên 80% (cần ít nhất 81 người)");
            assertThat(r.en("HY3"))
                    .isEqualTo("81 of 100 people after rehab counselled and helped to find work, more than 80% (at least 81 needed)");
        }

        @Test
        void givenThreeShortOfTheTarget_thenTheRemedyCountsThree() {
            var r = hy(commune().with(postRehabs(10, 6)));
            assertThat(r.outcome("HY3")).isEqualTo(FAIL);
            assertThat(r.remedyVi("HY3")).startsWith("Cần tư vấn, hỗ trợ việc làm thêm cho 3 người sau cai nghiện để vượt 80%");
        }

        @Test
        void givenABlankJobSupportThatDecidesTheShare_thenIsUndetermined() {
            PersonBuilder[] people = postRehabs(5, 5);
            people[4].blank("job_support");
            var r = hy(commune().with(people));
            assertThat(r.outcome("HY3")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("HY3")).containsExactly("Nguoi!N6");
            assertThat(r.vi("HY3")).isEqualTo("4/5 người sau cai nghiện chắc chắn được hỗ trợ việc làm, cần ít nhất 5 người để trên 80%: "
                    + "SCN-005: chưa điền hoặc không đọc được «Được tư vấn, hỗ trợ việc làm» (Nguoi!N6)");
        }

        @Test
        void givenABlankJobSupportThatCannotChangeTheOutcome_thenIsDecided() {
            PersonBuilder[] people = postRehabs(10, 9);
            people[9].blank("job_support");
            assertThat(hy(commune().with(people)).outcome("HY3")).isEqualTo(PASS);
        }

        @Test
        void givenAnUnsupportedPersonOfUnknownCategory_thenIsUndetermined() {
            var r = hy(commune().with(postRehabs(4, 4)).with(ofUnknownCategory("X-1").noJobSupport()));
            assertThat(r.outcome("HY3")).as("4/4 passes, 4/5 does not").isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("HY3")).containsExactly("Nguoi!E6");
        }

        @Test
        void givenNoPostRehab_thenPassesAndSaysSo() {
            var r = hy(commune());
            assertThat(r.outcome("HY3")).isEqualTo(PASS);
            assertThat(r.vi("HY3")).isEqualTo("Không có người sau cai nghiện trên địa bàn");
            assertThat(r.en("HY3")).isEqualTo("No one after rehab in the commune");
        }
    }

    @Nested
    class HY4_yearlySurvey {

        @Test
        void givenASurveyAMonthOld_thenPassesWithItsDates() {
            var r = hy(commune());
            assertThat(r.outcome("HY4")).isEqualTo(PASS);
            assertThat(r.vi("HY4")).isEqualTo("Tổng khảo sát gần nhất ngày 13/02/2025, trong vòng 365 ngày trước ngày đề nghị "
                    + "(từ 15/03/2024); kết quả này còn dùng được nếu ngày đề nghị công nhận không muộn hơn ngày 31/12/2025");
            // 13/02/2025 + 365 days would be 13/02/2026, after the plan's 2023 – 2025 targets end
            assertThat(r.en("HY4")).isEqualTo("Latest full survey on 13/02/2025, within 365 days before the request date "
                    + "(from 15/03/2024); this holds for a request dated no later than 31/12/2025");
        }

        @Test
        void givenASurveyExactly365DaysOld_thenPasses() {
            var r = hy(commune().set("last_survey_date", CommuneBuilder.REQUEST.minusDays(365)));
            assertThat(r.outcome("HY4")).isEqualTo(PASS);
        }

        @Test
        void givenASurvey366DaysOld_thenFails() {
            var r = hy(commune().set("last_survey_date", CommuneBuilder.REQUEST.minusDays(366)));
            assertThat(r.outcome("HY4")).isEqualTo(FAIL);
            assertThat(r.vi("HY4")).isEqualTo("Tổng khảo sát gần nhất ngày 14/03/2024 (Xa!V2) đã quá 365 ngày trước ngày đề nghị: "
                    + "phải từ ngày 15/03/2024 trở đi");
            assertThat(r.en("HY4")).isEqualTo("Latest full survey on 14/03/2024 (Xa!V2) is more than 365 days before the request date: "
                    + "it must be on or after 15/03/2024");
            assertThat(r.remedyVi("HY4")).isEqualTo("Tổ chức 01 cuộc tổng khảo sát, thống kê người nghiện, người sử dụng trái phép "
                    + "chất ma túy trước ngày đề nghị (cuộc gần nhất ngày 14/03/2024 đã quá 365 ngày)");
        }

        @Test
        void givenNoSurveyDate_thenIsUndetermined() {
            var r = hy(commune().blank("last_survey_date"));
            assertThat(r.outcome("HY4")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("HY4")).containsExactly("Xa!V2");
            assertThat(r.vi("HY4")).isEqualTo("Chưa điền ngày tổng khảo sát gần nhất hoặc ngày đề nghị công nhận: cần điền Xa!V2");
        }

        @Test
        void givenASurveyAfterTheRequestDate_thenIsUndeterminedAndSaysWhy() {
            var r = hy(commune().set("last_survey_date", CommuneBuilder.REQUEST.plusDays(3)));
            assertThat(r.outcome("HY4")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.vi("HY4")).isEqualTo("Ngày tổng khảo sát 18/03/2025 (Xa!V2) sau ngày đề nghị công nhận: "
                    + "cần ngày của cuộc tổng khảo sát gần nhất tính đến ngày đề nghị");
        }
    }

    @Nested
    class HY5_youthUnionModel {

        @Test
        void givenAnEffectiveYouthUnionModel_thenPassesNamingIt() {
            var r = hy(commune());
            assertThat(r.outcome("HY5")).isEqualTo(PASS);
            assertThat(r.vi("HY5")).isEqualTo("1 mô hình do Đoàn Thanh niên chủ trì tham gia xây dựng xã không có ma túy: "
                    + "Câu lạc bộ thanh niên phòng, chống ma túy");
            assertThat(r.en("HY5")).isEqualTo("1 model(s) led by the Youth Union helping to build the drug-free commune: "
                    + "Câu lạc bộ thanh niên phòng, chống ma túy");
        }

        @Test
        void givenOnlyAnEffectiveWomensUnionModel_thenFails() {
            var r = hy(commune().noModels().model("CLB phụ nữ", LeadOrg.WOMEN_UNION, true));
            assertThat(r.outcome("HY5")).isEqualTo(FAIL);
            assertThat(r.vi("HY5")).isEqualTo("Có 1 mô hình nhưng không mô hình nào do Đoàn Thanh niên chủ trì: CLB phụ nữ");
            assertThat(r.en("HY5")).isEqualTo("1 model(s) but none led by the Youth Union: CLB phụ nữ");
            assertThat(r.remedyVi("HY5"))
                    .isEqualTo("Xây dựng 01 mô hình do Đoàn Thanh niên chủ trì tham gia xây dựng xã không có ma túy");
            assertThat(r.evidencePlaces("HY5")).containsExactly("MoHinh!2");
        }

        @Test
        void givenOnlyAnIneffectiveYouthUnionModel_thenPassesForThePassageAsksOnlyThatOneExist() {
            var r = hy(commune().noModels().model("Đội thanh niên", LeadOrg.YOUTH_UNION, false)
                    .model("CLB phụ nữ", LeadOrg.WOMEN_UNION, true));
            assertThat(r.outcome("HY5")).isEqualTo(PASS);
            assertThat(r.vi("HY5")).isEqualTo("1 mô hình do Đoàn Thanh niên chủ trì tham gia xây dựng xã không có ma túy: "
                    + "Đội thanh niên");
        }

        @Test
        void givenAYouthUnionModelOfUnknownEffectiveness_thenPassesWithoutReadingTheEffectiveCell() {
            var r = hy(commune().noModels().model("Đội thanh niên", LeadOrg.YOUTH_UNION, null));
            assertThat(r.outcome("HY5")).isEqualTo(PASS);
            assertThat(r.missing("HY5")).isEmpty();
        }

        @Test
        void givenAModelWithBlankLeadOrganisation_thenIsUndeterminedNamingTheCell() {
            var r = hy(commune().noModels().model("CLB", null, true));
            assertThat(r.outcome("HY5")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("HY5")).containsExactly("MoHinh!C2");
            assertThat(r.vi("HY5")).isEqualTo("Chưa rõ đơn vị chủ trì của mô hình: CLB: chưa điền hoặc không đọc được "
                    + "«Đơn vị chủ trì» (MoHinh!C2)");
            assertThat(r.en("HY5")).isEqualTo("Lead organisation unknown: CLB: «Đơn vị chủ trì» (MoHinh!C2) blank or unreadable");
        }

        @Test
        void givenNoModelRow_thenFailsAndSaysSo() {
            var r = hy(commune().noModels());
            assertThat(r.outcome("HY5")).isEqualTo(FAIL);
            assertThat(r.vi("HY5")).isEqualTo("Xã chưa có mô hình phòng, chống ma túy nào");
            assertThat(r.en("HY5")).isEqualTo("The commune has no anti-drug model");
        }

        @Test
        void givenNoModelsSheet_thenIsUndetermined() {
            var r = hy(commune().withoutSheet("MoHinh"));
            assertThat(r.outcome("HY5")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.vi("HY5")).isEqualTo("Tệp không có sheet MoHinh: chưa thể xét điều kiện này");
            assertThat(r.en("HY5")).isEqualTo("The workbook has no MoHinh sheet: this condition cannot be decided yet");
            assertThat(r.missing("HY5")).containsExactly("MoHinh");
        }
    }

    @Nested
    class HY6_noHotspots {

        @Test
        void givenNoHotspot_thenPasses() {
            var r = hy(commune());
            assertThat(r.outcome("HY6")).isEqualTo(PASS);
            assertThat(r.vi("HY6")).isEqualTo("Không có điểm, tụ điểm phức tạp về ma túy (Xa!M2 = 0)");
        }

        @Test
        void givenTwoHotspots_thenFailsQuotingTheCell() {
            var r = hy(commune().set("hotspots", 2));
            assertThat(r.outcome("HY6")).isEqualTo(FAIL);
            // the data counts the hotspots active now: it cannot tell reopened ones from new ones
            assertThat(r.vi("HY6")).isEqualTo("Còn 2 điểm, tụ điểm phức tạp về ma túy đang hoạt động (Xa!M2)");
            assertThat(r.en("HY6")).isEqualTo("2 drug hotspot(s) or complex point(s) active (Xa!M2)");
            assertThat(r.remedyVi("HY6"))
                    .isEqualTo("Triệt xóa 2 điểm, tụ điểm phức tạp đang hoạt động và không để tái hoạt động, phát sinh mới");
        }

        @Test
        void givenABlankHotspotCount_thenIsUndetermined() {
            var r = hy(commune().blank("hotspots"));
            assertThat(r.outcome("HY6")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("HY6")).containsExactly("Xa!M2");
        }
    }

    @Nested
    class HY7_classifiedAndCommitted {

        @Test
        void givenAClassifiedCommuneThatSigned_thenPasses() {
            var r = hy(commune());
            assertThat(r.outcome("HY7")).isEqualTo(PASS);
            assertThat(r.vi("HY7")).isEqualTo("Xã đã được phân loại tình trạng tệ nạn ma túy: Không trọng điểm (Xa!G2); "
                    + "xã đã ký cam kết xây dựng xã không có tệ nạn ma túy (Xa!W2)");
            assertThat(r.en("HY7")).isEqualTo("The commune has been classified for drug problems: not a key area (Xa!G2); "
                    + "the commune signed the commitment to become drug-free (Xa!W2)");
        }

        @Test
        void givenClassII_thenTheEnglishExplanationNamesTheClassNotItsCode() {
            var r = hy(commune().set("drug_area_class", vn.xkmt.commune.DrugAreaClass.CLASS_II));
            assertThat(r.en("HY7")).startsWith("The commune has been classified for drug problems: Class II (Xa!G2)")
                    .doesNotContain("CLASS_II");
            assertThat(r.vi("HY7")).startsWith("Xã đã được phân loại tình trạng tệ nạn ma túy: Loại II (Xa!G2)");
        }

        @Test
        void givenABlankClassification_thenIsUndeterminedNamingTheCell() {
            var r = hy(commune().blank("drug_area_class"));
            assertThat(r.outcome("HY7")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("HY7")).containsExactly("Xa!G2");
            assertThat(r.vi("HY7")).isEqualTo("Chưa rõ xã đã được phân loại tình trạng tệ nạn ma túy chưa: ô Xa!G2 trống hoặc"
                    + " không đọc được, cần điền phân loại địa bàn");
            assertThat(r.en("HY7")).isEqualTo("Whether the commune has been classified for drug problems is unknown: Xa!G2 is"
                    + " blank or unreadable, fill in the classification");
        }

        @Test
        void givenNoCommitment_thenFails() {
            var r = hy(commune().set("commune_commitment", false));
            assertThat(r.outcome("HY7")).isEqualTo(FAIL);
            assertThat(r.vi("HY7")).isEqualTo("Xã chưa ký cam kết xây dựng xã không có tệ nạn ma túy (Xa!W2 = Không)");
            assertThat(r.remedyEn("HY7")).isEqualTo("Have the commune sign the commitment to become drug-free");
        }

        @Test
        void givenABlankCommitment_thenIsUndetermined() {
            var r = hy(commune().blank("commune_commitment"));
            assertThat(r.outcome("HY7")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("HY7")).containsExactly("Xa!W2");
        }

        @Test
        void givenABlankCommitmentAndABlankClassification_thenIsUndeterminedNamingBothCells() {
            var r = hy(commune().blank("commune_commitment").blank("drug_area_class"));
            assertThat(r.outcome("HY7")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("HY7")).containsExactlyInAnyOrder("Xa!G2", "Xa!W2");
        }

        @Test
        void givenNoCommitmentAndABlankClassification_thenFailsOnTheCommitment() {
            var r = hy(commune().set("commune_commitment", false).blank("drug_area_class"));
            assertThat(r.outcome("HY7")).isEqualTo(FAIL);
            assertThat(r.vi("HY7")).isEqualTo("Xã chưa ký cam kết xây dựng xã không có tệ nạn ma túy (Xa!W2 = Không)");
        }
    }

    @Nested
    class District {

        @Test
        void givenAHungYenCommuneOfAnotherDistrict_thenItIsEvaluatedWithAWarning() {
            RunResult run = run(commune().set("district", "Văn Giang"));
            assertThat(run.results()).hasSize(1);
            assertThat(run.results().get(0).ruleSet().id()).isEqualTo("hung-yen");
            assertThat(district(run)).extracting(DataProblem::vi).containsExactly(
                    "Huyện \"Văn Giang\" không thuộc phạm vi văn bản của bộ hung-yen (Khoái Châu); kết quả chỉ để tham khảo");
            assertThat(district(run)).extracting(DataProblem::en).containsExactly(
                    "District \"Văn Giang\" is outside the document of rule set hung-yen (Khoái Châu); the result is for reference only");
            assertThat(district(run).get(0).place()).isEqualTo("Xa!D2 (Huyện)");
            assertThat(run.hasErrors()).isFalse();
        }

        @Test
        void givenKhoaiChauWrittenWithItsPrefix_thenNoWarning() {
            assertThat(district(run(commune().set("district", "Huyện Khoái Châu")))).isEmpty();
        }

        @Test
        void givenABlankDistrict_thenAWarningSaysThePlansScopeCouldNotBeChecked() {
            RunResult run = run(commune().blank("district"));
            assertThat(district(run)).extracting(DataProblem::vi).containsExactly("Ô Huyện để trống: không kiểm tra được xã"
                    + " có thuộc phạm vi văn bản của bộ hung-yen (Khoái Châu) hay không");
            assertThat(district(run)).extracting(DataProblem::en).containsExactly("District blank: whether the commune is"
                    + " within the document of rule set hung-yen (Khoái Châu) could not be checked");
            assertThat(district(run).get(0).place()).isEqualTo("Xa!D2 (Huyện)");
            assertThat(run.results().get(0).ruleSet().id()).isEqualTo("hung-yen");
        }

        @Test
        void givenALaoCaiCommuneWithABlankDistrict_thenNoDistrictWarning() {
            Dataset dataset = dataset(CommuneBuilder.laoCai("LC-01").blank("district").facts());
            RunResult run = new Evaluator(TestRuleSets.catalog(), path -> dataset)
                    .evaluate(List.of(dataset), RunOptions.DEFAULT, Progress.NONE);
            assertThat(district(run)).isEmpty();
        }

        /** The warnings on the Huyện cell. */
        private List<DataProblem> district(RunResult run) {
            return run.warnings().stream().filter(w -> "Huyện".equals(w.column())).toList();
        }

        private RunResult run(CommuneBuilder commune) {
            Dataset dataset = dataset(commune.facts());
            Evaluator evaluator = new Evaluator(TestRuleSets.catalog(), path -> dataset);
            return evaluator.evaluate(List.of(dataset), RunOptions.DEFAULT, Progress.NONE);
        }

        private Dataset dataset(UnitFacts facts) {
            List<Person> persons = new ArrayList<>();
            List<Village> villages = new ArrayList<>();
            List<AntiDrugModel> models = new ArrayList<>();
            for (Fact f : facts.members()) {
                if (f instanceof Person p) {
                    persons.add(p);
                } else if (f instanceof Village v) {
                    villages.add(v);
                } else if (f instanceof AntiDrugModel m) {
                    models.add(m);
                }
            }
            Set<String> sheets = new HashSet<>(facts.presentSheets());
            sheets.add("Xa");
            return new Dataset(facts.file(), null, List.of((Commune) facts.subject()), persons, villages, models,
                    List.of(), sheets, List.of());
        }
    }
}
