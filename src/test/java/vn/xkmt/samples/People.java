package vn.xkmt.samples;

import java.time.LocalDate;
import vn.xkmt.commune.Category;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.TestResult;
import vn.xkmt.commune.Treatment;

/**
 * Rows that meet every duty of every rule set, to be spoiled one cell at a time: an addict on record,
 * in treatment, with a treatment dossier, supervised; a user on record and supervised; a post-rehab
 * person on record, supervised, helped to find work; a suspected person on the list. Tests are added
 * with {@link #tested}.
 */
final class People {

    private People() {
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static Row addict(String id, Residence residence) {
        Treatment t = residence == Residence.IN_COMPULSORY_REHAB || residence == Residence.IN_PRISON
                ? Treatment.COMPULSORY : Treatment.VOLUNTARY_COMMUNITY;
        return person(id, Category.ADDICT, residence).with("has_profile", true).with("treatment", t)
                .with("has_treatment_dossier", true).with("supervised", true);
    }

    static Row user(String id, Residence residence) {
        return person(id, Category.USER, residence).with("has_profile", true).with("supervised", true);
    }

    static Row postRehab(String id, Residence residence) {
        return person(id, Category.POST_REHAB, residence).with("has_profile", true).with("supervised", true)
                .with("job_support", true);
    }

    static Row suspected(String id, Residence residence) {
        return person(id, Category.SUSPECTED, residence).with("has_profile", true);
    }

    static Row person(String id, Category category, Residence residence) {
        return new Row().with("person_id", id).with("category", category).with("residence", residence);
    }

    /** A negative test on that day. */
    static Row tested(Row p, LocalDate day) {
        return tested(p, day, TestResult.NEGATIVE);
    }

    static Row tested(Row p, LocalDate day, TestResult result) {
        return p.with("last_test_date", day).with("last_test_result", result);
    }

    static Row notTested(Row p) {
        return p.blank("last_test_date").with("last_test_result", TestResult.NOT_TESTED);
    }

    static Row village(String name, int households, int committed) {
        return new Row().with("village_name", name).with("households", households)
                .with("committed_households", committed).with("has_mailbox", true).with("has_hotline_board", true);
    }

    static Row model(String name, LeadOrg lead, LocalDate established, Boolean effective) {
        return new Row().with("model_name", name).with("lead_org", lead).with("established_date", established)
                .with("effective", effective);
    }
}
