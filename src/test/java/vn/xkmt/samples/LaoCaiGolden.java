package vn.xkmt.samples;

import static vn.xkmt.samples.People.addict;
import static vn.xkmt.samples.People.d;
import static vn.xkmt.samples.People.model;
import static vn.xkmt.samples.People.person;
import static vn.xkmt.samples.People.postRehab;
import static vn.xkmt.samples.People.tested;
import static vn.xkmt.samples.People.user;
import static vn.xkmt.samples.People.village;

import java.time.LocalDate;
import java.util.List;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.DrugAreaClass;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.Treatment;
import vn.xkmt.commune.UnitType;

/** Golden cases of rule set {@code lao-cai} (LC1–LC6), outcomes derived by hand from criteria.md. */
final class LaoCaiGolden {

    static final LocalDate R = d(2024, 5, 20);
    static final LocalDate REG = d(2023, 11, 20);
    static final String DIR = RuleSet.LAO_CAI.testsFolder() + "/";

    private LaoCaiGolden() {
    }

    /**
     * A commune meeting LC1–LC6: no hotspot, seller, venue, suspect or group; addict NN-001 present
     * with profile and dossier; post-rehab SCN-001 with profile; user SD-001 present, on record and
     * supervised; two villages fully committed with mailbox and hotline board; one effective model.
     */
    static Unit base(Book b, String code, String vi, String en) {
        Row c = new Row().with("commune_code", code).with("commune_name", vi).with("unit_type", UnitType.COMMUNE)
                .with("district", "Bát Xát").with("province", "Lào Cai").with("border", true)
                .with("drug_area_class", DrugAreaClass.NONE).with("registration_date", REG).with("request_date", R)
                .with("rollout_phase", 1).with("baseline_addicts", 3).with("baseline_users", 2)
                .with("last_survey_date", d(2024, 3, 1)).with("commune_commitment", true);
        for (String k : List.of("hotspots", "retail_sellers", "use_venues", "risk_points", "suspects", "crime_groups",
                "cultivation_cases", "production_cases", "serious_incidents")) {
            c.with(k, 0);
        }
        Unit u = b.add(new Unit(RuleSet.LAO_CAI, c)).note(vi, en);
        u.person(tested(addict("NN-001", Residence.PRESENT), R.minusDays(7)))
                .person(tested(postRehab("SCN-001", Residence.PRESENT), R.minusDays(40)))
                .person(tested(user("SD-001", Residence.PRESENT), R.minusDays(5)))
                .village(village("Thôn Một", 85, 85))
                .village(village("Thôn Hai", 120, 120))
                .model(model("Tổ tự quản phòng, chống ma túy", LeadOrg.COMMUNE_POLICE, d(2023, 12, 1), true));
        return u;
    }

    static List<Book> books() {
        return List.of(counts(), persons(), villagesAndModels(), onlyCommunes(), noModelSheet(), beforePlan());
    }

    static Book counts() {
        Book b = Book.communes(DIR + "lc-01-dia-ban.xlsx",
                "LC1, LC2: số tụ điểm, người bán lẻ, điểm sử dụng, đối tượng nghi vấn, ổ nhóm; ô trống và KHÔNG ĐẠT",
                "LC1, LC2: hotspot, seller, venue, suspect and group counts; blank cells, and FAIL beating a blank");
        base(b, "LC-G01", "Đạt tất cả tiêu chí", "meets every criterion");
        base(b, "LC-G02", "Một tụ điểm phức tạp", "one hotspot").fails("LC1").row.with("hotspots", 1);
        base(b, "LC-G03", "Ô số đối tượng bán lẻ để trống", "retail sellers blank").unknown("LC1")
                .row.blank("retail_sellers");
        base(b, "LC-G04", "Tụ điểm để trống nhưng có 2 điểm tổ chức sử dụng", "hotspots blank but 2 use venues: FAIL beats blank")
                .fails("LC1").row.blank("hotspots").with("use_venues", 2);
        base(b, "LC-G05", "Một đối tượng nghi vấn", "one suspect").fails("LC2").row.with("suspects", 1);
        Unit g06 = base(b, "LC-G06", "Ổ nhóm để trống, không có mô hình", "groups blank and no model: NOT_ELIGIBLE beats unknown")
                .unknown("LC2").fails("LC6");
        g06.row.blank("crime_groups");
        g06.models.clear();
        base(b, "LC-G07", "3 người bán lẻ, đối tượng nghi vấn để trống", "3 sellers, suspects blank")
                .fails("LC1").unknown("LC2").row.with("retail_sellers", 3).blank("suspects");
        return b;
    }

    static Book persons() {
        Book b = Book.communes(DIR + "lc-02-nguoi.xlsx",
                "LC3, LC4: hồ sơ người nghiện (mọi nơi ở), hồ sơ cai nghiện người có mặt, người sau cai, người sử dụng có mặt",
                "LC3, LC4: addicts' profiles (any residence), dossiers of those present, post-rehab profiles, present users");
        base(b, "LC-G11", "Người nghiện đang chấp hành án chưa có hồ sơ", "addict in prison without profile")
                .fails("LC3").person(addict("NN-002", Residence.IN_PRISON).with("has_profile", false));
        base(b, "LC-G12", "Người nghiện đi khỏi địa phương chưa có hồ sơ cai nghiện", "addict away, no dossier: only present ones need it")
                .person(addict("NN-002", Residence.AWAY).with("has_treatment_dossier", false));
        Unit g13 = base(b, "LC-G13", "Người nghiện có mặt chưa có hồ sơ cai nghiện", "present addict without dossier")
                .fails("LC3");
        g13.p("NN-001").with("has_treatment_dossier", false);
        Unit g14 = base(b, "LC-G14", "Có hồ sơ cai nghiện, chưa áp dụng hình thức", "dossier drawn up, treatment not yet applied");
        g14.p("NN-001").with("treatment", Treatment.NONE);
        Unit g15 = base(b, "LC-G15", "Người sau cai chưa có hồ sơ quản lý", "post-rehab without profile").fails("LC3");
        g15.p("SCN-001").with("has_profile", false);
        Unit g16 = base(b, "LC-G16", "Người sử dụng có mặt không được giám sát", "present user not supervised").fails("LC4");
        g16.p("SD-001").with("supervised", false);
        base(b, "LC-G17", "Người sử dụng đi khỏi địa phương, chưa có hồ sơ", "user away, no profile: only present users count")
                .person(user("SD-002", Residence.AWAY).with("has_profile", false).with("supervised", false));
        Unit g18 = base(b, "LC-G18", "Ô giám sát người sử dụng để trống", "user's supervised cell blank").unknown("LC4");
        g18.p("SD-001").blank("supervised");
        base(b, "LC-G19", "Nơi ở để trống nhưng đủ hồ sơ, giám sát", "residence blank but on record and supervised either way")
                .person(user("SD-002", null));
        base(b, "LC-G20", "Phân loại để trống, không hồ sơ", "category blank, nothing on record: could be an addict or a user")
                .unknown("LC3", "LC4").person(person("DT-001", null, Residence.PRESENT).with("has_profile", false)
                        .with("supervised", false).with("has_treatment_dossier", false));
        Unit g21 = base(b, "LC-G21", "Không có người nào trong danh sách", "no person on the roll: empty populations pass");
        g21.persons.clear();
        Unit g22 = base(b, "LC-G22", "Người nghiện nơi ở để trống, chưa có hồ sơ cai nghiện", "addict of blank residence without dossier")
                .unknown("LC3");
        g22.p("NN-001").blank("residence").with("has_treatment_dossier", false);
        base(b, "LC-G23", "Người nghiện đang cai bắt buộc, ô hồ sơ cai nghiện Không", "addict in compulsory rehab, dossier No")
                .person(addict("NN-002", Residence.IN_COMPULSORY_REHAB).with("has_treatment_dossier", false));
        return b;
    }

    static Book villagesAndModels() {
        Book b = Book.communes(DIR + "lc-03-thon-mo-hinh.xlsx",
                "LC5, LC6: hộ cam kết, hòm thư, bảng đường dây nóng từng thôn; mô hình hiệu quả; không có dòng thôn và không có dòng mô hình",
                "LC5, LC6: committed households, mailbox and hotline board per village; effective model; no village rows vs no model rows");
        base(b, "LC-G31", "Thôn Hai còn 1 hộ chưa ký cam kết", "one household of Thôn Hai has not signed").fails("LC5")
                .v("Thôn Hai").with("committed_households", 119);
        base(b, "LC-G32", "Thôn Một không có hòm thư tố giác", "Thôn Một has no mailbox").fails("LC5")
                .v("Thôn Một").with("has_mailbox", false);
        base(b, "LC-G33", "Ô bảng đường dây nóng Thôn Hai để trống", "Thôn Hai's hotline board blank").unknown("LC5")
                .v("Thôn Hai").blank("has_hotline_board");
        Unit g34 = base(b, "LC-G34", "Không có dòng thôn nào", "no village rows: sheet not filled").unknown("LC5");
        g34.villages.clear();
        Unit g35 = base(b, "LC-G35", "Không có dòng mô hình nào", "no model rows: the commune has none").fails("LC6");
        g35.models.clear();
        Unit g36 = base(b, "LC-G36", "Một mô hình không hiệu quả, một để trống", "one model not effective, one blank")
                .unknown("LC6");
        g36.models.get(0).with("effective", false);
        g36.model(model("Câu lạc bộ thanh niên với pháp luật", LeadOrg.YOUTH_UNION, d(2024, 1, 15), null));
        Unit g37 = base(b, "LC-G37", "Một mô hình không hiệu quả, một hiệu quả", "one model not effective, one effective");
        g37.models.get(0).with("effective", false);
        g37.model(model("Chi hội phụ nữ không có người thân mắc tệ nạn ma túy", LeadOrg.WOMEN_UNION, d(2024, 2, 1), true));
        Unit g38 = base(b, "LC-G38", "Số hộ Thôn Một để trống, Thôn Hai không có hòm thư", "Thôn Một's households blank, Thôn Hai no mailbox: FAIL beats blank")
                .fails("LC5");
        g38.v("Thôn Một").blank("households");
        g38.v("Thôn Hai").with("has_mailbox", false);
        Unit g39 = base(b, "LC-G39", "Hai mô hình đều không hiệu quả", "both models not effective").fails("LC6");
        g39.models.get(0).with("effective", false);
        g39.model(model("Dòng họ tự quản về an ninh trật tự", LeadOrg.FATHERLAND_FRONT, d(2023, 12, 20), false));
        Unit g40 = base(b, "LC-G40", "Không có dòng thôn và không có dòng mô hình", "no village rows and no model rows")
                .unknown("LC5").fails("LC6");
        g40.villages.clear();
        g40.models.clear();
        return b;
    }

    static Book onlyCommunes() {
        Book b = Book.communes(DIR + "lc-04-chi-co-sheet-xa.xlsx",
                "Tệp chỉ có sheet Xa: tiêu chí về người, thôn, mô hình chưa đủ dữ liệu",
                "Workbook with sheet Xa only: person, village and model criteria are INSUFFICIENT_DATA")
                .without(DataContract.PERSONS).without(DataContract.VILLAGES).without(DataContract.MODELS);
        bare(base(b, "LC-G41", "Chỉ có dữ liệu xã", "commune row only")).unknown("LC3", "LC4", "LC5", "LC6");
        bare(base(b, "LC-G42", "Chỉ có dữ liệu xã, một tụ điểm", "commune row only, one hotspot"))
                .fails("LC1").unknown("LC3", "LC4", "LC5", "LC6").row.with("hotspots", 1);
        return b;
    }

    static Book noModelSheet() {
        Book b = Book.communes(DIR + "lc-05-khong-co-sheet-mo-hinh.xlsx",
                "Tệp không có sheet MoHinh: LC6 chưa đủ dữ liệu (khác với sheet có nhưng không có dòng)",
                "Workbook without sheet MoHinh: LC6 INSUFFICIENT_DATA (unlike a sheet with no row)")
                .without(DataContract.MODELS);
        base(b, "LC-G51", "Không có sheet mô hình", "no model sheet").unknown("LC6").models.clear();
        Unit g52 = base(b, "LC-G52", "Không có dòng người, dòng thôn; không có sheet mô hình", "no person or village rows, no model sheet")
                .unknown("LC5", "LC6");
        g52.persons.clear();
        g52.villages.clear();
        g52.models.clear();
        return b;
    }

    private static Unit bare(Unit u) {
        u.persons.clear();
        u.villages.clear();
        u.models.clear();
        return u;
    }

    /** A request the day before the plan's start (15/11/2023): no rule set in force, criteria for reference. */
    static Book beforePlan() {
        Book b = Book.communes(DIR + "lc-06-truoc-hieu-luc.xlsx",
                "Ngày đề nghị trước khi kế hoạch có hiệu lực (15/11/2023): không có bộ tiêu chí hiệu lực",
                "Request date before the plan is in force (15/11/2023): no rule set in force");
        Unit u = base(b, "LC-G61", "Đề nghị ngày 14/11/2023, một ngày trước giai đoạn 1", "request on 14/11/2023, the day before phase 1");
        u.row.with("request_date", d(2023, 11, 14)).with("registration_date", d(2023, 6, 1));
        return b;
    }
}
