package vn.xkmt.samples;

import static vn.xkmt.samples.People.addict;
import static vn.xkmt.samples.People.d;
import static vn.xkmt.samples.People.model;
import static vn.xkmt.samples.People.notTested;
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
import vn.xkmt.commune.TestResult;
import vn.xkmt.commune.Treatment;
import vn.xkmt.commune.UnitType;

/**
 * Golden cases of rule set {@code thanh-hoa} (TH1–TH9), outcomes derived by hand from criteria.md.
 * R = 15/03/2025, so R − 30 = 13/02/2025 and R − 31 = 12/02/2025; registration 15/11/2024.
 */
final class ThanhHoaGolden {

    static final LocalDate R = d(2025, 3, 15);
    static final LocalDate REG = d(2024, 11, 15);
    static final String DIR = RuleSet.THANH_HOA.testsFolder() + "/";

    private ThanhHoaGolden() {
    }

    /**
     * A commune meeting TH1–TH9: baseline 4 addicts and 3 users; now addicts NN-001 and NN-002 present,
     * in treatment, supervised, tested negative 10 and 3 days before R; user SD-001 tested 5 days
     * before R; post-rehab SCN-001 tested 60 days before R (after registration) with job support;
     * suspected NV-001 on the list, tested 20 days before R; two villages fully committed; one
     * effective model.
     */
    static Unit base(Book b, String code, String vi, String en) {
        Row c = new Row().with("commune_code", code).with("commune_name", vi).with("unit_type", UnitType.COMMUNE)
                .with("district", "Hoằng Hóa").with("province", "Thanh Hóa").with("border", false)
                .with("drug_area_class", DrugAreaClass.CLASS_III).with("registration_date", REG)
                .with("request_date", R).with("baseline_addicts", 4).with("baseline_users", 3)
                .with("last_survey_date", d(2024, 12, 10)).with("commune_commitment", true);
        for (String k : List.of("hotspots", "retail_sellers", "use_venues", "risk_points", "suspects", "crime_groups",
                "cultivation_cases", "production_cases", "serious_incidents")) {
            c.with(k, 0);
        }
        Unit u = b.add(new Unit(RuleSet.THANH_HOA, c)).note(vi, en);
        u.person(tested(addict("NN-001", Residence.PRESENT), R.minusDays(10)))
                .person(tested(addict("NN-002", Residence.PRESENT).with("treatment", Treatment.SUBSTITUTION),
                        R.minusDays(3)))
                .person(tested(user("SD-001", Residence.PRESENT), R.minusDays(5)))
                .person(tested(postRehab("SCN-001", Residence.PRESENT), R.minusDays(60)))
                .person(tested(suspected("NV-001", Residence.PRESENT), R.minusDays(20)))
                .village(village("Thôn Đông", 150, 150))
                .village(village("Thôn Tây", 210, 210))
                .model(model("Tổ thanh niên xung kích phòng, chống ma túy", LeadOrg.YOUTH_UNION, d(2024, 11, 26), true));
        return u;
    }

    static List<Book> books() {
        return List.of(addictCount(), testWindow(), psychosis(), suspectedPersons(), baseline(), postRehabPersons(),
                communeVillagesModels(), nobody(), onlyCommunes(), outsidePeriod());
    }

    /** Replaces the two base addicts by {@code present} present ones and the given others, all compliant. */
    private static Unit addicts(Unit u, int present, Residence... others) {
        u.persons.removeIf(p -> p.get("category") == Category.ADDICT);
        int n = 0;
        for (int i = 0; i < present; i++) {
            u.person(tested(addict(String.format("NN-%03d", ++n), Residence.PRESENT), R.minusDays(2 + i)));
        }
        for (Residence r : others) {
            Row a = addict(String.format("NN-%03d", ++n), r);
            if (r.inCommunity()) {
                tested(a, R.minusDays(12));
            }
            u.person(a);
        }
        return u;
    }

    static Book addictCount() {
        Book b = Book.communes(DIR + "th-01-so-nguoi-nghien.xlsx",
                "TH1: dưới 10 người nghiện ngoài cộng đồng (9 đạt, 10 không đạt); đi khỏi địa phương và không rõ nơi ở được tính",
                "TH1: fewer than 10 addicts in the community (9 passes, 10 fails); AWAY and WHEREABOUTS_UNKNOWN count");
        addicts(base(b, "TH-G01", "9 người nghiện ngoài cộng đồng (5 có mặt, 2 đi khỏi, 2 không rõ), 4 đang cai, chấp hành án",
                        "9 addicts in the community (5 present, 2 away, 2 whereabouts unknown) plus 4 in rehab or prison"),
                5, Residence.AWAY, Residence.AWAY, Residence.WHEREABOUTS_UNKNOWN, Residence.WHEREABOUTS_UNKNOWN,
                Residence.IN_COMPULSORY_REHAB, Residence.IN_COMPULSORY_REHAB, Residence.IN_COMPULSORY_REHAB,
                Residence.IN_PRISON).row.with("baseline_addicts", 15);
        addicts(base(b, "TH-G02", "10 người nghiện ngoài cộng đồng (6 có mặt, 2 đi khỏi, 2 không rõ)",
                        "10 addicts in the community (6 present, 2 away, 2 whereabouts unknown)"),
                6, Residence.AWAY, Residence.AWAY, Residence.WHEREABOUTS_UNKNOWN, Residence.WHEREABOUTS_UNKNOWN)
                .fails("TH1").row.with("baseline_addicts", 15);
        Unit g03 = addicts(base(b, "TH-G03", "9 người nghiện có mặt, 1 người nghiện nơi ở để trống",
                        "9 present addicts and 1 of blank residence: 9 or 10 in the community"),
                9, Residence.PRESENT).unknown("TH1");
        g03.p("NN-010").blank("residence");
        g03.row.with("baseline_addicts", 15);
        addicts(base(b, "TH-G04", "7 có mặt, 2 đi khỏi, 1 đang chấp hành án: 9 ngoài cộng đồng",
                        "7 present, 2 away, 1 in prison: 9 in the community"),
                7, Residence.AWAY, Residence.AWAY, Residence.IN_PRISON).row.with("baseline_addicts", 15);
        return b;
    }

    static Book testWindow() {
        Book b = Book.communes(DIR + "th-02-xet-nghiem-30-ngay.xlsx",
                "TH1, TH2: xét nghiệm âm tính trong 30 ngày: đúng R−30 đạt, R−31 không đạt, sau R chưa đủ dữ liệu",
                "TH1, TH2: negative test within 30 days: R−30 passes, R−31 fails, a test after R is INSUFFICIENT_DATA");
        base(b, "TH-G11", "Người nghiện xét nghiệm đúng R−30 (13/02/2025)", "addict tested exactly R−30")
                .p("NN-001").with("last_test_date", R.minusDays(30));
        base(b, "TH-G12", "Người nghiện xét nghiệm R−31 (12/02/2025)", "addict tested R−31").fails("TH1")
                .p("NN-001").with("last_test_date", R.minusDays(31));
        base(b, "TH-G13", "Người nghiện xét nghiệm sau R (16/03/2025)", "addict tested after R").unknown("TH1")
                .p("NN-001").with("last_test_date", R.plusDays(1));
        base(b, "TH-G14", "Người nghiện xét nghiệm đúng ngày R", "addict tested on R itself")
                .p("NN-001").with("last_test_date", R);
        notTested(base(b, "TH-G15", "Người nghiện chưa xét nghiệm", "addict not tested").fails("TH1").p("NN-001"));
        base(b, "TH-G16", "Người nghiện dương tính R−5", "addict positive R−5").fails("TH1")
                .p("NN-001").with("last_test_date", R.minusDays(5)).with("last_test_result", TestResult.POSITIVE);
        base(b, "TH-G17", "Người sử dụng xét nghiệm R−31", "user tested R−31").fails("TH2")
                .p("SD-001").with("last_test_date", R.minusDays(31));
        base(b, "TH-G18", "Người sử dụng xét nghiệm đúng R−30", "user tested exactly R−30")
                .p("SD-001").with("last_test_date", R.minusDays(30));
        base(b, "TH-G19", "Người sử dụng đi khỏi địa phương, không được giám sát", "user away and not supervised: in the community")
                .fails("TH2").person(tested(user("SD-002", Residence.AWAY).with("supervised", false), R.minusDays(8)));
        base(b, "TH-G20", "Người sử dụng đang chấp hành án, không hồ sơ, không xét nghiệm", "user in prison, no profile, no test: not in the community")
                .person(user("SD-002", Residence.IN_PRISON).with("has_profile", false).with("supervised", false));
        base(b, "TH-G21", "Người nghiện âm tính nhưng ngày xét nghiệm để trống", "addict negative, test date blank")
                .unknown("TH1").p("NN-001").blank("last_test_date");
        base(b, "TH-G22", "Người nghiện đang cai bắt buộc, xét nghiệm R−90", "addict in compulsory rehab tested R−90: not in the community")
                .person(tested(addict("NN-003", Residence.IN_COMPULSORY_REHAB), R.minusDays(90)));
        return b;
    }

    static Book psychosis() {
        Book b = Book.communes(DIR + "th-03-loan-than.xlsx",
                "TH2: người có biểu hiện loạn thần thuộc mọi phân loại, cư trú tại địa bàn",
                "TH2: people with drug psychosis, of any category, living in the community");
        base(b, "TH-G31", "Người sau cai loạn thần, xét nghiệm R−60", "post-rehab with psychosis tested R−60")
                .fails("TH2").p("SCN-001").with("psychosis", true);
        base(b, "TH-G32", "Người nghi sử dụng loạn thần, được giám sát, xét nghiệm R−20", "suspected with psychosis, supervised, tested R−20")
                .p("NV-001").with("psychosis", true).with("supervised", true);
        base(b, "TH-G33", "Người nghiện loạn thần không được giám sát", "addict with psychosis not supervised")
                .fails("TH1", "TH2").p("NN-001").with("psychosis", true).with("supervised", false);
        base(b, "TH-G34", "Người nghi sử dụng loạn thần đang chấp hành án", "suspected with psychosis in prison: not in the community")
                .person(tested(suspected("NV-002", Residence.IN_PRISON).with("psychosis", true), R.minusDays(100)));
        base(b, "TH-G35", "Người nghi sử dụng, ô loạn thần để trống (= Không), không giám sát", "suspected, psychosis blank (= No), not supervised")
                .person(tested(suspected("NV-002", Residence.PRESENT).with("supervised", false), R.minusDays(45)));
        base(b, "TH-G36", "Người nghi sử dụng loạn thần, xét nghiệm R−35", "suspected with psychosis tested R−35")
                .fails("TH2").p("NV-001").with("psychosis", true).with("supervised", true)
                .with("last_test_date", R.minusDays(35));
        base(b, "TH-G37", "Người sau cai loạn thần không rõ nơi ở, đủ điều kiện", "post-rehab with psychosis, whereabouts unknown, all done")
                .person(tested(postRehab("SCN-002", Residence.WHEREABOUTS_UNKNOWN).with("psychosis", true), R.minusDays(15)));
        return b;
    }

    static Book suspectedPersons() {
        Book b = Book.communes(DIR + "th-04-nghi-su-dung.xlsx",
                "TH3: người nghi sử dụng được lập danh sách và xét nghiệm; dương tính là không đạt",
                "TH3: suspected persons listed and tested; a positive result fails");
        base(b, "TH-G41", "Người nghi sử dụng dương tính R−3", "suspected positive R−3").fails("TH3")
                .p("NV-001").with("last_test_date", R.minusDays(3)).with("last_test_result", TestResult.POSITIVE);
        notTested(base(b, "TH-G42", "Người nghi sử dụng chưa xét nghiệm", "suspected not tested").fails("TH3").p("NV-001"));
        base(b, "TH-G43", "Người nghi sử dụng xét nghiệm âm tính từ R−200", "suspected tested negative R−200: any date up to R")
                .p("NV-001").with("last_test_date", R.minusDays(200));
        base(b, "TH-G44", "Người nghi sử dụng chưa có trong danh sách", "suspected not on the list").fails("TH3")
                .p("NV-001").with("has_profile", false);
        base(b, "TH-G45", "Người nghi sử dụng xét nghiệm sau R", "suspected tested after R").unknown("TH3")
                .p("NV-001").with("last_test_date", R.plusDays(2));
        base(b, "TH-G46", "Người nghi sử dụng có ngày xét nghiệm, kết quả để trống", "suspected tested, result blank")
                .unknown("TH3").p("NV-001").blank("last_test_result");
        return b;
    }

    static Book baseline() {
        Book b = Book.communes(DIR + "th-05-so-voi-khi-dang-ky.xlsx",
                "TH4: số người nghiện, sử dụng hiện nay so với khi đăng ký: bằng, thấp hơn, bằng 0",
                "TH4: addicts and users now against the baseline: equal, lower, zero");
        base(b, "TH-G51", "Khi đăng ký 2 + 1, nay 2 + 1: tổng bằng nhau", "baseline 2 + 1, now 2 + 1: equal totals")
                .fails("TH4").row.with("baseline_addicts", 2).with("baseline_users", 1);
        base(b, "TH-G52", "Khi đăng ký 3 + 1, nay 2 + 1", "baseline 3 + 1, now 2 + 1: lower")
                .row.with("baseline_addicts", 3).with("baseline_users", 1);
        Unit g53 = base(b, "TH-G53", "Khi đăng ký 0 + 0, nay 0 + 0", "baseline 0 + 0, now 0 + 0");
        g53.row.with("baseline_addicts", 0).with("baseline_users", 0);
        g53.persons.removeIf(p -> p.get("category") == Category.ADDICT || p.get("category") == Category.USER);
        Unit g54 = base(b, "TH-G54", "Khi đăng ký 0 + 0, nay 0 + 1", "baseline 0 + 0, now 0 + 1").fails("TH4");
        g54.row.with("baseline_addicts", 0).with("baseline_users", 0);
        g54.persons.removeIf(p -> p.get("category") == Category.ADDICT);
        base(b, "TH-G55", "Khi đăng ký 1 + 6, nay 2 + 1: người nghiện tăng", "baseline 1 + 6, now 2 + 1: more addicts though fewer in total")
                .fails("TH4").row.with("baseline_addicts", 1).with("baseline_users", 6);
        base(b, "TH-G56", "Số người sử dụng khi đăng ký để trống", "baseline users blank").unknown("TH4")
                .row.blank("baseline_users");
        base(b, "TH-G57", "Khi đăng ký 3 + 1, nay 3 + 1 (1 người nghiện đang chấp hành án)", "baseline 3 + 1, now 3 + 1 counting an addict in prison")
                .fails("TH4").person(addict("NN-003", Residence.IN_PRISON))
                .row.with("baseline_addicts", 3).with("baseline_users", 1);
        base(b, "TH-G58", "Số người nghiện khi đăng ký để trống, người sử dụng 0 nhưng nay có 1", "baseline addicts blank, users 0 but 1 now: FAIL beats blank")
                .fails("TH4").row.blank("baseline_addicts").with("baseline_users", 0);
        return b;
    }

    static Book postRehabPersons() {
        Book b = Book.communes(DIR + "th-06-sau-cai.xlsx",
                "TH5: người sau cai nghiện có hồ sơ, được giám sát, xét nghiệm từ ngày đăng ký, được hỗ trợ việc làm",
                "TH5: post-rehab persons on record, supervised, tested since registration, helped to find work");
        base(b, "TH-G61", "Người sau cai chưa được hỗ trợ việc làm", "post-rehab without job support").fails("TH5")
                .p("SCN-001").with("job_support", false);
        base(b, "TH-G62", "Người sau cai xét nghiệm trước ngày đăng ký (14/11/2024)", "post-rehab tested the day before registration")
                .fails("TH5").p("SCN-001").with("last_test_date", REG.minusDays(1));
        base(b, "TH-G63", "Người sau cai xét nghiệm đúng ngày đăng ký", "post-rehab tested on the registration day")
                .p("SCN-001").with("last_test_date", REG);
        base(b, "TH-G64", "Ngày đăng ký để trống, có người sau cai", "registration date blank, one post-rehab person")
                .unknown("TH5").row.blank("registration_date");
        Unit g65 = base(b, "TH-G65", "Ngày đăng ký để trống, không có người sau cai", "registration date blank, no post-rehab person");
        g65.row.blank("registration_date");
        g65.persons.removeIf(p -> p.get("category") == Category.POST_REHAB);
        base(b, "TH-G66", "Người sau cai đang chấp hành án, không được giám sát", "post-rehab in prison, not supervised: every post-rehab person counts")
                .fails("TH5").person(tested(postRehab("SCN-002", Residence.IN_PRISON).with("supervised", false),
                        R.minusDays(40)));
        notTested(base(b, "TH-G67", "Người sau cai chưa xét nghiệm", "post-rehab not tested").fails("TH5").p("SCN-001"));
        base(b, "TH-G68", "Người sau cai xét nghiệm sau R", "post-rehab tested after R").unknown("TH5")
                .p("SCN-001").with("last_test_date", R.plusDays(3));
        base(b, "TH-G69", "Người sau cai xét nghiệm dương tính từ khi đăng ký (tái nghiện)", "post-rehab tested positive since registration: a relapse")
                .fails("TH5").p("SCN-001").with("last_test_result", TestResult.POSITIVE);
        base(b, "TH-G70", "Người sau cai dương tính, ô ngày xét nghiệm để trống", "post-rehab positive, test date blank")
                .unknown("TH5").p("SCN-001").with("last_test_result", TestResult.POSITIVE).blank("last_test_date");
        return b;
    }

    static Book communeVillagesModels() {
        Book b = Book.communes(DIR + "th-07-dia-ban-thon-mo-hinh.xlsx",
                "TH6–TH9: điểm phức tạp, vụ rất nghiêm trọng, hộ cam kết, mô hình",
                "TH6–TH9: hotspots and risk points, serious incidents, committed households, models");
        base(b, "TH-G71", "Một điểm có nguy cơ phức tạp", "one risk point").fails("TH6").row.with("risk_points", 1);
        base(b, "TH-G72", "Số vụ sản xuất để trống", "production cases blank").unknown("TH6").row.blank("production_cases");
        base(b, "TH-G73", "Một vụ rất nghiêm trọng", "one very serious incident").fails("TH7").row.with("serious_incidents", 1);
        base(b, "TH-G74", "Số vụ rất nghiêm trọng để trống", "serious incidents blank").unknown("TH7")
                .row.blank("serious_incidents");
        base(b, "TH-G75", "Thôn Tây 208/210 hộ ký cam kết", "Thôn Tây: 208 of 210 households signed").fails("TH8")
                .v("Thôn Tây").with("committed_households", 208);
        Unit g76 = base(b, "TH-G76", "Thôn không có hòm thư, bảng đường dây nóng (TH8 chỉ xét cam kết)", "villages without mailbox or board: TH8 checks commitments only");
        g76.villages.forEach(v -> v.with("has_mailbox", false).with("has_hotline_board", false));
        base(b, "TH-G77", "Không có dòng thôn nào", "no village rows").unknown("TH8").villages.clear();
        base(b, "TH-G78", "Không có dòng mô hình nào", "no model rows").fails("TH9").models.clear();
        base(b, "TH-G79", "Mô hình duy nhất, ô hiệu quả để trống", "only model's effective cell blank").unknown("TH9")
                .models.get(0).blank("effective");
        base(b, "TH-G80", "Có người bán lẻ, điểm sử dụng, đối tượng nghi vấn (ngoài TH6)", "sellers, use venues, suspects: not part of TH6")
                .row.with("retail_sellers", 2).with("use_venues", 1).with("suspects", 3);
        return b;
    }

    static Book nobody() {
        Book b = Book.communes(DIR + "th-08-khong-co-nguoi.xlsx",
                "Sheet Nguoi có nhưng xã không có người nào: các tiêu chí 100% đạt vì tập rỗng",
                "Sheet Nguoi present but no person of the commune: every 100 % criterion passes over an empty population");
        Unit g81 = base(b, "TH-G81", "Không có người nào trong danh sách; khi đăng ký 2 + 1", "nobody on the roll; baseline 2 + 1");
        g81.persons.clear();
        g81.row.with("baseline_addicts", 2).with("baseline_users", 1);
        return b;
    }

    static Book onlyCommunes() {
        Book b = Book.communes(DIR + "th-09-chi-co-sheet-xa.xlsx",
                "Tệp chỉ có sheet Xa: tiêu chí về người, thôn, mô hình chưa đủ dữ liệu",
                "Workbook with sheet Xa only: person, village and model criteria are INSUFFICIENT_DATA")
                .without(DataContract.PERSONS).without(DataContract.VILLAGES).without(DataContract.MODELS);
        bare(base(b, "TH-G91", "Chỉ có dữ liệu xã", "commune row only"))
                .unknown("TH1", "TH2", "TH3", "TH4", "TH5", "TH8", "TH9");
        bare(base(b, "TH-G92", "Chỉ có dữ liệu xã, 2 vụ rất nghiêm trọng", "commune row only, 2 serious incidents"))
                .fails("TH7").unknown("TH1", "TH2", "TH3", "TH4", "TH5", "TH8", "TH9").row.with("serious_incidents", 2);
        return b;
    }

    /**
     * Requests outside the plan's period (01/11/2024 – 31/12/2025): evaluated for reference under the
     * nearest version, verdict NOT_IN_FORCE though every criterion passes.
     */
    static Book outsidePeriod() {
        Book b = Book.communes(DIR + "th-10-ngoai-hieu-luc.xlsx",
                "Ngày đề nghị ngoài thời gian hiệu lực của đề án (01/11/2024 – 31/12/2025): không có bộ tiêu chí hiệu lực",
                "Request dates outside the scheme's period (01/11/2024 – 31/12/2025): no rule set in force");
        Unit late = base(b, "TH-G101", "Đề nghị ngày 20/01/2026, sau khi đề án kết thúc; không có người nào", "request on 20/01/2026, after the scheme's end; nobody on the roll");
        late.persons.clear();
        late.row.with("request_date", d(2026, 1, 20)).with("last_survey_date", d(2025, 12, 1));
        Unit early = base(b, "TH-G102", "Đề nghị ngày 31/10/2024, trước khi đề án bắt đầu; không có người nào", "request on 31/10/2024, before the scheme's start; nobody on the roll");
        early.persons.clear();
        early.row.with("request_date", d(2024, 10, 31)).with("registration_date", d(2024, 6, 1));
        return b;
    }

    private static Unit bare(Unit u) {
        u.persons.clear();
        u.villages.clear();
        u.models.clear();
        return u;
    }
}
