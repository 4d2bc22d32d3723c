package vn.xkmt.samples;

import static vn.xkmt.samples.People.d;
import static vn.xkmt.samples.People.model;

import java.time.LocalDate;
import java.util.List;
import vn.xkmt.commune.Category;
import vn.xkmt.commune.DrugAreaClass;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.UnitType;
import vn.xkmt.samples.Names.Group;

/**
 * {@code samples/hung-yen-khoai-chau.xlsx}: the five pilot communes of Khoái Châu's 2024 plan,
 * request dates in 2024–2025; three meet every target HY1–HY7, two do not. Place names are real;
 * every figure and person is invented.
 */
final class HungYenSamples {

    private HungYenSamples() {
    }

    static Book book() {
        Roster roster = new Roster(20240219L);
        Book b = Book.communes("samples/hung-yen-khoai-chau.xlsx",
                "Hưng Yên, huyện Khoái Châu: 5 xã thí điểm và 1 xã khác; 3/5 xã thí điểm đạt toàn bộ chỉ tiêu",
                "Hưng Yên, Khoái Châu district: the 5 pilot communes and 1 other; 3 of 5 pilot communes meet every target");

        commune(b, roster, "HY-BKI", "Bình Kiều", d(2024, 3, 20), d(2024, 12, 16), d(2024, 9, 20),
                DrugAreaClass.CLASS_III, List.of("Tạ Xá", "Bình Kiều", "Đào Xá", "Phượng Hoàng"), 1, 1, 1, 5, 5)
                .note("Đạt toàn bộ chỉ tiêu; 5/5 người sau cai được hỗ trợ việc làm", "meets every target; 5 of 5 post-rehab persons helped to find work");

        commune(b, roster, "HY-NDU", "Nhuế Dương", d(2024, 3, 22), d(2025, 6, 20), d(2025, 3, 15),
                DrugAreaClass.CLASS_II, List.of("Nhuế Dương", "Đào Viên", "Cao Xá", "Phú Hòa", "Tân An"), 2, 1, 2, 7, 6)
                .note("Đạt toàn bộ chỉ tiêu; 6/7 người sau cai được hỗ trợ việc làm (85,7%)",
                        "meets every target; 6 of 7 post-rehab persons helped to find work (85.7%)");

        commune(b, roster, "HY-DNI", "Đông Ninh", d(2024, 3, 18), d(2025, 9, 25), d(2025, 4, 2),
                DrugAreaClass.NONE, List.of("Đông Kết", "Ninh Vũ", "Lạc Thủy", "Mễ Thượng"), 1, 0, 1, 4, 4)
                .note("Đạt toàn bộ chỉ tiêu (xã không trọng điểm, đã phân loại)", "meets every target (classified as not a key area)");

        Unit dta = commune(b, roster, "HY-DTA", "Đại Tập", d(2024, 3, 25), d(2025, 3, 18), d(2024, 12, 5),
                DrugAreaClass.CLASS_II, List.of("Đại Tập", "Hàm Tử Quan", "Đông Hòa", "Phú Thịnh", "Tân Hưng"),
                2, 1, 1, 5, 4)
                .fails("HY3", "HY5").note("Chưa đạt HY3 (4/5 người sau cai được hỗ trợ việc làm, đúng 80%, phải trên 80%) "
                                + "và HY5 (chỉ có mô hình của Hội Phụ nữ, chưa có mô hình Đoàn Thanh niên)",
                        "misses HY3 (4 of 5 post-rehab persons helped: exactly 80%, more is needed) and HY5 "
                                + "(only a Women's Union model, no Youth Union model)");
        dta.models.clear();
        dta.model(model("Chi hội phụ nữ không có người thân vi phạm pháp luật", LeadOrg.WOMEN_UNION, d(2024, 6, 1), true));

        Unit odi = commune(b, roster, "HY-ODI", "Ông Đình", d(2024, 3, 19), d(2024, 11, 28), d(2023, 10, 12),
                DrugAreaClass.CLASS_III, List.of("Ông Đình", "Nghĩa Trụ", "Phương Trù", "Bình Dân"), 2, 0, 3, 3, 3)
                .fails("HY1", "HY4").note("Chưa đạt HY1 (người sử dụng SD-003 chưa có hồ sơ quản lý) và HY4 "
                                + "(tổng khảo sát gần nhất 12/10/2023, quá 365 ngày)",
                        "misses HY1 (user SD-003 has no management profile) and HY4 (latest survey 12/10/2023, "
                                + "more than 365 days old)");
        odi.p("SD-003").with("has_profile", false);

        commune(b, roster, "HY-THU", "Thuần Hưng", d(2024, 4, 2), d(2025, 5, 12), d(2025, 2, 20),
                DrugAreaClass.CLASS_III, List.of("Thuần Hưng", "Phù Sa", "Đức Nhân"), 1, 0, 1, 3, 3)
                .note("Đạt toàn bộ chỉ tiêu; không phải xã thí điểm, tiến độ đếm riêng",
                        "meets every target; not a pilot commune, counted apart in the progress");
        return b;
    }

    private static Unit commune(Book b, Roster roster, String code, String name, LocalDate reg, LocalDate r,
                                LocalDate survey, DrugAreaClass cls, List<String> villages, int present, int rehab,
                                int users, int post, int helped) {
        Row c = new Row().with("commune_code", code).with("commune_name", name).with("unit_type", UnitType.COMMUNE)
                .with("district", "Khoái Châu").with("province", "Hưng Yên").with("border", false)
                .with("drug_area_class", cls).with("registration_date", reg).with("request_date", r)
                .with("baseline_addicts", present + rehab + roster.random().nextInt(3))
                .with("baseline_users", users + roster.random().nextInt(3))
                .with("hotspots", 0).with("retail_sellers", 0).with("use_venues", 0).with("suspects", 0)
                .with("last_survey_date", survey).with("commune_commitment", true);
        Unit u = b.add(new Unit(RuleSet.HUNG_YEN, c));
        roster.add(u, Category.ADDICT, Residence.PRESENT, present, Group.KINH);
        roster.add(u, Category.ADDICT, Residence.IN_COMPULSORY_REHAB, rehab, Group.KINH);
        roster.add(u, Category.USER, Residence.PRESENT, users, Group.KINH);
        roster.add(u, Category.POST_REHAB, Residence.PRESENT, post, Group.KINH);
        for (int i = helped + 1; i <= post; i++) {
            u.p(String.format("SCN-%03d", i)).with("job_support", false);
        }
        roster.villages(u, villages.stream().map(v -> "Thôn " + v).toList());
        u.model(model("Thanh niên xung kích tham gia xây dựng xã không có ma túy", LeadOrg.YOUTH_UNION,
                reg.plusDays(26), true));
        return u;
    }
}
