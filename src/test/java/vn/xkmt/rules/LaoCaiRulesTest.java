package vn.xkmt.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.evaluation.Outcome.FAIL;
import static vn.xkmt.evaluation.Outcome.INSUFFICIENT_DATA;
import static vn.xkmt.evaluation.Outcome.PASS;
import static vn.xkmt.testing.PersonBuilder.addict;
import static vn.xkmt.testing.PersonBuilder.ofUnknownCategory;
import static vn.xkmt.testing.PersonBuilder.postRehab;
import static vn.xkmt.testing.PersonBuilder.user;

import org.junit.jupiter.api.Test;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.Treatment;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.testing.CommuneBuilder;

class LaoCaiRulesTest {

    static RuleAssertions lc(CommuneBuilder c) {
        return RuleAssertions.evaluate("lao-cai", c);
    }

    static CommuneBuilder commune() {
        return CommuneBuilder.laoCai("LC-01");
    }

    @Test
    void givenACleanCommune_thenEveryCriterionPasses() {
        var r = lc(commune().with(addict("NN-001"), user("SD-001"), postRehab("SCN-001")));
        r.allPassExcept();
        assertThat(r.result().verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(r.result().validUntil()).as("Lào Cai relies on no dated test").isNull();
    }

    @Test
    void givenARetailSeller_thenLC1FailsQuotingTheCell() {
        var r = lc(commune().set("retail_sellers", 1));
        assertThat(r.outcome("LC1")).isEqualTo(FAIL);
        assertThat(r.vi("LC1")).isEqualTo("Còn 1 đối tượng bán lẻ trái phép chất ma túy (Xa!N2)");
        assertThat(r.en("LC1")).isEqualTo("1 illegal drug retail seller(s) remain (Xa!N2)");
    }

    @Test
    void givenABlankHotspotCount_thenLC1IsUndeterminedNamingTheCell() {
        var r = lc(commune().blank("hotspots"));
        assertThat(r.outcome("LC1")).isEqualTo(INSUFFICIENT_DATA);
        assertThat(r.vi("LC1")).isEqualTo("Chưa điền số tụ điểm, điểm phức tạp: Xa!M2");
        assertThat(r.en("LC1")).isEqualTo("Number of hotspots not filled: Xa!M2");
        assertThat(r.missing("LC1")).containsExactly("Xa!M2");
        assertThat(r.remedyVi("LC1")).as("an undecided criterion has no remedy").isNull();
    }

    @Test
    void givenABlankUseVenueCountAndARetailSeller_thenLC1FailsOnTheSellerWhateverTheBlankHolds() {
        var r = lc(commune().blank("use_venues").set("retail_sellers", 2));
        assertThat(r.outcome("LC1")).isEqualTo(FAIL);
        assertThat(r.vi("LC1")).isEqualTo("Còn 2 đối tượng bán lẻ trái phép chất ma túy (Xa!N2)");
        assertThat(r.remedyVi("LC1")).isEqualTo("Đấu tranh, xử lý 2 đối tượng bán lẻ");
        assertThat(r.remedyEn("LC1")).isEqualTo("Deal with 2 retail seller(s)");
        assertThat(r.missing("LC1")).as("the blank does not decide a failed criterion").isEmpty();
    }

    @Test
    void givenTwoSuspects_thenLC2FailsQuotingTheCell() {
        var r = lc(commune().set("suspects", 2));
        assertThat(r.outcome("LC2")).isEqualTo(FAIL);
        assertThat(r.vi("LC2")).isEqualTo("Còn 2 đối tượng có biểu hiện nghi vấn phạm tội về ma túy (Xa!Q2)");
        assertThat(r.en("LC2")).isEqualTo("2 person(s) with suspicious signs of drug crime (Xa!Q2)");
        assertThat(r.remedyVi("LC2")).isEqualTo("Xác minh, làm rõ 2 đối tượng nghi vấn");
        assertThat(r.remedyEn("LC2")).isEqualTo("Investigate and clear up 2 suspect(s)");
        assertThat(r.evidencePlaces("LC2")).containsExactly("Xa!2");
    }

    @Test
    void givenASuspectedCrimeGroup_thenLC2FailsQuotingTheCell() {
        var r = lc(commune().set("crime_groups", 1));
        assertThat(r.outcome("LC2")).isEqualTo(FAIL);
        assertThat(r.vi("LC2")).isEqualTo("Còn 1 nhóm, đường dây có biểu hiện nghi vấn (Xa!R2)");
        assertThat(r.en("LC2")).isEqualTo("1 suspected group(s) or line(s) (Xa!R2)");
        assertThat(r.remedyVi("LC2")).isEqualTo("Đấu tranh, triệt phá 1 nhóm, đường dây");
    }

    @Test
    void givenABlankSuspectCount_thenLC2IsUndetermined() {
        var r = lc(commune().blank("suspects"));
        assertThat(r.outcome("LC2")).isEqualTo(INSUFFICIENT_DATA);
        assertThat(r.missing("LC2")).containsExactly("Xa!Q2");
        assertThat(r.vi("LC2")).isEqualTo("Chưa điền số đối tượng nghi vấn: Xa!Q2");
        assertThat(r.en("LC2")).isEqualTo("Number of suspects not filled: Xa!Q2");
    }

    @Test
    void givenAnAddictInPrisonWithoutProfile_thenLC3Fails() {
        var r = lc(commune().with(addict("NN-007").residence(Residence.IN_PRISON).noProfile()));
        assertThat(r.outcome("LC3")).isEqualTo(FAIL);
        assertThat(r.vi("LC3")).isEqualTo("1/1 người nghiện chưa có hồ sơ quản lý: NN-007");
        assertThat(r.en("LC3")).isEqualTo("1 of 1 addicts have no management profile: NN-007");
        assertThat(r.remedyVi("LC3")).isEqualTo("Lập hồ sơ quản lý cho 1 người nghiện: NN-007");
        assertThat(r.evidenceIds("LC3")).containsExactly("NN-007");
    }

    @Test
    void givenAnAddictPresentWithoutTreatmentButWithDossier_thenLC3PassesUnderTheDossierReading() {
        var r = lc(commune().with(addict("NN-001").treatment(Treatment.NONE)));
        assertThat(r.outcome("LC3")).isEqualTo(PASS);
    }

    @Test
    void givenAnAddictPresentWithoutDossier_thenLC3Fails() {
        var r = lc(commune().with(addict("NN-001").noTreatmentDossier()));
        assertThat(r.outcome("LC3")).isEqualTo(FAIL);
        assertThat(r.vi("LC3")).isEqualTo(
                "1/1 người nghiện có mặt chưa được lập hồ sơ áp dụng biện pháp cai nghiện: NN-001");
        assertThat(r.en("LC3")).isEqualTo("1 of 1 addicts present have no rehab-measure dossier: NN-001");
        assertThat(r.remedyVi("LC3")).isEqualTo("Lập hồ sơ áp dụng biện pháp cai nghiện phù hợp cho NN-001");
        assertThat(r.remedyEn("LC3")).isEqualTo("Draw up a dossier applying a suitable rehab measure for NN-001");
    }

    @Test
    void givenAnAddictAwayWithoutDossier_thenLC3DoesNotAskForADossier() {
        var r = lc(commune().with(addict("NN-001").residence(Residence.AWAY).noTreatmentDossier()));
        assertThat(r.outcome("LC3")).isEqualTo(PASS);
    }

    @Test
    void givenAPostRehabPersonWithoutProfile_thenLC3FailsNamingThem() {
        var r = lc(commune().with(postRehab("SCN-001"), postRehab("SCN-002").noProfile()));
        assertThat(r.outcome("LC3")).isEqualTo(FAIL);
        assertThat(r.vi("LC3")).isEqualTo("1/2 người sau cai nghiện chưa có hồ sơ quản lý: SCN-002");
        assertThat(r.en("LC3")).isEqualTo("1 of 2 people after rehab have no management profile: SCN-002");
        assertThat(r.remedyVi("LC3")).isEqualTo("Lập hồ sơ quản lý cho SCN-002");
        assertThat(r.remedyEn("LC3")).isEqualTo("Open a management profile for SCN-002");
        assertThat(r.evidenceIds("LC3")).containsExactly("SCN-002");
        assertThat(r.evidencePlaces("LC3")).containsExactly("Nguoi!3");
    }

    @Test
    void givenAnAddictWithABlankProfileCell_thenLC3IsUndeterminedNamingTheCell() {
        var r = lc(commune().with(addict("NN-001"), addict("NN-002").blank("has_profile")));
        assertThat(r.outcome("LC3")).isEqualTo(INSUFFICIENT_DATA);
        assertThat(r.vi("LC3")).isEqualTo("Chưa kết luận được hồ sơ quản lý của 1 người: NN-002: chưa điền hoặc không đọc được "
                + "«Có hồ sơ quản lý» (Nguoi!H3)");
        assertThat(r.en("LC3")).isEqualTo("Profile undecided for 1 person(s): NN-002: «Có hồ sơ quản lý» (Nguoi!H3) blank or unreadable");
        assertThat(r.missing("LC3")).containsExactly("Nguoi!H3");
        assertThat(r.evidenceIds("LC3")).containsExactly("NN-002");
    }

    @Test
    void givenAnAddictPresentWithABlankDossierCell_thenLC3IsUndeterminedNamingTheCell() {
        var r = lc(commune().with(addict("NN-001").blank("has_treatment_dossier")));
        assertThat(r.outcome("LC3")).isEqualTo(INSUFFICIENT_DATA);
        assertThat(r.vi("LC3")).isEqualTo(
                "Chưa kết luận được hồ sơ áp dụng biện pháp cai nghiện của 1 người: NN-001: chưa điền hoặc không đọc được "
                        + "«Có hồ sơ áp dụng biện pháp cai nghiện» (Nguoi!J2)");
        assertThat(r.en("LC3")).isEqualTo("Rehab dossier undecided for 1 person(s): NN-001: «Có hồ sơ áp dụng biện pháp cai nghiện» "
                + "(Nguoi!J2) blank or unreadable");
        assertThat(r.missing("LC3")).containsExactly("Nguoi!J2");
    }

    @Test
    void givenNoPostRehabAndNoAddict_thenLC3PassesAndSaysSo() {
        var r = lc(commune());
        assertThat(r.outcome("LC3")).isEqualTo(PASS);
        assertThat(r.vi("LC3")).isEqualTo("Không có người nghiện trên địa bàn; không có người nghiện có mặt tại địa bàn; "
                + "không có người sau cai nghiện trên địa bàn");
    }

    @Test
    void givenAUserPresentNotSupervised_thenLC4Fails() {
        var r = lc(commune().with(user("SD-004").unsupervised()));
        assertThat(r.outcome("LC4")).isEqualTo(FAIL);
        assertThat(r.en("LC4")).isEqualTo("1 of 1 illegal users present are not supervised: SD-004");
        assertThat(r.vi("LC4")).isEqualTo("1/1 người sử dụng có mặt chưa được theo dõi, giám sát: SD-004");
        assertThat(r.remedyVi("LC4")).isEqualTo("Phân công theo dõi, giám sát chặt chẽ SD-004");
    }

    @Test
    void givenAUserAwayNotSupervised_thenLC4DoesNotConcernThem() {
        assertThat(lc(commune().with(user("SD-004").residence(Residence.AWAY).unsupervised())).outcome("LC4")).isEqualTo(PASS);
    }

    @Test
    void givenAUserOfUnknownResidenceNotSupervised_thenLC4IsUndetermined() {
        var r = lc(commune().with(user("SD-004").blank("residence").unsupervised()));
        assertThat(r.outcome("LC4")).isEqualTo(INSUFFICIENT_DATA);
        assertThat(r.missing("LC4")).containsExactly("Nguoi!G2");
        assertThat(r.vi("LC4")).as("the residence is what is unknown, not the supervision")
                .isEqualTo("Chưa kết luận được việc theo dõi, giám sát của 1 người: SD-004: chưa điền hoặc không đọc được "
                        + "«Tình trạng cư trú» (Nguoi!G2)");
        assertThat(r.en("LC4")).isEqualTo("Supervision undecided for 1 person(s): SD-004: «Tình trạng cư trú» (Nguoi!G2) blank or unreadable");
    }

    @Test
    void givenAPersonOfUnknownCategoryMeetingEverything_thenLC4Passes() {
        assertThat(lc(commune().with(ofUnknownCategory("X-1"))).outcome("LC4")).isEqualTo(PASS);
    }

    @Test
    void givenAVillageWithoutMailbox_thenLC5FailsNamingTheVillage() {
        var r = lc(commune().village("Bản Mới", 80, 80).villageCell("has_mailbox", false));
        assertThat(r.outcome("LC5")).isEqualTo(FAIL);
        assertThat(r.vi("LC5")).isEqualTo("1/2 thôn, tổ dân phố chưa có hòm thư tố giác tội phạm: Bản Mới");
        assertThat(r.evidencePlaces("LC5")).containsExactly("Thon!3");
        assertThat(r.en("LC5")).isEqualTo("1 of 2 villages have no crime-denunciation mailbox: Bản Mới");
        assertThat(r.remedyVi("LC5")).isEqualTo("Đặt hòm thư tố giác tội phạm tại Bản Mới");
    }

    @Test
    void givenNoVillageRow_thenLC5IsUndetermined() {
        var r = lc(commune().noVillages());
        assertThat(r.outcome("LC5")).isEqualTo(INSUFFICIENT_DATA);
        assertThat(r.vi("LC5")).isEqualTo("Sheet Thon không có dòng nào của xã này: cần kê khai các thôn, tổ dân phố");
        assertThat(r.missing("LC5")).containsExactly("Thon");
    }

    @Test
    void givenNoModelRow_thenLC6FailsWhileNoVillageRowIsUndetermined() {
        var r = lc(commune().noModels().noVillages());
        assertThat(r.outcome("LC6")).isEqualTo(FAIL);
        assertThat(r.vi("LC6")).isEqualTo("Xã chưa có mô hình phòng, chống ma túy nào");
        assertThat(r.en("LC6")).isEqualTo("The commune has no anti-drug model");
        assertThat(r.remedyVi("LC6")).isEqualTo("Xây dựng hoặc củng cố ít nhất 01 mô hình phòng, chống ma túy hoạt động hiệu quả");
        assertThat(r.remedyEn("LC6")).isEqualTo("Build or strengthen at least one effective anti-drug model");
        assertThat(r.outcome("LC5")).isEqualTo(INSUFFICIENT_DATA);
        assertThat(r.en("LC5")).isEqualTo("Sheet Thon has no row for this commune: list its villages and residential groups");
        assertThat(r.missing("LC5")).containsExactly("Thon");
        assertThat(r.result().verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void givenOnlyIneffectiveModels_thenLC6FailsNamingThem() {
        var r = lc(commune().noModels().model("Tổ tự quản", LeadOrg.OTHER, false));
        assertThat(r.outcome("LC6")).isEqualTo(FAIL);
        assertThat(r.vi("LC6")).isEqualTo("Có 1 mô hình nhưng không mô hình nào hoạt động hiệu quả: Tổ tự quản");
        assertThat(r.en("LC6")).isEqualTo("1 model(s) but none works effectively: Tổ tự quản");
        assertThat(r.remedyVi("LC6")).isEqualTo("Xây dựng hoặc củng cố ít nhất 01 mô hình phòng, chống ma túy hoạt động hiệu quả");
        assertThat(r.evidencePlaces("LC6")).containsExactly("MoHinh!2");
    }

    @Test
    void givenOnlyAModelOfUnknownEffect_thenLC6IsUndeterminedNamingTheCell() {
        var r = lc(commune().noModels().model("Tổ tự quản", LeadOrg.OTHER, false).model("CLB", LeadOrg.WOMEN_UNION, null));
        assertThat(r.outcome("LC6")).isEqualTo(INSUFFICIENT_DATA);
        assertThat(r.vi("LC6")).isEqualTo("Chưa rõ hiệu quả hoạt động của mô hình: CLB: chưa điền hoặc không đọc được "
                + "«Hoạt động hiệu quả» (MoHinh!E3)");
        assertThat(r.en("LC6")).isEqualTo("Effectiveness unknown: CLB: «Hoạt động hiệu quả» (MoHinh!E3) blank or unreadable");
        assertThat(r.missing("LC6")).containsExactly("MoHinh!E3");
        assertThat(r.evidenceIds("LC6")).containsExactly("CLB");
    }

    @Test
    void givenNoModelsSheet_thenLC6IsUndeterminedAskingForTheSheet() {
        var r = lc(commune().withoutSheet("MoHinh"));
        assertThat(r.outcome("LC6")).isEqualTo(INSUFFICIENT_DATA);
        assertThat(r.vi("LC6")).isEqualTo("Tệp không có sheet MoHinh: chưa thể xét điều kiện này");
        assertThat(r.en("LC6")).isEqualTo("The workbook has no MoHinh sheet: this condition cannot be decided yet");
        assertThat(r.missing("LC6")).containsExactly("MoHinh");
    }

    @Test
    void givenOneEffectiveModelAmongIneffectiveOnes_thenLC6Passes() {
        var r = lc(commune().noModels().model("Tổ tự quản", LeadOrg.OTHER, false).model("CLB", LeadOrg.WOMEN_UNION, true));
        assertThat(r.outcome("LC6")).isEqualTo(PASS);
        assertThat(r.vi("LC6")).isEqualTo("1 mô hình phòng, chống ma túy hoạt động hiệu quả: CLB");
    }

    @Test
    void givenAnUndeterminedCommune_thenTheVerdictListsTheCellsToFill() {
        var r = lc(commune().blank("hotspots").with(addict("NN-001").blank("has_profile")));
        assertThat(r.result().verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.result().cellsToFill()).extracting(c -> c.a1()).containsExactly("Xa!M2", "Nguoi!H2");
    }
}
