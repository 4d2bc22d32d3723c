package vn.xkmt.samples;

import static vn.xkmt.samples.People.addict;
import static vn.xkmt.samples.People.d;
import static vn.xkmt.samples.People.model;
import static vn.xkmt.samples.People.postRehab;
import static vn.xkmt.samples.People.suspected;
import static vn.xkmt.samples.People.tested;
import static vn.xkmt.samples.People.user;
import static vn.xkmt.samples.People.village;

import java.time.LocalDate;
import java.util.List;
import vn.xkmt.commune.Category;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.DrugAreaClass;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.UnitType;

/**
 * Golden cases of rule set {@code hung-yen} (HY1–HY7), outcomes derived by hand from criteria.md.
 * R = 30/06/2025, so R − 365 = 30/06/2024 and R − 366 = 29/06/2024.
 */
final class HungYenGolden {

    static final LocalDate R = d(2025, 6, 30);
    static final String DIR = RuleSet.HUNG_YEN.testsFolder() + "/";

    private HungYenGolden() {
    }

    /**
     * A commune meeting HY1–HY7: addict NN-001 (in compulsory rehab) and user SD-001 on record; six
     * post-rehab persons on record and supervised, five of them helped to find work (83 %); survey
     * 10/03/2025; an effective Youth Union model; no hotspot; classified Loại III and committed.
     */
    static Unit base(Book b, String code, String vi, String en) {
        Row c = new Row().with("commune_code", code).with("commune_name", vi).with("unit_type", UnitType.COMMUNE)
                .with("district", "Khoái Châu").with("province", "Hưng Yên").with("border", false)
                .with("drug_area_class", DrugAreaClass.CLASS_III).with("registration_date", d(2024, 3, 1))
                .with("request_date", R).with("baseline_addicts", 2).with("baseline_users", 2).with("hotspots", 0)
                .with("last_survey_date", d(2025, 3, 10)).with("commune_commitment", true);
        Unit u = b.add(new Unit(RuleSet.HUNG_YEN, c)).note(vi, en);
        u.person(addict("NN-001", Residence.IN_COMPULSORY_REHAB))
                .person(tested(user("SD-001", Residence.PRESENT), R.minusDays(9)));
        postRehabs(u, 6, 5, 0);
        u.village(village("Thôn Đông", 310, 310))
                .model(model("Thanh niên xung kích phòng, chống ma túy", LeadOrg.YOUTH_UNION, d(2024, 3, 26), true));
        return u;
    }

    /** Replaces the post-rehab persons: {@code n} of them, the first {@code yes} helped, the next {@code blank} blank. */
    static Unit postRehabs(Unit u, int n, int yes, int blank) {
        u.persons.removeIf(p -> p.get("category") == Category.POST_REHAB);
        for (int i = 1; i <= n; i++) {
            Row p = tested(postRehab(String.format("SCN-%03d", i), Residence.PRESENT), R.minusDays(20 + i));
            p.with("job_support", i <= yes ? Boolean.TRUE : i <= yes + blank ? null : Boolean.FALSE);
            u.person(p);
        }
        return u;
    }

    static List<Book> books() {
        return List.of(profiles(), jobSupport(), survey(), modelsAndCommitment(), onlyCommunes(), outsidePeriod());
    }

    static Book profiles() {
        Book b = Book.communes(DIR + "hy-01-ho-so.xlsx",
                "HY1, HY2: hồ sơ quản lý người nghiện, người sử dụng (mọi nơi ở); người sau cai có hồ sơ, được theo dõi",
                "HY1, HY2: profiles of addicts and users (any residence); post-rehab persons on record and supervised");
        base(b, "HY-G01", "Đạt toàn bộ chỉ tiêu", "meets every target");
        base(b, "HY-G02", "Người sử dụng đang chấp hành án chưa có hồ sơ", "user in prison without profile").fails("HY1")
                .person(user("SD-002", Residence.IN_PRISON).with("has_profile", false));
        base(b, "HY-G03", "Ô hồ sơ của người nghiện để trống", "addict's profile cell blank").unknown("HY1")
                .p("NN-001").blank("has_profile");
        base(b, "HY-G04", "Người sau cai không được theo dõi", "post-rehab not supervised").fails("HY2")
                .p("SCN-002").with("supervised", false);
        base(b, "HY-G05", "Không có người nào (HY3: tập rỗng đạt)", "nobody on the roll (HY3: an empty whole passes)")
                .persons.clear();
        base(b, "HY-G06", "Người nghi sử dụng chưa có trong danh sách (không thuộc HY1)", "suspected not listed: not part of HY1")
                .person(suspected("NV-001", Residence.PRESENT).with("has_profile", false));
        return b;
    }

    static Book jobSupport() {
        Book b = Book.communes(DIR + "hy-02-ho-tro-viec-lam.xlsx",
                "HY3: trên 80% người sau cai được hỗ trợ việc làm: đúng 80% không đạt",
                "HY3: more than 80 % of post-rehab persons helped to find work: exactly 80 % fails");
        postRehabs(base(b, "HY-G11", "4/5 người sau cai được hỗ trợ (đúng 80%)", "4 of 5 helped: exactly 80 %"), 5, 4, 0)
                .fails("HY3");
        base(b, "HY-G12", "5/6 người sau cai được hỗ trợ (83%)", "5 of 6 helped: 83 %");
        postRehabs(base(b, "HY-G13", "4/5 được hỗ trợ, 1 để trống", "4 of 5 helped, 1 blank: 80 % or 100 %"), 5, 4, 1)
                .unknown("HY3");
        Unit g14 = postRehabs(base(b, "HY-G14", "3/5 được hỗ trợ, 1 không, 1 để trống", "3 of 5 helped, 1 not, 1 blank: at most 80 %"), 5, 3, 1)
                .fails("HY3");
        g14.p("SCN-005").with("job_support", false);
        postRehabs(base(b, "HY-G15", "Không có người sau cai (tập rỗng đạt)", "no post-rehab person: an empty whole passes"), 0, 0, 0);
        postRehabs(base(b, "HY-G16", "1 người sau cai, chưa được hỗ trợ", "1 post-rehab person, not helped: 0 %"), 1, 0, 0)
                .fails("HY3");
        return b;
    }

    static Book survey() {
        Book b = Book.communes(DIR + "hy-03-tong-khao-sat.xlsx",
                "HY4: tổng khảo sát trong vòng 365 ngày trước R: R−365 đạt, R−366 không đạt",
                "HY4: survey within 365 days before R: R−365 passes, R−366 fails");
        base(b, "HY-G21", "Tổng khảo sát đúng R−365 (30/06/2024)", "survey exactly R−365")
                .row.with("last_survey_date", R.minusDays(365));
        base(b, "HY-G22", "Tổng khảo sát R−366 (29/06/2024)", "survey R−366").fails("HY4")
                .row.with("last_survey_date", R.minusDays(366));
        base(b, "HY-G23", "Ngày tổng khảo sát để trống", "survey date blank").unknown("HY4").row.blank("last_survey_date");
        base(b, "HY-G24", "Tổng khảo sát đúng ngày R", "survey on R itself").row.with("last_survey_date", R);
        return b;
    }

    static Book modelsAndCommitment() {
        Book b = Book.communes(DIR + "hy-04-mo-hinh-cam-ket.xlsx",
                "HY5–HY7: mô hình Đoàn Thanh niên hiệu quả, tụ điểm, phân loại và cam kết của xã",
                "HY5–HY7: an effective Youth Union model, hotspots, classification and the commune's commitment");
        Unit g31 = base(b, "HY-G31", "Mô hình Đoàn không hiệu quả, mô hình Hội Phụ nữ hiệu quả (HY5 chỉ đòi có mô hình Đoàn)", "youth model not effective, women's model effective: HY5 asks only that a youth model exist");
        g31.models.get(0).with("effective", false);
        g31.model(model("Chi hội phụ nữ không có người thân vi phạm pháp luật", LeadOrg.WOMEN_UNION, d(2024, 5, 2), true));
        base(b, "HY-G32", "Ô hiệu quả của mô hình Đoàn để trống (không xét)", "youth model's effective cell blank: not read")
                .models.get(0).blank("effective");
        base(b, "HY-G33", "Mô hình hiệu quả, đơn vị chủ trì để trống", "effective model, lead organisation blank").unknown("HY5")
                .models.get(0).blank("lead_org");
        base(b, "HY-G34", "Không có dòng mô hình nào", "no model rows").fails("HY5").models.clear();
        base(b, "HY-G35", "Một tụ điểm phức tạp", "one hotspot").fails("HY6").row.with("hotspots", 1);
        base(b, "HY-G40", "Ô số tụ điểm để trống", "hotspots cell blank").unknown("HY6").row.blank("hotspots");
        base(b, "HY-G36", "Xã chưa ký cam kết", "commune has not signed").fails("HY7").row.with("commune_commitment", false);
        base(b, "HY-G37", "Ô cam kết của xã để trống", "commune commitment blank").unknown("HY7").row.blank("commune_commitment");
        base(b, "HY-G38", "Phân loại: Không trọng điểm (đã phân loại)", "classified as not a key area: classified all the same")
                .row.with("drug_area_class", DrugAreaClass.NONE);
        base(b, "HY-G42", "Ô phân loại địa bàn để trống: chưa biết, không phải không đạt", "classification blank: unknown, not a failure")
                .unknown("HY7").row.blank("drug_area_class");
        Unit g43 = base(b, "HY-G43", "Chỉ có mô hình Hội Phụ nữ hiệu quả", "only an effective women's union model").fails("HY5");
        g43.models.clear();
        g43.model(model("Chi hội phụ nữ không có người thân vi phạm pháp luật", LeadOrg.WOMEN_UNION, d(2024, 5, 2), true));
        Unit g39 = base(b, "HY-G39", "Hai mô hình Đoàn: một không hiệu quả, một hiệu quả", "two youth models, one effective");
        g39.models.get(0).with("effective", false);
        g39.model(model("Câu lạc bộ thanh niên với pháp luật", LeadOrg.YOUTH_UNION, d(2024, 9, 2), true));
        return b;
    }

    static Book onlyCommunes() {
        Book b = Book.communes(DIR + "hy-05-chi-co-sheet-xa.xlsx",
                "Tệp chỉ có sheet Xa: chỉ tiêu về người và mô hình chưa đủ dữ liệu",
                "Workbook with sheet Xa only: person and model targets are INSUFFICIENT_DATA")
                .without(DataContract.PERSONS).without(DataContract.VILLAGES).without(DataContract.MODELS);
        Unit g41 = base(b, "HY-G41", "Chỉ có dữ liệu xã", "commune row only").unknown("HY1", "HY2", "HY3", "HY5");
        g41.persons.clear();
        g41.villages.clear();
        g41.models.clear();
        return b;
    }

    /** After 31/12/2025 the plan's 2023 – 2025 targets no longer apply ("tầm nhìn đến năm 2030" sets none). */
    static Book outsidePeriod() {
        Book b = Book.communes(DIR + "hy-06-ngoai-hieu-luc.xlsx",
                "Ngày đề nghị sau 31/12/2025: chỉ tiêu giai đoạn 2023 – 2025 hết hiệu lực",
                "Request date after 31/12/2025: the 2023 – 2025 targets are no longer in force");
        Unit u = base(b, "HY-G51", "Đề nghị ngày 15/01/2026", "request on 15/01/2026");
        u.persons.clear();
        u.row.with("request_date", d(2026, 1, 15)).with("last_survey_date", d(2025, 10, 1));
        return b;
    }
}
