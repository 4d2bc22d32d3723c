package vn.xkmt.samples;

import static vn.xkmt.samples.People.d;
import static vn.xkmt.samples.People.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.xkmt.commune.Category;
import vn.xkmt.commune.DrugAreaClass;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.TestResult;
import vn.xkmt.commune.UnitType;
import vn.xkmt.samples.Names.Group;

/**
 * {@code samples/thanh-hoa.xlsx}: nine Thanh Hóa communes, request dates between 01/11/2024 and
 * 31/12/2025. Requests after 01/07/2025 leave Huyện blank (district level abolished). Place names
 * are real; every figure and person is invented.
 */
final class ThanhHoaSamples {

    private static final List<String> VILLAGES = List.of("Đông", "Tây", "Nam", "Bắc", "Trung", "Phú Thượng",
            "Phú Hạ", "Yên Trường", "Hòa Bình", "Tân Phúc", "Đồng Tâm", "Quang Trung", "Thành Công", "Minh Khai");

    private ThanhHoaSamples() {
    }

    static Book book() {
        Roster roster = new Roster(20241101L);
        Book b = Book.communes("samples/thanh-hoa.xlsx",
                "Thanh Hóa: 9 xã, phường đề nghị công nhận từ 01/11/2024 đến 31/12/2025",
                "Thanh Hóa: 9 communes and wards requesting recognition between 01/11/2024 and 31/12/2025");

        Unit hqu = commune(b, roster, "TH-HQU", "Hoằng Quỳ", "Hoằng Hóa", d(2024, 11, 8), d(2024, 12, 12), 13, 5,
                7, Group.KINH)
                .note("Đạt cả 9 tiêu chí: đúng 9 người nghiện ngoài cộng đồng (7 có mặt, 1 đi khỏi, 1 không rõ nơi ở); "
                                + "người sử dụng SD-003 loạn thần đã xét nghiệm âm tính",
                        "meets all nine: exactly 9 addicts in the community (7 present, 1 away, 1 whereabouts unknown); "
                                + "user SD-003 with psychosis tested negative");
        roster.add(hqu, Category.ADDICT, Residence.PRESENT, 7, Group.KINH);
        roster.add(hqu, Category.ADDICT, Residence.AWAY, 1, Group.KINH);
        roster.add(hqu, Category.ADDICT, Residence.WHEREABOUTS_UNKNOWN, 1, Group.KINH);
        roster.add(hqu, Category.ADDICT, Residence.IN_COMPULSORY_REHAB, 2, Group.KINH);
        roster.add(hqu, Category.USER, Residence.PRESENT, 3, Group.KINH).with("psychosis", true)
                .with("note", "Có biểu hiện loạn thần, gia đình phối hợp theo dõi");
        roster.add(hqu, Category.POST_REHAB, Residence.PRESENT, 2, Group.KINH);
        roster.add(hqu, Category.SUSPECTED, Residence.PRESENT, 2, Group.KINH);

        Unit tgi = commune(b, roster, "TH-TGI", "Thiệu Giao", "Thiệu Hóa", d(2024, 11, 20), d(2025, 3, 20), 14, 4,
                6, Group.KINH)
                .fails("TH1").note("Không đạt TH1: 10 người nghiện ngoài cộng đồng (8 có mặt, 1 đi khỏi, 1 không rõ nơi ở), "
                                + "phải dưới 10", "fails TH1: 10 addicts in the community (8 present, 1 away, "
                                + "1 whereabouts unknown), must be fewer than 10");
        roster.add(tgi, Category.ADDICT, Residence.PRESENT, 8, Group.KINH);
        roster.add(tgi, Category.ADDICT, Residence.AWAY, 1, Group.KINH);
        roster.add(tgi, Category.ADDICT, Residence.WHEREABOUTS_UNKNOWN, 1, Group.KINH);
        roster.add(tgi, Category.ADDICT, Residence.IN_COMPULSORY_REHAB, 1, Group.KINH);
        roster.add(tgi, Category.USER, Residence.PRESENT, 2, Group.KINH);
        roster.add(tgi, Category.POST_REHAB, Residence.PRESENT, 2, Group.KINH);
        roster.add(tgi, Category.SUSPECTED, Residence.PRESENT, 1, Group.KINH);

        Unit dkh = commune(b, roster, "TH-DKH", "Đông Khê", "Đông Sơn", d(2024, 11, 12), d(2025, 1, 15), 6, 3,
                5, Group.KINH)
                .fails("TH1").note("Không đạt TH1: NN-002 xét nghiệm ngày 12/12/2024, quá 30 ngày trước ngày đề nghị "
                                + "(SD-001 xét nghiệm đúng 30 ngày trước vẫn đạt)", "fails TH1: NN-002 was tested on "
                                + "12/12/2024, more than 30 days before the request (SD-001, tested exactly 30 days before, counts)");
        roster.add(dkh, Category.ADDICT, Residence.PRESENT, 4, Group.KINH);
        roster.add(dkh, Category.USER, Residence.PRESENT, 2, Group.KINH);
        roster.add(dkh, Category.POST_REHAB, Residence.PRESENT, 1, Group.KINH);
        dkh.p("NN-002").with("last_test_date", d(2024, 12, 12));
        dkh.p("SD-001").with("last_test_date", d(2024, 12, 16));

        Unit nth = commune(b, roster, "TH-NTH", "Nga Thạch", "Nga Sơn", d(2024, 12, 2), d(2025, 5, 22), 5, 2,
                5, Group.KINH)
                .fails("TH2").note("Không đạt TH2: SCN-002 (sau cai nghiện) có biểu hiện loạn thần, xét nghiệm đã quá 30 ngày; "
                                + "NN-004 loạn thần nhưng đang cai nghiện bắt buộc nên không xét",
                        "fails TH2: SCN-002 (post-rehab) shows psychosis and was tested more than 30 days ago; "
                                + "NN-004 shows psychosis but is in compulsory rehab");
        roster.add(nth, Category.ADDICT, Residence.PRESENT, 3, Group.KINH);
        roster.add(nth, Category.ADDICT, Residence.IN_COMPULSORY_REHAB, 1, Group.KINH).with("psychosis", true);
        roster.add(nth, Category.USER, Residence.PRESENT, 1, Group.KINH);
        roster.add(nth, Category.POST_REHAB, Residence.PRESENT, 3, Group.KINH);
        nth.p("SCN-002").with("psychosis", true).with("last_test_date", d(2025, 4, 7));

        Unit qph = commune(b, roster, "TH-QPH", "Quảng Phong", "Quảng Xương", d(2024, 11, 25), d(2025, 4, 8), 4, 2,
                6, Group.KINH)
                .fails("TH3").note("Không đạt TH3: người nghi sử dụng NV-002 xét nghiệm dương tính ngày 02/04/2025 "
                                + "(cần chuyển sang diện người sử dụng trái phép)", "fails TH3: suspected NV-002 tested "
                                + "positive on 02/04/2025 (reclassify as an illegal user)");
        roster.add(qph, Category.ADDICT, Residence.PRESENT, 2, Group.KINH);
        roster.add(qph, Category.USER, Residence.PRESENT, 1, Group.KINH);
        roster.add(qph, Category.POST_REHAB, Residence.PRESENT, 1, Group.KINH);
        roster.add(qph, Category.SUSPECTED, Residence.PRESENT, 3, Group.KINH);
        qph.p("NV-002").with("last_test_date", d(2025, 4, 2)).with("last_test_result", TestResult.POSITIVE);

        Unit xla = commune(b, roster, "TH-XLA", "Xuân Lai", null, d(2025, 1, 10), d(2025, 8, 12), 6, 4,
                6, Group.KINH)
                .fails("TH4").note("Không đạt TH4: khi đăng ký 6 người nghiện + 4 người sử dụng, nay vẫn 6 + 4 (kể cả 1 người đang chấp hành án)",
                        "fails TH4: 6 addicts + 4 users at registration, still 6 + 4 now (one of them in prison)");
        roster.add(xla, Category.ADDICT, Residence.PRESENT, 5, Group.KINH);
        roster.add(xla, Category.ADDICT, Residence.IN_PRISON, 1, Group.KINH);
        roster.add(xla, Category.USER, Residence.PRESENT, 4, Group.KINH);
        roster.add(xla, Category.POST_REHAB, Residence.PRESENT, 2, Group.KINH);
        roster.add(xla, Category.SUSPECTED, Residence.PRESENT, 1, Group.KINH);

        Unit hnh = commune(b, roster, "TH-HNH", "Hải Nhân", null, d(2025, 2, 14), d(2025, 10, 3), 5, 3,
                6, Group.KINH)
                .fails("TH5").note("Không đạt TH5: người sau cai SCN-003 chưa được tư vấn, hỗ trợ việc làm",
                        "fails TH5: post-rehab SCN-003 has had no job counselling or support");
        hnh.row.with("unit_type", UnitType.WARD);
        roster.add(hnh, Category.ADDICT, Residence.PRESENT, 3, Group.KINH);
        roster.add(hnh, Category.USER, Residence.PRESENT, 2, Group.KINH);
        roster.add(hnh, Category.POST_REHAB, Residence.PRESENT, 4, Group.KINH);
        hnh.p("SCN-003").with("job_support", false);

        Unit mly = commune(b, roster, "TH-MLY", "Mường Lý", null, d(2025, 3, 5), d(2025, 11, 20), 9, 2,
                5, Group.THAI)
                .unknown("TH1", "TH7").note("Chưa đủ dữ liệu: NN-003 chỉ có xét nghiệm ngày 23/11/2025, sau ngày đề nghị; "
                                + "ô Số vụ rất nghiêm trọng để trống", "undetermined: NN-003's only test is dated "
                                + "23/11/2025, after the request; serious incidents cell blank");
        mly.row.with("drug_area_class", DrugAreaClass.CLASS_II).blank("serious_incidents");
        roster.add(mly, Category.ADDICT, Residence.PRESENT, 5, Group.HMONG);
        roster.add(mly, Category.ADDICT, Residence.IN_COMPULSORY_REHAB, 2, Group.THAI);
        roster.add(mly, Category.USER, Residence.PRESENT, 1, Group.THAI);
        roster.add(mly, Category.POST_REHAB, Residence.PRESENT, 2, Group.HMONG);
        mly.p("NN-003").with("last_test_date", d(2025, 11, 23));

        Unit qti = commune(b, roster, "TH-QTI", "Quảng Tiến", "Sầm Sơn", d(2024, 12, 15), d(2025, 6, 18), 3, 2,
                7, Group.KINH)
                .fails("TH6", "TH8").note("Không đạt TH6 (1 điểm có nguy cơ phức tạp) và TH8 (một khu phố còn 4 hộ chưa ký cam kết)",
                        "fails TH6 (one risk point) and TH8 (4 households of one quarter have not signed)");
        qti.row.with("unit_type", UnitType.WARD).with("risk_points", 1);
        roster.add(qti, Category.ADDICT, Residence.PRESENT, 2, Group.KINH);
        roster.add(qti, Category.USER, Residence.PRESENT, 1, Group.KINH);
        roster.add(qti, Category.POST_REHAB, Residence.PRESENT, 1, Group.KINH);
        Row last = qti.villages.get(qti.villages.size() - 1);
        last.with("committed_households", last.integer("households") - 4);
        return b;
    }

    /** Commune row with zero counts, its villages fully committed and one effective model. */
    private static Unit commune(Book b, Roster roster, String code, String name, String district, LocalDate reg,
                                LocalDate r, int baselineAddicts, int baselineUsers, int villages, Group group) {
        Row c = new Row().with("commune_code", code).with("commune_name", name).with("unit_type", UnitType.COMMUNE)
                .with("district", district).with("province", "Thanh Hóa").with("border", false)
                .with("drug_area_class", DrugAreaClass.CLASS_III).with("registration_date", reg).with("request_date", r)
                .with("baseline_addicts", baselineAddicts).with("baseline_users", baselineUsers)
                .with("last_survey_date", reg.plusDays(10 + roster.random().nextInt(20)))
                .with("commune_commitment", true);
        for (String k : List.of("hotspots", "retail_sellers", "use_venues", "risk_points", "suspects", "crime_groups",
                "cultivation_cases", "production_cases", "serious_incidents")) {
            c.with(k, 0);
        }
        Unit u = b.add(new Unit(RuleSet.THANH_HOA, c));
        List<String> names = new ArrayList<>(VILLAGES);
        Collections.shuffle(names, roster.random());
        String prefix = name.startsWith("Quảng Tiến") || name.startsWith("Hải Nhân") ? "Khu phố " : "Thôn ";
        roster.villages(u, names.subList(0, villages).stream().map(v -> prefix + v).toList());
        u.model(model(roster.pick(List.of("Tổ tự quản về an ninh trật tự", "Khu dân cư không có tội phạm và tệ nạn xã hội",
                "Dòng họ không có người vi phạm pháp luật")), LeadOrg.FATHERLAND_FRONT, reg.plusDays(12), true));
        if (group == Group.THAI) {
            u.model(model("Bản văn hóa không có ma túy", LeadOrg.COMMUNE_POLICE, reg.plusDays(30), true));
        }
        return u;
    }
}
