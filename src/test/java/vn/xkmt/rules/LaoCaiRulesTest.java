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
    void givenABlankSuspectCount_thenLC2IsUndetermined() {
        var r = lc(commune().blank("suspects"));
        assertThat(r.outcome("LC2")).isEqualTo(INSUFFICIENT_DATA);
        assertThat(r.missing("LC2")).containsExactly("Xa!Q2");
    }

    @Test
    void givenAnAddictInPrisonWithoutProfile_thenLC3Fails() {
        var r = lc(commune().with(addict("NN-007").residence(Residence.IN_PRISON).noProfile()));
        assertThat(r.outcome("LC3")).isEqualTo(FAIL);
        assertThat(r.vi("LC3")).isEqualTo("1/1 người nghiện chưa có hồ sơ quản lý: NN-007");
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
        assertThat(r.remedyVi("LC3")).isEqualTo("Lập hồ sơ áp dụng biện pháp cai nghiện phù hợp cho NN-001");
    }

    @Test
    void givenAnAddictAwayWithoutDossier_thenLC3DoesNotAskForADossier() {
        var r = lc(commune().with(addict("NN-001").residence(Residence.AWAY).noTreatmentDossier()));
        assertThat(r.outcome("LC3")).isEqualTo(PASS);
    }

    @Test
    void givenAPostRehabPersonWithoutProfile_thenLC3Fails() {
        assertThat(lc(commune().with(postRehab("SCN-001").noProfile())).outcome("LC3")).isEqualTo(FAIL);
    }

    @Test
    void givenNoPostRehabAndNoAddict_thenLC3PassesAndSaysSo() {
        var r = lc(commune());
        assertThat(r.outcome("LC3")).isEqualTo(PASS);
        assertThat(r.vi("LC3")).contains("Không có người sau cai nghiện trên địa bàn");
    }

    @Test
    void givenAUserPresentNotSupervised_thenLC4Fails() {
        var r = lc(commune().with(user("SD-004").unsupervised()));
        assertThat(r.outcome("LC4")).isEqualTo(FAIL);
        assertThat(r.en("LC4")).isEqualTo("1 of 1 illegal users present are not supervised: SD-004");
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
    }

    @Test
    void givenNoVillageRow_thenLC5IsUndetermined() {
        var r = lc(commune().noVillages());
        assertThat(r.outcome("LC5")).isEqualTo(INSUFFICIENT_DATA);
        assertThat(r.vi("LC5")).contains("Sheet Thon không có dòng nào của xã này");
    }

    @Test
    void givenNoModelRow_thenLC6FailsWhileNoVillageRowIsUndetermined() {
        var r = lc(commune().noModels().noVillages());
        assertThat(r.outcome("LC6")).isEqualTo(FAIL);
        assertThat(r.outcome("LC5")).isEqualTo(INSUFFICIENT_DATA);
        assertThat(r.result().verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
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
