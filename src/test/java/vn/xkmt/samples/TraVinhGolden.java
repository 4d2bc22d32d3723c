package vn.xkmt.samples;

import java.util.List;

/**
 * Golden cases of rule set {@code tra-vinh} (TV1–TV8) over sheet BaoCaoNam, outcomes derived by hand
 * from criteria.md, decided in whole numbers: TV1 {@code 100 × now > 105 × prev}, TV2
 * {@code 100 × resolved > 90 × total}, TV4 {@code 100 × now ≥ 105 × prev}, TV5
 * {@code 100 × served ≥ 80 × managed}; shares with an empty whole pass.
 */
final class TraVinhGolden {

    static final String DIR = RuleSet.TRA_VINH.testsFolder() + "/";

    private TraVinhGolden() {
    }

    /**
     * A unit meeting TV1–TV8: 42 cases against 38 (4200 > 3990); 38 of 40 resolved (3800 > 3600); 3 of 3
     * transit reports; 12 use points against 10 (1200 ≥ 1050), no new complex point; 430 of 500 served
     * (43000 ≥ 40000); drug-free communes 80 from 78, drug communes 26 from 28; 300 of 300 schools; no
     * precursor loss; 5 of 5 cultivation cases cleared.
     */
    static Unit base(Book b, String code, String vi, String en) {
        Row r = new Row().with("unit_code", code).with("unit_name", vi).with("province", "Trà Vinh").with("year", 2023)
                .with("cases_detected", 42).with("cases_detected_prev", 38)
                .with("cases_total", 40).with("cases_resolved", 38)
                .with("transit_reports", 3).with("transit_reports_resolved", 3)
                .with("use_points_eliminated", 12).with("use_points_eliminated_prev", 10)
                .with("new_complex_points", 0)
                .with("managed_people", 500).with("managed_people_served", 430)
                .with("drugfree_communes", 80).with("drugfree_communes_prev", 78)
                .with("drug_communes", 26).with("drug_communes_prev", 28)
                .with("schools", 300).with("drugfree_schools", 300)
                .with("precursor_incidents", 0).with("cultivation_found", 5).with("cultivation_cleared", 5);
        return b.add(new Unit(RuleSet.TRA_VINH, r)).note(vi, en);
    }

    static List<Book> books() {
        return List.of(growth(), shares(), communes());
    }

    static Book growth() {
        Book b = Book.annual(DIR + "tv-01-tang-truong.xlsx",
                "TV1, TV4: tăng 5% so với năm trước: đúng +5% (TV1 không đạt, TV4 đạt), năm trước bằng 0",
                "TV1, TV4: +5 % on the previous year: exactly +5 % (TV1 fails, TV4 passes), zero previous year");
        base(b, "TV-G01", "Đạt toàn bộ chỉ tiêu", "meets every target");
        base(b, "TV-G02", "Phát hiện 21 vụ so với 20 (đúng +5%); triệt xóa 21 điểm so với 20", "21 cases against 20 (exactly +5 %); 21 use points against 20")
                .fails("TV1").row.with("cases_detected", 21).with("cases_detected_prev", 20)
                .with("use_points_eliminated", 21).with("use_points_eliminated_prev", 20);
        base(b, "TV-G03", "Năm trước 0 vụ, năm nay 0 vụ; triệt xóa 0 so với 0", "0 cases after 0; 0 use points after 0")
                .fails("TV1").row.with("cases_detected", 0).with("cases_detected_prev", 0)
                .with("use_points_eliminated", 0).with("use_points_eliminated_prev", 0);
        base(b, "TV-G04", "Năm trước 0 vụ, năm nay 1 vụ; triệt xóa 20 so với 20", "1 case after 0; 20 use points after 20")
                .fails("TV4").row.with("cases_detected", 1).with("cases_detected_prev", 0)
                .with("use_points_eliminated", 20).with("use_points_eliminated_prev", 20);
        base(b, "TV-G05", "Triệt xóa tăng 50% nhưng có 1 điểm phức tạp mới", "use points +50 % but one new complex point")
                .fails("TV4").row.with("use_points_eliminated", 30).with("use_points_eliminated_prev", 20)
                .with("new_complex_points", 1);
        base(b, "TV-G06", "Số vụ năm trước để trống", "previous year's cases blank").unknown("TV1")
                .row.blank("cases_detected_prev");
        base(b, "TV-G07", "Phát hiện 22 so với 20 (+10%); triệt xóa 0 so với 1", "22 cases against 20 (+10 %); 0 use points after 1")
                .fails("TV4").row.with("cases_detected", 22).with("cases_detected_prev", 20)
                .with("use_points_eliminated", 0).with("use_points_eliminated_prev", 1);
        return b;
    }

    static Book shares() {
        Book b = Book.annual(DIR + "tv-02-ty-le.xlsx",
                "TV2, TV3, TV5, TV7, TV8: tỷ lệ: đúng 90% (không đạt), đúng 80% (đạt), mẫu số bằng 0 (đạt)",
                "TV2, TV3, TV5, TV7, TV8: shares: exactly 90 % (fails), exactly 80 % (passes), empty wholes (pass)");
        base(b, "TV-G11", "9/10 vụ án được giải quyết (đúng 90%); 80/100 người được tiếp cận (đúng 80%)", "9 of 10 cases resolved (exactly 90 %); 80 of 100 served (exactly 80 %)")
                .fails("TV2").row.with("cases_total", 10).with("cases_resolved", 9)
                .with("managed_people", 100).with("managed_people_served", 80);
        base(b, "TV-G12", "Mọi mẫu số bằng 0: vụ án, tin vận chuyển, người quản lý, trường học, vụ trồng cây", "every whole is zero: cases, transit reports, managed people, schools, cultivation")
                .row.with("cases_total", 0).with("cases_resolved", 0).with("transit_reports", 0)
                .with("transit_reports_resolved", 0).with("managed_people", 0).with("managed_people_served", 0)
                .with("schools", 0).with("drugfree_schools", 0).with("cultivation_found", 0).with("cultivation_cleared", 0);
        base(b, "TV-G13", "3/4 tin vận chuyển được giải quyết; 79/100 người được tiếp cận", "3 of 4 transit reports resolved; 79 of 100 served")
                .fails("TV3", "TV5").row.with("transit_reports", 4).with("transit_reports_resolved", 3)
                .with("managed_people", 100).with("managed_people_served", 79);
        base(b, "TV-G14", "119/120 trường đạt; 1 vụ thất thoát tiền chất", "119 of 120 schools; one precursor incident")
                .fails("TV7", "TV8").row.with("schools", 120).with("drugfree_schools", 119).with("precursor_incidents", 1);
        base(b, "TV-G15", "Phát hiện 3 vụ trồng cây, xóa bỏ 2", "3 cultivation cases found, 2 cleared").fails("TV7")
                .row.with("cultivation_found", 3).with("cultivation_cleared", 2);
        base(b, "TV-G16", "Số trường và số người được tiếp cận để trống", "schools and people served blank")
                .unknown("TV5", "TV8").row.blank("schools", "managed_people_served");
        base(b, "TV-G17", "10/10 vụ án được giải quyết", "10 of 10 cases resolved").row.with("cases_total", 10)
                .with("cases_resolved", 10);
        base(b, "TV-G18", "Số vụ án đã giải quyết và số tin đã giải quyết để trống", "cases resolved and transit reports resolved blank")
                .unknown("TV2", "TV3").row.blank("cases_resolved", "transit_reports_resolved");
        base(b, "TV-G19", "Số điểm phức tạp mới và số vụ thất thoát tiền chất để trống", "new complex points and precursor incidents blank")
                .unknown("TV4", "TV7").row.blank("new_complex_points", "precursor_incidents");
        return b;
    }

    static Book communes() {
        Book b = Book.annual(DIR + "tv-03-so-xa.xlsx",
                "TV6: giữ vững số xã không có tệ nạn, kéo giảm số xã có tệ nạn; KHÔNG ĐẠT thắng ô trống",
                "TV6: drug-free communes kept, drug communes reduced; FAIL beats a blank");
        base(b, "TV-G21", "Số xã giữ nguyên (80 và 26)", "communes unchanged (80 and 26)")
                .row.with("drugfree_communes", 80).with("drugfree_communes_prev", 80)
                .with("drug_communes", 26).with("drug_communes_prev", 26);
        base(b, "TV-G22", "Xã không có tệ nạn giảm từ 80 xuống 79", "drug-free communes down from 80 to 79").fails("TV6")
                .row.with("drugfree_communes", 79).with("drugfree_communes_prev", 80)
                .with("drug_communes", 26).with("drug_communes_prev", 26);
        base(b, "TV-G23", "Xã có tệ nạn tăng từ 26 lên 27", "drug communes up from 26 to 27").fails("TV6")
                .row.with("drugfree_communes", 80).with("drugfree_communes_prev", 80)
                .with("drug_communes", 27).with("drug_communes_prev", 26);
        base(b, "TV-G24", "Số xã có tệ nạn năm trước để trống; tiền chất để trống nhưng 2 vụ trồng cây mới xóa 1", "drug communes last year blank; precursors blank but 1 of 2 cultivation cases cleared")
                .unknown("TV6").fails("TV7").row.blank("drug_communes_prev", "precursor_incidents")
                .with("cultivation_found", 2).with("cultivation_cleared", 1);
        return b;
    }
}
