package vn.xkmt.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.evaluation.Outcome.FAIL;
import static vn.xkmt.evaluation.Outcome.INSUFFICIENT_DATA;
import static vn.xkmt.evaluation.Outcome.PASS;
import static vn.xkmt.testing.PersonBuilder.addict;
import static vn.xkmt.testing.PersonBuilder.ofUnknownCategory;
import static vn.xkmt.testing.PersonBuilder.postRehab;
import static vn.xkmt.testing.PersonBuilder.suspected;
import static vn.xkmt.testing.PersonBuilder.user;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.TestResult;
import vn.xkmt.commune.Treatment;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.PersonBuilder;

class ThanhHoaRulesTest {

    static RuleAssertions th(CommuneBuilder c) {
        return RuleAssertions.evaluate("thanh-hoa", c);
    }

    static CommuneBuilder commune() {
        return CommuneBuilder.thanhHoa("TH-01");
    }

    static PersonBuilder[] addictsInCommunity(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> addict(String.format("NN-%03d", i))).toArray(PersonBuilder[]::new);
    }

    @Test
    void givenACleanCommune_thenEveryCriterionPassesAndItIsEligible() {
        var r = th(commune().with(addictsInCommunity(3)).with(user("SD-001"), postRehab("SCN-001"), suspected("NV-001")));
        r.allPassExcept();
        assertThat(r.result().verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(r.result().validUntil()).isEqualTo(CommuneBuilder.REQUEST.minusDays(5).plusDays(30));
    }

    @Nested
    class TH1 {

        @Test
        void givenNineAddictsInCommunity_thenTH1Passes() {
            var r = th(commune().with(addictsInCommunity(9)));
            assertThat(r.outcome("TH1")).isEqualTo(PASS);
            assertThat(r.vi("TH1")).contains("9 người nghiện ngoài cộng đồng, dưới mức 10 người");
        }

        @Test
        void givenTenAddictsInCommunity_thenTH1Fails() {
            var r = th(commune().with(addictsInCommunity(10)));
            assertThat(r.outcome("TH1")).isEqualTo(FAIL);
            assertThat(r.vi("TH1")).startsWith("10 người nghiện ngoài cộng đồng, phải dưới 10 người: NN-001");
            assertThat(r.en("TH1")).startsWith("10 addicts in the community; there must be fewer than 10");
            assertThat(r.remedyVi("TH1")).contains("ít nhất 1 người nghiện");
        }

        @Test
        void givenAddictsAwayOrWhereaboutsUnknown_thenTheyCountInTheCommunity() {
            var r = th(commune().with(addictsInCommunity(8)).with(
                    addict("NN-101").residence(Residence.AWAY),
                    addict("NN-102").residence(Residence.WHEREABOUTS_UNKNOWN)));
            assertThat(r.outcome("TH1")).isEqualTo(FAIL);
            assertThat(r.vi("TH1")).contains("10 người nghiện ngoài cộng đồng");
        }

        @Test
        void givenAddictsInRehabOrPrison_thenTheyDoNotCountInTheCommunity() {
            var r = th(commune().with(addictsInCommunity(8)).with(
                    addict("NN-101").residence(Residence.IN_COMPULSORY_REHAB).treatment(Treatment.COMPULSORY),
                    addict("NN-102").residence(Residence.IN_PRISON).treatment(Treatment.COMPULSORY)));
            assertThat(r.outcome("TH1")).isEqualTo(PASS);
        }

        @Test
        void givenNineAddictsAndOnePersonOfUnknownCategory_thenTH1IsUndeterminedNamingTheCell() {
            var r = th(commune().with(addictsInCommunity(9)).with(ofUnknownCategory("X-001")));
            assertThat(r.outcome("TH1")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.vi("TH1")).contains("từ 9 đến 10 người nghiện ngoài cộng đồng").contains("X-001");
            assertThat(r.missing("TH1")).contains("Nguoi!E11");
        }

        @Test
        void givenTwoAddictsWithoutProfile_thenTH1FailsNamingThem() {
            var r = th(commune().with(addictsInCommunity(12))
                    .with(addict("NN-013").noProfile(), addict("NN-014").noProfile()));
            assertThat(r.outcome("TH1")).isEqualTo(FAIL);
            assertThat(r.vi("TH1")).contains("2/14 người nghiện chưa có hồ sơ quản lý: NN-013, NN-014");
            assertThat(r.en("TH1")).contains("2 of 14 addicts have no management profile: NN-013, NN-014");
            assertThat(r.evidenceIds("TH1")).contains("NN-013", "NN-014");
        }

        @Test
        void givenAnAddictWithNoTreatment_thenTH1Fails() {
            var r = th(commune().with(addict("NN-001").treatment(Treatment.NONE)));
            assertThat(r.outcome("TH1")).isEqualTo(FAIL);
            assertThat(r.vi("TH1")).contains("1/1 người nghiện chưa tham gia cai nghiện, điều trị: NN-001");
        }

        @Test
        void givenATestExactlyThirtyDaysBeforeRequest_thenItCounts() {
            var r = th(commune().with(addict("NN-001").testedDaysBefore(30)));
            assertThat(r.outcome("TH1")).isEqualTo(PASS);
            assertThat(r.result().validUntil()).isEqualTo(CommuneBuilder.REQUEST);
        }

        @Test
        void givenATestThirtyOneDaysBeforeRequest_thenTH1FailsAndAsksForANewTest() {
            var r = th(commune().with(addict("NN-003").testedDaysBefore(31)));
            assertThat(r.outcome("TH1")).isEqualTo(FAIL);
            assertThat(r.vi("TH1")).contains("1/1 người nghiện ngoài cộng đồng không có kết quả âm tính trong hạn: NN-003");
            assertThat(r.remedyVi("TH1")).isEqualTo("Xét nghiệm lại NN-003 trước ngày đề nghị công nhận (kết quả âm tính, không quá hạn)");
        }

        @Test
        void givenATestAfterTheRequestDate_thenTH1IsUndetermined() {
            var r = th(commune().with(addict("NN-001").testedDaysAfter(2)));
            assertThat(r.outcome("TH1")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH1")).containsExactly("Nguoi!L2");
        }

        @Test
        void givenAPositiveTestAfterTheRequestDate_thenTH1IsUndeterminedNotFailed() {
            var r = th(commune().with(addict("NN-001").result(TestResult.POSITIVE).testedDaysAfter(2)));
            assertThat(r.outcome("TH1")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH1")).containsExactly("Nguoi!L2");
        }

        @Test
        void givenAPositiveOrNoTest_thenTH1Fails() {
            assertThat(th(commune().with(addict("NN-001").result(TestResult.POSITIVE))).outcome("TH1")).isEqualTo(FAIL);
            assertThat(th(commune().with(addict("NN-001").notTested())).outcome("TH1")).isEqualTo(FAIL);
        }

        @Test
        void givenAFailAndABlank_thenFailBeatsTheBlank() {
            var r = th(commune().with(addict("NN-001").noProfile(), addict("NN-002").blank("supervised")));
            assertThat(r.outcome("TH1")).isEqualTo(FAIL);
        }

        @Test
        void givenOnlyABlankSupervisionCell_thenTH1IsUndetermined() {
            var r = th(commune().with(addict("NN-001"), addict("NN-002").blank("supervised")));
            assertThat(r.outcome("TH1")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH1")).containsExactly("Nguoi!K3");
            assertThat(r.result().verdict()).isEqualTo(Verdict.UNDETERMINED);
        }

        @Test
        void givenNoAddict_thenTH1PassesAndSaysSo() {
            var r = th(commune());
            assertThat(r.outcome("TH1")).isEqualTo(PASS);
            assertThat(r.vi("TH1")).contains("Không có người nghiện trên địa bàn");
        }

        @Test
        void givenNoPersonsSheet_thenTH1IsUndetermined() {
            var r = th(commune().withoutSheet("Nguoi"));
            assertThat(r.outcome("TH1")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.vi("TH1")).contains("không có sheet Nguoi");
        }
    }

    @Nested
    class TH2 {

        @Test
        void givenAPostRehabPersonWithPsychosisNotSupervised_thenTH2Fails() {
            var r = th(commune().with(postRehab("SCN-001").psychosis().unsupervised()));
            assertThat(r.outcome("TH2")).isEqualTo(FAIL);
            assertThat(r.vi("TH2")).contains("1/1 người sử dụng, người loạn thần chưa được theo dõi, giám sát: SCN-001");
        }

        @Test
        void givenAUserInPrison_thenTH2DoesNotConcernThem() {
            var r = th(commune().with(user("SD-001").residence(Residence.IN_PRISON).unsupervised()));
            assertThat(r.outcome("TH2")).isEqualTo(PASS);
            assertThat(r.vi("TH2")).contains("Không có người sử dụng trái phép");
        }

        @Test
        void givenAUserWithAnOldTest_thenTH2Fails() {
            var r = th(commune().with(user("SD-001").testedDaysBefore(45)));
            assertThat(r.outcome("TH2")).isEqualTo(FAIL);
            assertThat(r.evidenceIds("TH2")).containsExactly("SD-001");
        }

        @Test
        void givenAPersonOfUnknownCategoryWithoutProfile_thenTH2IsUndetermined() {
            var r = th(commune().with(ofUnknownCategory("X-001").noProfile()));
            assertThat(r.outcome("TH2")).isEqualTo(INSUFFICIENT_DATA);
        }

        @Test
        void givenAPersonOfUnknownCategoryMeetingEveryRequirement_thenTH2Passes() {
            var r = th(commune().with(ofUnknownCategory("X-001")));
            assertThat(r.outcome("TH2")).isEqualTo(PASS);
        }
    }

    @Nested
    class TH3 {

        @Test
        void givenASuspectedPersonTestingPositive_thenTH3FailsAndAsksToReclassify() {
            var r = th(commune().with(suspected("NV-001").result(TestResult.POSITIVE)));
            assertThat(r.outcome("TH3")).isEqualTo(FAIL);
            assertThat(r.remedyVi("TH3")).contains("Chuyển NV-001 sang diện người sử dụng");
            assertThat(r.remedyEn("TH3")).contains("Reclassify NV-001 as illegal users");
        }

        @Test
        void givenASuspectedPersonNotListedOrNotTested_thenTH3Fails() {
            assertThat(th(commune().with(suspected("NV-001").noProfile())).outcome("TH3")).isEqualTo(FAIL);
            assertThat(th(commune().with(suspected("NV-001").notTested())).outcome("TH3")).isEqualTo(FAIL);
        }

        @Test
        void givenASuspectedPersonTestingPositiveAfterTheRequestDate_thenTH3IsUndeterminedNotFailed() {
            var r = th(commune().with(suspected("NV-001").result(TestResult.POSITIVE).testedDaysAfter(3)));
            assertThat(r.outcome("TH3")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH3")).containsExactly("Nguoi!L2");
        }

        @Test
        void givenASuspectedPersonWithBlankTestDate_thenTH3IsUndetermined() {
            var r = th(commune().with(suspected("NV-001").blank("last_test_date")));
            assertThat(r.outcome("TH3")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH3")).containsExactly("Nguoi!L2");
        }
    }

    @Nested
    class TH4 {

        @Test
        void givenCountsEqualToTheBaseline_thenTH4Fails() {
            var r = th(commune().set("baseline_addicts", 2).set("baseline_users", 1)
                    .with(addict("NN-001"), addict("NN-002"), user("SD-001")));
            assertThat(r.outcome("TH4")).isEqualTo(FAIL);
            assertThat(r.vi("TH4")).contains("Tổng 3 người nghiện và sử dụng hiện nay, chưa giảm so với 3 người khi đăng ký");
        }

        @Test
        void givenATotalLowerThanTheBaseline_thenTH4Passes() {
            var r = th(commune().set("baseline_addicts", 2).set("baseline_users", 1).with(addict("NN-001"), user("SD-001")));
            assertThat(r.outcome("TH4")).isEqualTo(PASS);
        }

        @Test
        void givenMoreAddictsThanAtRegistrationButFewerInTotal_thenTH4Fails() {
            var r = th(commune().set("baseline_addicts", 1).set("baseline_users", 5).with(addict("NN-001"), addict("NN-002")));
            assertThat(r.outcome("TH4")).isEqualTo(FAIL);
            assertThat(r.vi("TH4")).contains("2 người nghiện hiện nay, nhiều hơn 1 người khi đăng ký");
        }

        @Test
        void givenAZeroBaselineAndNobodyNow_thenTH4Passes() {
            var r = th(commune().set("baseline_addicts", 0).set("baseline_users", 0).with(postRehab("SCN-001")));
            assertThat(r.outcome("TH4")).isEqualTo(PASS);
        }

        @Test
        void givenAZeroBaselineAndOneUserNow_thenTH4Fails() {
            var r = th(commune().set("baseline_addicts", 0).set("baseline_users", 0).with(user("SD-001")));
            assertThat(r.outcome("TH4")).isEqualTo(FAIL);
        }

        @Test
        void givenABlankBaseline_thenTH4IsUndeterminedNamingTheCell() {
            var r = th(commune().blank("baseline_users"));
            assertThat(r.outcome("TH4")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH4")).contains("Xa!L2");
        }
    }

    @Nested
    class TH5 {

        @Test
        void givenAPostRehabPersonWithoutJobSupport_thenTH5Fails() {
            var r = th(commune().with(postRehab("SCN-001"), postRehab("SCN-002").noJobSupport()));
            assertThat(r.outcome("TH5")).isEqualTo(FAIL);
            assertThat(r.vi("TH5")).isEqualTo("1/2 người sau cai nghiện chưa được tư vấn, hỗ trợ việc làm: SCN-002");
        }

        @Test
        void givenAPostRehabPersonTestedBeforeRegistration_thenTH5Fails() {
            var r = th(commune().with(postRehab("SCN-001").testedDaysBefore(400)));
            assertThat(r.outcome("TH5")).isEqualTo(FAIL);
        }

        @Test
        void givenNoPostRehabPerson_thenTH5PassesAndSaysSo() {
            var r = th(commune());
            assertThat(r.outcome("TH5")).isEqualTo(PASS);
            assertThat(r.vi("TH5")).contains("Không có người sau cai nghiện trên địa bàn");
        }
    }

    @Nested
    class CommuneFigures {

        @Test
        void givenARiskPoint_thenTH6FailsQuotingTheCell() {
            var r = th(commune().set("risk_points", 2));
            assertThat(r.outcome("TH6")).isEqualTo(FAIL);
            assertThat(r.vi("TH6")).isEqualTo("Còn 2 điểm có nguy cơ phức tạp (Xa!P2)");
        }

        @Test
        void givenABlankHotspotCount_thenTH6IsUndetermined() {
            var r = th(commune().blank("hotspots"));
            assertThat(r.outcome("TH6")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH6")).containsExactly("Xa!M2");
        }

        @Test
        void givenASeriousIncident_thenTH7Fails() {
            assertThat(th(commune().set("serious_incidents", 1)).outcome("TH7")).isEqualTo(FAIL);
        }
    }

    @Nested
    class Villages {

        @Test
        void givenTwelveHouseholdsNotSigned_thenTH8FailsWithTheCount() {
            var r = th(commune().village("Thôn Đông", 200, 188));
            assertThat(r.outcome("TH8")).isEqualTo(FAIL);
            assertThat(r.vi("TH8")).isEqualTo("1/2 thôn, tổ dân phố còn 12 hộ chưa ký cam kết: Thôn Đông");
            assertThat(r.remedyVi("TH8")).isEqualTo("12 hộ còn lại phải ký cam kết (thôn Thôn Đông)");
            assertThat(r.evidencePlaces("TH8")).containsExactly("Thon!3");
        }

        @Test
        void givenNoVillageRow_thenTH8IsUndetermined() {
            var r = th(commune().noVillages());
            assertThat(r.outcome("TH8")).isEqualTo(INSUFFICIENT_DATA);
        }

        @Test
        void givenABlankSignatureCount_thenTH8IsUndetermined() {
            var r = th(commune().villageCell("committed_households", null));
            assertThat(r.outcome("TH8")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH8")).containsExactly("Thon!D2");
        }
    }

    @Nested
    class Models {

        @Test
        void givenNoModelRow_thenTH9Fails() {
            var r = th(commune().noModels());
            assertThat(r.outcome("TH9")).isEqualTo(FAIL);
            assertThat(r.vi("TH9")).isEqualTo("Xã chưa có mô hình phòng, chống ma túy nào");
        }

        @Test
        void givenOnlyAModelOfUnknownEffect_thenTH9IsUndetermined() {
            var r = th(commune().noModels().model("Tổ tự quản", LeadOrg.OTHER, null));
            assertThat(r.outcome("TH9")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH9")).containsExactly("MoHinh!E2");
        }

        @Test
        void givenNoModelsSheet_thenTH9IsUndetermined() {
            assertThat(th(commune().withoutSheet("MoHinh")).outcome("TH9")).isEqualTo(INSUFFICIENT_DATA);
        }
    }
}
