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
 * {@code samples/lao-cai-bien-gioi.xlsx}: eight border communes of Lào Cai in phase 1 and two key
 * inland communes of phase 2, request dates in 2024. Place names are real; every figure and person
 * is invented.
 */
final class LaoCaiSamples {

    private LaoCaiSamples() {
    }

    static Book book() {
        Roster roster = new Roster(20231115L);
        Book b = Book.communes("samples/lao-cai-bien-gioi.xlsx",
                "Lào Cai: 8 xã biên giới (giai đoạn 1) và 2 xã trọng điểm nội địa (giai đoạn 2), năm 2024",
                "Lào Cai: 8 border communes (phase 1) and 2 key inland communes (phase 2), 2024")
                .readme("Hạn báo cáo của kế hoạch (mục V.2): sơ kết giai đoạn 1 trước ngày 20/6/2024, giai đoạn 2 trước"
                                + " ngày 20/12/2024; hiện cùng chỗ với tiến độ lộ trình, không ảnh hưởng kết luận.",
                        "The plan's report deadlines (section V.2): phase 1 review before 20/6/2024, phase 2 before"
                                + " 20/12/2024; shown with the roll-out progress, they change no verdict.");

        Unit yty = commune(b, roster, "LC-YTY", "Y Tý", "Bát Xát", d(2023, 11, 17), d(2024, 5, 16), 1,
                List.of("Lao Chải", "Mò Phú Chải", "Choản Thèn", "Hồng Ngài", "Sín Chải", "Phìn Hồ"), Group.HMONG,
                3, 1, 2, 3, 1)
                .note("Đạt cả 6 tiêu chí", "meets all six criteria");
        yty.model(model("Câu lạc bộ thanh niên với pháp luật", LeadOrg.YOUTH_UNION, d(2023, 12, 8), true));

        commune(b, roster, "LC-AMS", "A Mú Sung", "Bát Xát", d(2023, 11, 20), d(2024, 5, 28), 1,
                List.of("Lũng Pô", "Nậm Giàng", "Tả Suối Câu", "Bản Pho", "Trung Ma Hồ"), Group.HMONG, 2, 0, 1, 2, 0)
                .note("Đạt cả 6 tiêu chí", "meets all six criteria");

        commune(b, roster, "LC-TTU", "Trịnh Tường", "Bát Xát", d(2023, 11, 22), d(2024, 6, 4), 1,
                List.of("Tân Long", "Khu Chu Phìn", "Na Lin", "Phìn Ngan Sin", "Tùng Sáng"), Group.DAO, 4, 1, 2, 2, 1)
                .fails("LC1").note("Không đạt LC1: còn 1 tụ điểm phức tạp về ma túy", "fails LC1: one drug hotspot left")
                .row.with("hotspots", 1);

        Unit bla = commune(b, roster, "LC-BLA", "Bản Lầu", "Mường Khương", d(2023, 11, 16), d(2024, 6, 10), 1,
                List.of("Na Lốc", "Cốc Phương", "Bản Sen", "Làng Chung", "Na Nhung"), Group.HMONG, 4, 0, 2, 3, 1)
                .fails("LC3").note("Không đạt LC3: 1 người nghiện đi khỏi địa phương chưa có hồ sơ quản lý",
                        "fails LC3: an addict who left the commune has no management profile");
        roster.add(bla, Category.ADDICT, Residence.AWAY, 1, Group.HMONG).with("has_profile", false)
                .with("note", "Bỏ đi khỏi địa phương trước đợt rà soát");

        Unit plo = commune(b, roster, "LC-PLO", "Pha Long", "Mường Khương", d(2023, 11, 24), d(2024, 5, 22), 1,
                List.of("Lùng Phìn", "Tả Lủ", "Pha Long 1", "Pha Long 2", "Sảng Chải"), Group.HMONG, 2, 0, 3, 1, 0)
                .fails("LC4").note("Không đạt LC4: 1 người sử dụng có mặt tại địa bàn chưa được theo dõi, giám sát",
                        "fails LC4: a user living in the commune is not supervised");
        plo.p("SD-002").with("supervised", false);

        Unit tnc = commune(b, roster, "LC-TNC", "Tả Ngải Chồ", "Mường Khương", d(2023, 11, 21), d(2024, 6, 12), 1,
                List.of("Sín Chải", "Tả Ngải Chồ", "Chín Chu Lìn", "Lao Chải", "Nhiều Sang"), Group.HMONG, 3, 1, 1, 2, 0)
                .fails("LC5").note("Không đạt LC5: thôn Chín Chu Lìn còn 3 hộ chưa ký cam kết",
                        "fails LC5: 3 households of Chín Chu Lìn have not signed the commitment");
        Row ccl = tnc.v("Thôn Chín Chu Lìn");
        ccl.with("committed_households", ccl.integer("households") - 3);

        Unit bvu = commune(b, roster, "LC-BVU", "Bản Vược", "Bát Xát", d(2023, 11, 18), d(2024, 6, 13), 1,
                List.of("Cốc Cái", "Bản Lợt", "Bản Vược", "Bản Vai", "Phìn Chải"), Group.DAO, 2, 1, 1, 2, 1)
                .fails("LC6").note("Không đạt LC6: mô hình duy nhất không duy trì hiệu quả",
                        "fails LC6: its only model is not working effectively");
        bvu.models.get(0).with("effective", false);

        Unit bph = commune(b, roster, "LC-BPH", "Bản Phiệt", "Bảo Thắng", d(2023, 11, 27), d(2024, 6, 14), 1,
                List.of("Làng Chưng", "Bản Phiệt", "Bản Quẩn", "Bản Lọt", "Na Mo"), Group.DAO, 3, 0, 2, 2, 1)
                .unknown("LC2", "LC3").note("Chưa đủ dữ liệu: ô Số đối tượng nghi vấn để trống; ô hồ sơ của SCN-002 để trống",
                        "undetermined: suspects cell blank; SCN-002's profile cell blank");
        bph.row.blank("suspects");
        bph.p("SCN-002").blank("has_profile");

        Unit gph = commune(b, roster, "LC-GPH", "Gia Phú", "Bảo Thắng", d(2024, 6, 20), d(2024, 11, 26), 2,
                List.of("Nhuần", "Phú Hải", "Phú Hợp", "Xuân Tư", "Cù Hà", "Cốc Mụ"), Group.KINH, 4, 2, 3, 3, 2)
                .note("Đạt cả 6 tiêu chí (xã trọng điểm Loại II, giai đoạn 2)", "meets all six criteria (key commune, class II, phase 2)");
        gph.row.with("border", false).with("drug_area_class", DrugAreaClass.CLASS_II);

        Unit plu = commune(b, roster, "LC-PLU", "Phố Lu", "Bảo Thắng", d(2024, 6, 25), d(2024, 12, 10), 2,
                List.of("Tổ dân phố số 1", "Tổ dân phố số 2", "Tổ dân phố số 3", "Tổ dân phố số 4", "Tổ dân phố số 5"),
                Group.KINH, 5, 2, 3, 2, 2)
                .fails("LC2", "LC5").note("Không đạt LC2 (2 đối tượng nghi vấn) và LC5 (tổ dân phố số 4 chưa có bảng niêm yết đường dây nóng)",
                        "fails LC2 (2 suspects) and LC5 (residential group 4 has no hotline board)");
        plu.row.with("unit_type", UnitType.TOWNSHIP).with("border", false).with("drug_area_class", DrugAreaClass.CLASS_I)
                .with("suspects", 2);
        plu.v("Tổ dân phố số 4").with("has_hotline_board", false);
        return b;
    }

    /**
     * A commune whose every duty is met: {@code present} addicts present and {@code rehab} in compulsory
     * rehab, {@code users} present users, {@code post} post-rehab persons, {@code suspected} suspected
     * persons; villages fully committed; one effective model led by the commune police.
     */
    private static Unit commune(Book b, Roster roster, String code, String name, String district, LocalDate reg,
                                LocalDate r, int phase, List<String> villages, Group group, int present, int rehab,
                                int users, int post, int suspected) {
        int addicts = present + rehab;
        Row c = new Row().with("commune_code", code).with("commune_name", name).with("unit_type", UnitType.COMMUNE)
                .with("district", district).with("province", "Lào Cai").with("border", true)
                .with("drug_area_class", DrugAreaClass.NONE).with("registration_date", reg).with("request_date", r)
                .with("rollout_phase", phase).with("baseline_addicts", addicts + 1 + roster.random().nextInt(4))
                .with("baseline_users", users + roster.random().nextInt(3))
                .with("last_survey_date", reg.plusDays(20 + roster.random().nextInt(60)))
                .with("commune_commitment", true);
        for (String k : List.of("hotspots", "retail_sellers", "use_venues", "risk_points", "suspects", "crime_groups",
                "cultivation_cases", "production_cases", "serious_incidents")) {
            c.with(k, 0);
        }
        Unit u = b.add(new Unit(RuleSet.LAO_CAI, c));
        roster.add(u, Category.ADDICT, Residence.PRESENT, present, group);
        roster.add(u, Category.ADDICT, Residence.IN_COMPULSORY_REHAB, rehab, group);
        roster.add(u, Category.USER, Residence.PRESENT, users, group);
        roster.add(u, Category.POST_REHAB, Residence.PRESENT, post, group);
        roster.add(u, Category.SUSPECTED, Residence.PRESENT, suspected, group);
        roster.villages(u, villages.stream().map(v -> v.startsWith("Tổ") ? v : "Thôn " + v).toList());
        u.model(model(roster.pick(List.of("Tổ tự quản về an ninh trật tự", "Thôn bản không có ma túy",
                "Tổ liên gia tự quản", "Camera an ninh thôn bản")), LeadOrg.COMMUNE_POLICE, reg.plusDays(15), true));
        return u;
    }
}
