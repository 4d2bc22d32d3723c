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
    class ValidUntil {

        @Test
        void givenTestsThatWouldHoldIntoJanuary2026_thenTheDateStopsAtTheVersionsEnd() {
            // R = 20/12/2025, test 15/12/2025: + 30 days would be 14/01/2026, after the scheme ends on 31/12/2025
            var r = th(commune().set("request_date", java.time.LocalDate.of(2025, 12, 20))
                    .set("last_survey_date", java.time.LocalDate.of(2025, 11, 1)).with(addict("NN-001").testedDaysBefore(5)));
            assertThat(r.result().verdict()).isEqualTo(Verdict.ELIGIBLE);
            assertThat(r.result().validUntil()).isEqualTo(java.time.LocalDate.of(2025, 12, 31));
            assertThat(r.vi("TH1")).contains("không muộn hơn ngày 31/12/2025");
        }

        @Test
        void givenAPersonOfUnknownResidenceWithTheEarliestTest_thenTheDateCountsTheirTest() {
            // NN-002's residence is blank, but tested negative 25 days before R: TH1 passes whatever the residence,
            // and the pass rests on that test too
            var r = th(commune().with(addict("NN-001").testedDaysBefore(3), addict("NN-002").blank("residence")
                    .testedDaysBefore(25)));
            assertThat(r.outcome("TH1")).isEqualTo(PASS);
            assertThat(r.result().validUntil()).isEqualTo(CommuneBuilder.REQUEST.minusDays(25).plusDays(30));
        }
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
            assertThat(r.vi("TH1")).contains("10 người nghiện ngoài cộng đồng").contains("NN-101", "NN-102");
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
            assertThat(r.vi("TH1")).isEqualTo("1/1 người nghiện chưa tham gia cai nghiện, điều trị: NN-001");
            assertThat(r.en("TH1")).isEqualTo("1 of 1 addicts are in no rehab or treatment: NN-001");
            assertThat(r.remedyVi("TH1")).isEqualTo("Áp dụng hình thức cai nghiện, điều trị phù hợp cho 1 người nghiện: NN-001");
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
            assertThat(r.vi("TH1")).isEqualTo("Chưa kết luận được kết quả xét nghiệm của 1 người: NN-001: xét nghiệm ngày "
                    + "17/03/2025, sau ngày đề nghị 15/03/2025 (Nguoi!L2) — cần kết quả xét nghiệm trong 30 ngày trước ngày đề nghị");
            assertThat(r.en("TH1")).isEqualTo("Test undecided for 1 person(s): NN-001: tested on 17/03/2025, after the request "
                    + "date 15/03/2025 (Nguoi!L2) — a test within 30 days before the request date is needed");
        }

        @Test
        void givenAnUnsupervisedAddictOfUnknownResidence_thenTH1IsUndeterminedAskingForTheResidence() {
            var r = th(commune().with(addict("NN-001").blank("residence").unsupervised()));
            assertThat(r.outcome("TH1")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.vi("TH1")).isEqualTo(
                    "Chưa kết luận được việc theo dõi, giám sát của 1 người: NN-001: chưa điền hoặc không đọc được "
                            + "«Tình trạng cư trú» (Nguoi!G2)");
            assertThat(r.missing("TH1")).containsExactly("Nguoi!G2");
        }

        @Test
        void givenAPositiveTestAfterTheRequestDate_thenTH1IsUndeterminedNotFailed() {
            var r = th(commune().with(addict("NN-001").result(TestResult.POSITIVE).testedDaysAfter(2)));
            assertThat(r.outcome("TH1")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH1")).containsExactly("Nguoi!L2");
        }

        @Test
        void givenAPositiveOrNoTest_thenTH1Fails() {
            for (var r : java.util.List.of(th(commune().with(addict("NN-002"), addict("NN-001").result(TestResult.POSITIVE))),
                    th(commune().with(addict("NN-002"), addict("NN-001").notTested())))) {
                assertThat(r.outcome("TH1")).isEqualTo(FAIL);
                assertThat(r.vi("TH1")).isEqualTo("1/2 người nghiện ngoài cộng đồng không có kết quả âm tính trong hạn: NN-001");
                assertThat(r.en("TH1")).isEqualTo("1 of 2 addicts in the community have no negative test in time: NN-001");
                assertThat(r.remedyVi("TH1"))
                        .isEqualTo("Xét nghiệm lại NN-001 trước ngày đề nghị công nhận (kết quả âm tính, không quá hạn)");
                assertThat(r.evidenceIds("TH1")).containsExactly("NN-001");
            }
        }

        @Test
        void givenAFailAndABlank_thenFailBeatsTheBlank() {
            var r = th(commune().with(addict("NN-001").noProfile(), addict("NN-002").blank("supervised")));
            assertThat(r.outcome("TH1")).isEqualTo(FAIL);
            assertThat(r.vi("TH1")).as("only the failing condition is told").isEqualTo("1/2 người nghiện chưa có hồ sơ quản lý: NN-001");
            assertThat(r.en("TH1")).isEqualTo("1 of 2 addicts have no management profile: NN-001");
            assertThat(r.remedyVi("TH1")).isEqualTo("Lập hồ sơ quản lý cho 1 người nghiện: NN-001");
            assertThat(r.missing("TH1")).as("a failed criterion asks for no cell").isEmpty();
        }

        @Test
        void givenOnlyABlankSupervisionCell_thenTH1IsUndetermined() {
            var r = th(commune().with(addict("NN-001"), addict("NN-002").blank("supervised")));
            assertThat(r.outcome("TH1")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH1")).containsExactly("Nguoi!K3");
            assertThat(r.vi("TH1")).isEqualTo(
                    "Chưa kết luận được việc theo dõi, giám sát của 1 người: NN-002: chưa điền hoặc không đọc được "
                            + "«Được theo dõi, giám sát» (Nguoi!K3)");
            assertThat(r.en("TH1")).isEqualTo("Supervision undecided for 1 person(s): NN-002: «Được theo dõi, giám sát» "
                    + "(Nguoi!K3) blank or unreadable");
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
            assertThat(r.vi("TH1")).isEqualTo("Tệp không có sheet Nguoi: chưa thể xét điều kiện này");
            assertThat(r.en("TH1")).isEqualTo("The workbook has no Nguoi sheet: this condition cannot be decided yet");
            assertThat(r.missing("TH1")).containsExactly("Nguoi");
        }
    }

    @Nested
    class TH2 {

        @Test
        void givenAPostRehabPersonWithPsychosisNotSupervised_thenTH2Fails() {
            var r = th(commune().with(postRehab("SCN-001").psychosis().unsupervised()));
            assertThat(r.outcome("TH2")).isEqualTo(FAIL);
            assertThat(r.vi("TH2")).isEqualTo("1/1 người sử dụng, người có biểu hiện loạn thần chưa được theo dõi, giám sát: SCN-001");
            assertThat(r.en("TH2")).isEqualTo("1 of 1 users or people with signs of psychosis are not supervised: SCN-001");
            assertThat(r.remedyVi("TH2")).isEqualTo("Phân công theo dõi, giám sát SCN-001");
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
            assertThat(r.vi("TH2")).isEqualTo("1/1 người sử dụng, người có biểu hiện loạn thần không có kết quả âm tính trong hạn: SD-001");
            assertThat(r.en("TH2")).isEqualTo("1 of 1 users or people with signs of psychosis have no negative test in time: SD-001");
            assertThat(r.remedyVi("TH2"))
                    .isEqualTo("Xét nghiệm lại SD-001 trước ngày đề nghị công nhận (kết quả âm tính, không quá hạn)");
        }

        @Test
        void givenAPersonOfUnknownCategoryWithoutProfile_thenTH2IsUndetermined() {
            var r = th(commune().with(ofUnknownCategory("X-001").noProfile()));
            assertThat(r.outcome("TH2")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.vi("TH2")).isEqualTo(
                    "Chưa kết luận được hồ sơ quản lý của 1 người: X-001: chưa điền hoặc không đọc được «Phân loại» (Nguoi!E2)");
            assertThat(r.en("TH2")).isEqualTo(
                    "Profile undecided for 1 person(s): X-001: «Phân loại» (Nguoi!E2) blank or unreadable");
            assertThat(r.missing("TH2")).containsExactly("Nguoi!E2");
            assertThat(r.evidenceIds("TH2")).containsExactly("X-001");
        }

        @Test
        void givenAnUnsupervisedPostRehabPersonWithBlankPsychosis_thenTH2IsUndeterminedAskingForThePsychosisCell() {
            var r = th(commune().with(postRehab("SCN-001").blank("psychosis").unsupervised()));
            assertThat(r.outcome("TH2")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.vi("TH2")).isEqualTo("Chưa kết luận được việc theo dõi, giám sát của 1 người: SCN-001: chưa điền "
                    + "hoặc không đọc được «Biểu hiện loạn thần» (Nguoi!F2)");
            assertThat(r.missing("TH2")).containsExactly("Nguoi!F2");
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
            assertThat(r.vi("TH3")).isEqualTo("1 người nghi sử dụng có kết quả dương tính: NV-001");
            assertThat(r.en("TH3")).isEqualTo("1 suspected user(s) tested positive: NV-001");
        }

        @Test
        void givenASuspectedPersonNotListed_thenTH3FailsAskingToListThem() {
            var r = th(commune().with(suspected("NV-001"), suspected("NV-002").noProfile()));
            assertThat(r.outcome("TH3")).isEqualTo(FAIL);
            assertThat(r.vi("TH3")).isEqualTo("1/2 người nghi sử dụng chưa được lập danh sách: NV-002");
            assertThat(r.en("TH3")).isEqualTo("1 of 2 suspected users are not on the list: NV-002");
            assertThat(r.remedyVi("TH3")).isEqualTo("Lập danh sách NV-002");
            assertThat(r.remedyEn("TH3")).isEqualTo("Put NV-002 on the list");
            assertThat(r.evidenceIds("TH3")).containsExactly("NV-002");
        }

        @Test
        void givenASuspectedPersonNotTested_thenTH3FailsAskingForATest() {
            var r = th(commune().with(suspected("NV-001").notTested()));
            assertThat(r.outcome("TH3")).isEqualTo(FAIL);
            assertThat(r.vi("TH3")).isEqualTo("1/1 người nghi sử dụng chưa được xét nghiệm: NV-001");
            assertThat(r.en("TH3")).isEqualTo("1 of 1 suspected users have not been tested: NV-001");
            assertThat(r.remedyVi("TH3")).isEqualTo("Xét nghiệm chất ma túy trong cơ thể cho NV-001 trước ngày đề nghị công nhận");
            assertThat(r.remedyEn("TH3")).isEqualTo("Test NV-001 for drugs before the request date");
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
            assertThat(r.vi("TH3")).isEqualTo(
                    "Chưa kết luận được việc xét nghiệm của 1 người: NV-001: chưa điền hoặc không đọc được "
                            + "«Ngày xét nghiệm gần nhất» (Nguoi!L2)");
            assertThat(r.en("TH3")).isEqualTo(
                    "Test undecided for 1 person(s): NV-001: «Ngày xét nghiệm gần nhất» (Nguoi!L2) blank or unreadable");
        }
    }

    @Nested
    class TH4 {

        @Test
        void givenCountsEqualToTheBaseline_thenTH4Fails() {
            var r = th(commune().set("baseline_addicts", 2).set("baseline_users", 1)
                    .with(addict("NN-001"), addict("NN-002"), user("SD-001")));
            assertThat(r.outcome("TH4")).isEqualTo(FAIL);
            assertThat(r.vi("TH4")).isEqualTo("Tổng 3 người nghiện và sử dụng hiện nay, chưa giảm so với 3 người khi đăng ký");
            assertThat(r.en("TH4")).isEqualTo("3 addicts and users now, not down from 3 at registration");
            assertThat(r.remedyVi("TH4")).isEqualTo("Tổng số người nghiện và sử dụng phải giảm thêm ít nhất 1 người");
            assertThat(r.evidenceIds("TH4")).containsExactly("NN-001", "NN-002", "SD-001");
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
            assertThat(r.vi("TH4")).isEqualTo("2 người nghiện hiện nay, nhiều hơn 1 người khi đăng ký");
            assertThat(r.en("TH4")).isEqualTo("2 addict(s) now, more than 1 at registration");
            assertThat(r.remedyVi("TH4"))
                    .isEqualTo("Số người nghiện phải giảm thêm ít nhất 1 người để không vượt số khi đăng ký (1)");
        }

        @Test
        void givenAZeroBaselineAndNobodyNow_thenTH4Passes() {
            var r = th(commune().set("baseline_addicts", 0).set("baseline_users", 0).with(postRehab("SCN-001")));
            assertThat(r.outcome("TH4")).isEqualTo(PASS);
            assertThat(r.vi("TH4")).as("nothing was 'down from 0'").isEqualTo(
                    "0 người nghiện hiện nay, không quá 0 người khi đăng ký; 0 người sử dụng hiện nay, không quá 0 người khi đăng ký; "
                            + "tổng 0 người nghiện và sử dụng hiện nay; khi đăng ký là 0 người nên hiện nay vẫn phải bằng 0");
            assertThat(r.en("TH4")).isEqualTo("0 addict(s) now, no more than 0 at registration; 0 user(s) now, no more than 0 at "
                    + "registration; 0 addicts and users now; there were 0 at registration, so there must still be none");
        }

        @Test
        void givenAZeroBaselineAndOneUserNow_thenTH4Fails() {
            var r = th(commune().set("baseline_addicts", 0).set("baseline_users", 0).with(user("SD-001")));
            assertThat(r.outcome("TH4")).isEqualTo(FAIL);
            assertThat(r.vi("TH4")).isEqualTo("1 người sử dụng hiện nay, nhiều hơn 0 người khi đăng ký; "
                    + "tổng 1 người nghiện và sử dụng hiện nay; khi đăng ký là 0 người nên hiện nay vẫn phải bằng 0");
            assertThat(r.en("TH4")).isEqualTo("1 user(s) now, more than 0 at registration; "
                    + "1 addicts and users now; there were 0 at registration, so there must still be none");
            assertThat(r.remedyVi("TH4")).isEqualTo("Số người sử dụng phải giảm thêm ít nhất 1 người để không vượt số khi đăng ký (0); "
                    + "tổng số người nghiện và sử dụng phải giảm 1 người, về 0 như khi đăng ký");
            assertThat(r.remedyEn("TH4")).isEqualTo("The number of users must fall by at least 1 to stay within the count at "
                    + "registration (0); addicts and users together must fall by 1, back to 0 as at registration");
            assertThat(r.evidenceIds("TH4")).containsExactly("SD-001");
        }

        @Test
        void givenAZeroBaselineAndSomeoneOfUnknownCategory_thenTH4IsUndeterminedAskingForTheCategory() {
            var r = th(commune().set("baseline_addicts", 0).set("baseline_users", 0).with(ofUnknownCategory("X-001")));
            assertThat(r.outcome("TH4")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH4")).containsExactly("Nguoi!E2");
            assertThat(r.vi("TH4")).isEqualTo("Chưa đủ dữ liệu: cần điền Nguoi!E2");
            assertThat(r.en("TH4")).isEqualTo("Insufficient data: fill Nguoi!E2");
        }

        @Test
        void givenABlankBaseline_thenTH4IsUndeterminedNamingTheCell() {
            var r = th(commune().blank("baseline_users"));
            assertThat(r.outcome("TH4")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH4")).containsExactly("Xa!L2");
            assertThat(r.vi("TH4")).isEqualTo("Chưa đủ dữ liệu: cần điền Xa!L2");
            assertThat(r.en("TH4")).isEqualTo("Insufficient data: fill Xa!L2");
        }
    }

    @Nested
    class TH5 {

        static final String NOTE_VI = "; chưa xét yêu cầu «có điều kiện tái hòa nhập» (không có cột dữ liệu)";
        static final String NOTE_EN = "; the requirement \"có điều kiện tái hòa nhập\" (conditions to reintegrate) was not assessed (no data column)";

        @Test
        void givenAPostRehabPersonWithoutJobSupport_thenTH5Fails() {
            var r = th(commune().with(postRehab("SCN-001"), postRehab("SCN-002").noJobSupport()));
            assertThat(r.outcome("TH5")).isEqualTo(FAIL);
            assertThat(r.vi("TH5")).isEqualTo("1/2 người sau cai nghiện chưa được tư vấn, hỗ trợ việc làm: SCN-002; chưa xét yêu cầu «có điều kiện tái hòa nhập» (không có cột dữ liệu)");
            assertThat(r.en("TH5")).isEqualTo("1 of 2 people after rehab received no job counselling or support: SCN-002; the requirement \"có điều kiện tái hòa nhập\" (conditions to reintegrate) was not assessed (no data column)");
            assertThat(r.remedyVi("TH5")).isEqualTo("Tư vấn, hỗ trợ tìm việc làm cho SCN-002");
        }

        @Test
        void givenAPostRehabPersonTestedBeforeRegistration_thenTH5Fails() {
            var r = th(commune().with(postRehab("SCN-001").testedDaysBefore(400), postRehab("SCN-002")));
            assertThat(r.outcome("TH5")).isEqualTo(FAIL);
            assertThat(r.vi("TH5")).isEqualTo("1/2 người sau cai nghiện chưa được xét nghiệm từ khi xã đăng ký: SCN-001; chưa xét yêu cầu «có điều kiện tái hòa nhập» (không có cột dữ liệu)");
            assertThat(r.en("TH5")).isEqualTo("1 of 2 people after rehab were not tested since the commune registered: SCN-001; the requirement \"có điều kiện tái hòa nhập\" (conditions to reintegrate) was not assessed (no data column)");
            assertThat(r.remedyVi("TH5")).isEqualTo("Xét nghiệm định kỳ, đột xuất cho SCN-001");
            assertThat(r.remedyEn("TH5")).isEqualTo("Test SCN-001 (periodic or unannounced test)");
            assertThat(r.evidenceIds("TH5")).containsExactly("SCN-001");
        }

        @Test
        void givenABlankRegistrationDate_thenTH5IsUndeterminedAskingForIt() {
            var r = th(commune().blank("registration_date").with(postRehab("SCN-001")));
            assertThat(r.outcome("TH5")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH5")).containsExactly("Xa!H2");
            assertThat(r.vi("TH5")).isEqualTo(
                    "Chưa kết luận được việc xét nghiệm từ khi xã đăng ký của 1 người: SCN-001: chưa điền hoặc không đọc được "
                            + "«Ngày đăng ký xây dựng» (Xa!H2); chưa xét yêu cầu «có điều kiện tái hòa nhập» (không có cột dữ liệu)");
            assertThat(r.en("TH5")).isEqualTo(
                    "Test since registration undecided for 1 person(s): SCN-001: «Ngày đăng ký xây dựng» (Xa!H2) blank or "
                            + "unreadable; the requirement \"có điều kiện tái hòa nhập\" (conditions to reintegrate) was not assessed (no data column)");
        }

        @Test
        void givenAPostRehabPersonTestedPositiveSinceRegistration_thenTH5FailsAsARelapseWithTheRemedyToReclassify() {
            var r = th(commune().with(postRehab("SCN-001").testedDaysBefore(20).result(vn.xkmt.commune.TestResult.POSITIVE), postRehab("SCN-002")));
            assertThat(r.outcome("TH5")).isEqualTo(FAIL);
            assertThat(r.vi("TH5")).isEqualTo("1 người sau cai nghiện có kết quả xét nghiệm dương tính từ khi xã đăng ký "
                    + "(tái nghiện): SCN-001; chưa xét yêu cầu «có điều kiện tái hòa nhập» (không có cột dữ liệu)");
            assertThat(r.en("TH5")).isEqualTo("1 person(s) after rehab tested positive since the commune registered (relapse): "
                    + "SCN-001; the requirement \"có điều kiện tái hòa nhập\" (conditions to reintegrate) was not assessed (no data column)");
            assertThat(r.remedyVi("TH5")).isEqualTo("Phân loại lại SCN-001 thành người sử dụng trái phép hoặc người nghiện "
                    + "(tái nghiện) và quản lý theo TH1 hoặc TH2");
            assertThat(r.remedyEn("TH5")).isEqualTo("Reclassify SCN-001 as illegal users or addicts (relapse) and manage them "
                    + "under TH1 or TH2");
            assertThat(r.evidenceIds("TH5")).containsExactly("SCN-001");
        }

        @Test
        void givenARelapseWithTheReadingTurnedOff_thenTH5Passes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
                throws java.io.IOException {
            java.nio.file.Path folder = vn.xkmt.testing.RulesCopy.copy(java.nio.file.Path.of("rules/thanh-hoa/2024.2"),
                    tmp.resolve("thanh-hoa/2024.2"), rel -> !rel.startsWith("tests"));
            java.nio.file.Path params = folder.resolve("parameters.yaml");
            String text = java.nio.file.Files.readString(params);
            int at = text.indexOf("sau_cai_duong_tinh_la_khong_dat:");
            java.nio.file.Files.writeString(params, text.substring(0, at)
                    + text.substring(at).replaceFirst("2024-11-01: true", "2024-11-01: false"));
            var off = vn.xkmt.ruleset.RuleSetCatalog.load(tmp).versions("thanh-hoa").get(0).compiled();
            var facts = commune().with(postRehab("SCN-001").testedDaysBefore(20).result(vn.xkmt.commune.TestResult.POSITIVE)).facts();
            assertThat(off.evaluate(facts).criterion("TH5").outcome()).isEqualTo(PASS);
        }

        @Test
        void givenAPositiveTestBeforeRegistration_thenTH5FailsOnlyForNotBeingTestedSince() {
            var r = th(commune().with(postRehab("SCN-001").testedDaysBefore(400).result(vn.xkmt.commune.TestResult.POSITIVE)));
            assertThat(r.outcome("TH5")).isEqualTo(FAIL);
            assertThat(r.vi("TH5")).startsWith("1/1 người sau cai nghiện chưa được xét nghiệm từ khi xã đăng ký: SCN-001")
                    .doesNotContain("tái nghiện");
        }

        @Test
        void givenAnyTH5Outcome_thenTheExplanationSaysReintegrationWasNotAssessed() {
            assertThat(th(commune()).vi("TH5")).endsWith(NOTE_VI);
            assertThat(th(commune().with(postRehab("SCN-001"))).en("TH5")).endsWith(NOTE_EN);
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
            assertThat(r.en("TH6")).isEqualTo("2 risk point(s) remain (Xa!P2)");
            assertThat(r.remedyVi("TH6")).isEqualTo("Xử lý dứt điểm 2 điểm có nguy cơ phức tạp");
        }

        @Test
        void givenABlankHotspotCount_thenTH6IsUndetermined() {
            var r = th(commune().blank("hotspots"));
            assertThat(r.outcome("TH6")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH6")).containsExactly("Xa!M2");
            assertThat(r.vi("TH6")).isEqualTo("Chưa điền số điểm, tụ điểm phức tạp: Xa!M2");
            assertThat(r.en("TH6")).isEqualTo("Number of hotspots not filled: Xa!M2");
        }

        @Test
        void givenASeriousIncident_thenTH7FailsQuotingTheCell() {
            var r = th(commune().set("serious_incidents", 1));
            assertThat(r.outcome("TH7")).isEqualTo(FAIL);
            assertThat(r.vi("TH7")).isEqualTo(
                    "Có 1 vụ rất nghiêm trọng, đặc biệt nghiêm trọng do người nghiện, người sử dụng, người có biểu hiện loạn thần gây ra (Xa!U2)");
            assertThat(r.en("TH7")).isEqualTo(
                    "1 very or especially serious incident(s) caused by addicts, users or people with signs of psychosis (Xa!U2)");
            assertThat(r.remedyVi("TH7")).isEqualTo("Không để xảy ra vụ việc, vụ án rất nghiêm trọng, đặc biệt nghiêm trọng nào do "
                    + "người nghiện, người sử dụng, người có biểu hiện loạn thần gây ra: rà soát, quản lý chặt những người này "
                    + "(tiêu chí chỉ đạt khi từ ngày đăng ký không có vụ nào)");
            assertThat(r.remedyEn("TH7")).isEqualTo("Let no very or especially serious incident be caused by addicts, users or "
                    + "people with signs of psychosis: review and closely manage them (the criterion passes only with no such "
                    + "incident since registration)");
            assertThat(r.evidencePlaces("TH7")).containsExactly("Xa!2");
        }

        @Test
        void givenABlankSeriousIncidentCount_thenTH7IsUndeterminedNamingTheCell() {
            var r = th(commune().blank("serious_incidents"));
            assertThat(r.outcome("TH7")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.vi("TH7")).isEqualTo("Chưa điền số vụ rất nghiêm trọng: Xa!U2");
            assertThat(r.en("TH7")).isEqualTo("Number of serious incidents not filled: Xa!U2");
            assertThat(r.missing("TH7")).containsExactly("Xa!U2");
        }
    }

    @Nested
    class Villages {

        @Test
        void givenTwelveHouseholdsNotSigned_thenTH8FailsWithTheCount() {
            var r = th(commune().village("Thôn Đông", 200, 188));
            assertThat(r.outcome("TH8")).isEqualTo(FAIL);
            assertThat(r.vi("TH8")).isEqualTo("1/2 thôn, tổ dân phố còn 12 hộ chưa ký cam kết: Thôn Đông");
            assertThat(r.remedyVi("TH8")).isEqualTo("12 hộ còn lại phải ký cam kết: Thôn Đông");
            assertThat(r.en("TH8")).isEqualTo("1 of 2 villages still have 12 household(s) to sign: Thôn Đông");
            assertThat(r.remedyEn("TH8")).isEqualTo("12 more household(s) must sign: Thôn Đông");
            assertThat(r.evidencePlaces("TH8")).containsExactly("Thon!3");
        }

        @Test
        void givenNoVillageRow_thenTH8IsUndetermined() {
            var r = th(commune().noVillages());
            assertThat(r.outcome("TH8")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.vi("TH8")).isEqualTo("Sheet Thon không có dòng nào của xã này: cần kê khai các thôn, tổ dân phố");
            assertThat(r.en("TH8")).isEqualTo("Sheet Thon has no row for this commune: list its villages and residential groups");
            assertThat(r.missing("TH8")).containsExactly("Thon");
            assertThat(r.result().cellsToFill()).extracting(c -> c.a1()).contains("Thon");
        }

        @Test
        void givenABlankSignatureCount_thenTH8IsUndetermined() {
            var r = th(commune().villageCell("committed_households", null));
            assertThat(r.outcome("TH8")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH8")).containsExactly("Thon!D2");
            assertThat(r.vi("TH8")).isEqualTo("Chưa kết luận được số hộ đã ký cam kết của 1 thôn: Thôn 1: chưa điền hoặc không đọc được "
                    + "«Số hộ đã ký cam kết» (Thon!D2)");
        }
    }

    @Nested
    class Models {

        @Test
        void givenNoModelRow_thenTH9Fails() {
            var r = th(commune().noModels());
            assertThat(r.outcome("TH9")).isEqualTo(FAIL);
            assertThat(r.vi("TH9")).isEqualTo("Xã chưa có mô hình phòng, chống ma túy nào");
            assertThat(r.en("TH9")).isEqualTo("The commune has no anti-drug model");
            assertThat(r.remedyVi("TH9")).isEqualTo("Xây dựng hoặc củng cố ít nhất 01 mô hình phòng, chống ma túy hoạt động hiệu quả");
        }

        @Test
        void givenOnlyAModelOfUnknownEffect_thenTH9IsUndetermined() {
            var r = th(commune().noModels().model("Tổ tự quản", LeadOrg.OTHER, null));
            assertThat(r.outcome("TH9")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.missing("TH9")).containsExactly("MoHinh!E2");
            assertThat(r.vi("TH9")).isEqualTo("Chưa rõ hiệu quả hoạt động của mô hình: Tổ tự quản: chưa điền hoặc không đọc được "
                    + "«Hoạt động hiệu quả» (MoHinh!E2)");
        }

        @Test
        void givenNoModelsSheet_thenTH9IsUndetermined() {
            var r = th(commune().withoutSheet("MoHinh"));
            assertThat(r.outcome("TH9")).isEqualTo(INSUFFICIENT_DATA);
            assertThat(r.vi("TH9")).isEqualTo("Tệp không có sheet MoHinh: chưa thể xét điều kiện này");
            assertThat(r.missing("TH9")).containsExactly("MoHinh");
        }
    }
}
