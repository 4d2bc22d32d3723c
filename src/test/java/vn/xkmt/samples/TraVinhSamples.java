package vn.xkmt.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code samples/tra-vinh-2023.xlsx}: sheet BaoCaoNam only, the Trà Vinh province row for 2023 and
 * its nine district-level rows. The province row adds up its districts. Figures are invented but
 * of a plausible size (106 commune-level units in all).
 */
final class TraVinhSamples {

    /** The integer columns in the order of {@link #district}'s figures. */
    static final List<String> FIGURES = List.of("cases_detected", "cases_detected_prev", "cases_total", "cases_resolved",
            "transit_reports", "transit_reports_resolved", "use_points_eliminated", "use_points_eliminated_prev",
            "new_complex_points", "managed_people", "managed_people_served", "drugfree_communes",
            "drugfree_communes_prev", "drug_communes", "drug_communes_prev", "schools", "drugfree_schools",
            "precursor_incidents", "cultivation_found", "cultivation_cleared");

    private TraVinhSamples() {
    }

    static Book book() {
        Book b = Book.annual("samples/tra-vinh-2023.xlsx",
                "Trà Vinh năm 2023: dòng cấp tỉnh và 9 huyện, thị xã, thành phố (sheet BaoCaoNam)",
                "Trà Vinh 2023: the province row and its 9 district-level rows (sheet BaoCaoNam)")
                .readme("Hạn báo cáo của kế hoạch (mục IV.2, `deadlines:` của manifest): báo cáo 6 tháng trước ngày 16/6,"
                                + " báo cáo năm trước ngày 16/12. Chúng hiện trong báo cáo HTML (phần tổng quan, sau các số kết luận), sheet"
                                + " `Thông tin` của sổ báo cáo (dưới bảng bộ tiêu chí), trên màn hình (sau các dòng đếm) và"
                                + " trên trang kết quả web, theo ngôn ngữ đã chọn; không ảnh hưởng kết luận.",
                        "The plan's report deadlines (section IV.2, the manifest's `deadlines:`): half-year report before"
                                + " 16/6, annual report before 16/12. They appear in the HTML report (overview, after the verdict counts), on"
                                + " the report workbook's `Thông tin` sheet (under the rule sets), on the console (after the"
                                + " counts) and on the web result page, in the chosen language; they change no verdict.");
        List<Unit> districts = new ArrayList<>();
        districts.add(district(b, "TV-TP", "Thành phố Trà Vinh",
                38, 34, 36, 34, 2, 2, 9, 8, 0, 412, 350, 7, 6, 3, 4, 45, 45, 0, 0, 0)
                .note("Đạt toàn bộ chỉ tiêu", "meets every target"));
        districts.add(district(b, "TV-CL", "Huyện Càng Long",
                22, 20, 21, 20, 0, 0, 6, 5, 0, 186, 160, 11, 11, 3, 3, 58, 58, 0, 1, 1)
                .note("Đạt toàn bộ chỉ tiêu", "meets every target"));
        districts.add(district(b, "TV-CK", "Huyện Cầu Kè",
                15, 14, 14, 13, 0, 0, 4, 4, 0, 120, 101, 9, 8, 2, 3, 46, 46, 0, 0, 0)
                .fails("TV4").note("Chưa đạt TV4: triệt xóa 4 điểm sử dụng, bằng năm 2022 (phải tăng 5%)",
                        "misses TV4: 4 use points eliminated, as many as in 2022 (+5 % needed)"));
        districts.add(district(b, "TV-TCA", "Huyện Tiểu Cần",
                21, 20, 20, 19, 1, 1, 5, 4, 0, 140, 112, 8, 8, 3, 3, 44, 44, 0, 0, 0)
                .fails("TV1").note("Chưa đạt TV1: phát hiện 21 vụ so với 20 vụ năm 2022, đúng +5% (phải nhiều hơn 5%); "
                                + "TV5 đạt với đúng 80% (112/140)", "misses TV1: 21 cases against 20 in 2022, exactly +5 % "
                                + "(more than 5 % needed); TV5 passes at exactly 80 % (112/140)"));
        districts.add(district(b, "TV-CT", "Huyện Châu Thành",
                30, 26, 29, 26, 2, 2, 7, 6, 1, 210, 180, 10, 10, 4, 4, 60, 60, 0, 2, 2)
                .fails("TV2", "TV4").note("Chưa đạt TV2 (26/29 vụ án được giải quyết, 89,7%) và TV4 (hình thành 1 điểm phức tạp mới)",
                        "misses TV2 (26 of 29 cases resolved, 89.7 %) and TV4 (one new complex point)"));
        districts.add(district(b, "TV-CN", "Huyện Cầu Ngang",
                26, 23, 25, 23, 3, 2, 6, 5, 0, 160, 140, 11, 12, 4, 3, 52, 52, 0, 0, 0)
                .fails("TV3", "TV6").note("Chưa đạt TV3 (2/3 tin vận chuyển qua đường biển được giải quyết) và TV6 "
                                + "(xã không có tệ nạn giảm từ 12 xuống 11)", "misses TV3 (2 of 3 sea transit reports "
                                + "resolved) and TV6 (drug-free communes down from 12 to 11)"));
        districts.add(district(b, "TV-TCU", "Huyện Trà Cú",
                34, 30, 33, 31, 1, 1, 8, 7, 0, 245, 190, 12, 11, 5, 6, 70, 68, 0, 3, 3)
                .fails("TV5", "TV8").note("Chưa đạt TV5 (190/245 người được tiếp cận dịch vụ, 77,6%) và TV8 (68/70 trường đạt)",
                        "misses TV5 (190 of 245 reached services, 77.6 %) and TV8 (68 of 70 schools)"));
        districts.add(district(b, "TV-DH", "Huyện Duyên Hải",
                12, 10, 11, 11, 4, 4, 3, 2, 0, 90, 78, 5, 5, 2, 2, 30, 30, 0, 1, 1)
                .note("Đạt toàn bộ chỉ tiêu", "meets every target"));
        Unit txdh = district(b, "TV-TXDH", "Thị xã Duyên Hải",
                10, 9, 10, 10, 2, 2, 4, 3, 0, 85, 70, 5, 4, 2, 3, 28, 28, 0, 0, 0)
                .unknown("TV7", "TV8").note("Chưa đủ dữ liệu: chưa báo cáo số trường học và số vụ thất thoát tiền chất",
                        "undetermined: schools and precursor incidents not yet reported");
        districts.add(txdh);

        Row province = new Row().with("unit_code", "TV-PROV").with("unit_name", "Tỉnh Trà Vinh")
                .with("province", "Trà Vinh").with("year", 2023);
        for (String key : FIGURES) {
            province.with(key, districts.stream().mapToInt(d -> d.row.integer(key)).sum());
        }
        // the district left two cells blank; the province's own report has them
        b.units.add(0, new Unit(RuleSet.TRA_VINH, province).fails("TV3", "TV4", "TV8")
                .note("Chưa đạt TV3 (14/15 tin vận chuyển được giải quyết), TV4 (1 điểm phức tạp mới ở Châu Thành) "
                                + "và TV8 (431/433 trường đạt)", "misses TV3 (14 of 15 transit reports resolved), TV4 "
                                + "(one new complex point in Châu Thành) and TV8 (431 of 433 schools)"));
        txdh.row.blank("schools", "drugfree_schools", "precursor_incidents");
        return b;
    }

    private static Unit district(Book b, String code, String name, int... figures) {
        Row r = new Row().with("unit_code", code).with("unit_name", name).with("province", "Trà Vinh").with("year", 2023);
        for (int i = 0; i < FIGURES.size(); i++) {
            r.with(FIGURES.get(i), figures[i]);
        }
        return b.add(new Unit(RuleSet.TRA_VINH, r));
    }
}
