package vn.xkmt.commune;

import static vn.xkmt.commune.ColumnSpec.bool;
import static vn.xkmt.commune.ColumnSpec.choice;
import static vn.xkmt.commune.ColumnSpec.date;
import static vn.xkmt.commune.ColumnSpec.integer;
import static vn.xkmt.commune.ColumnSpec.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The input contract of {@code docs/spec/data-sheet.md} as data: every sheet, column, type and
 * alias. The reader, the template generator and the documentation all read this one table.
 */
public final class DataContract {

    public static final String INSTRUCTIONS = "HuongDan";
    public static final String INSTRUCTIONS_ALIAS = "Instructions";
    public static final String LISTS = "DanhMuc";
    public static final String LISTS_ALIAS = "Lists";

    public static final SheetSpec COMMUNES = new SheetSpec("Xa", "Communes", List.of(
            text("commune_code", "Mã xã", "Mã đơn vị hành chính cấp xã; không trùng trong tệp").asRequired(),
            text("commune_name", "Tên xã", "Tên xã, phường, thị trấn").asRequired(),
            choice("unit_type", "Loại đơn vị", UnitType.class, "Xã, phường, thị trấn hay đặc khu"),
            text("district", "Huyện", "Huyện (cấp huyện bỏ từ 1/7/2025; giữ cho dữ liệu cũ)"),
            text("province", "Tỉnh", "Tỉnh; chọn bộ tiêu chí").asRequired(),
            bool("border", "Xã biên giới", "Xã biên giới; để trống = Không").blankMeans(Boolean.FALSE),
            choice("drug_area_class", "Phân loại địa bàn", DrugAreaClass.class, "Phân loại địa bàn trọng điểm về ma túy"),
            date("registration_date", "Ngày đăng ký xây dựng", "Ngày xã đăng ký xây dựng \"không ma túy\""),
            date("request_date", "Ngày đề nghị công nhận", "Ngày đề nghị công nhận: thời điểm xem xét (R)").asRequired(),
            integer("rollout_phase", "Giai đoạn", "Giai đoạn triển khai theo kế hoạch của tỉnh"),
            integer("baseline_addicts", "Số người nghiện khi đăng ký", "Số người nghiện rà soát khi đăng ký"),
            integer("baseline_users", "Số người sử dụng khi đăng ký", "Số người sử dụng trái phép rà soát khi đăng ký"),
            integer("hotspots", "Số điểm, tụ điểm phức tạp", "Điểm, tụ điểm phức tạp về ma túy đang hoạt động"),
            integer("retail_sellers", "Số đối tượng bán lẻ", "Đối tượng bán lẻ trái phép chất ma túy"),
            integer("use_venues", "Số điểm tổ chức sử dụng", "Điểm tổ chức, chứa chấp sử dụng trái phép"),
            integer("risk_points", "Số điểm có nguy cơ phức tạp", "Điểm có nguy cơ phức tạp về ma túy"),
            integer("suspects", "Số đối tượng nghi vấn", "Đối tượng có biểu hiện nghi vấn phạm tội về ma túy"),
            integer("crime_groups", "Số ổ nhóm, đường dây", "Ổ nhóm, đường dây tội phạm về ma túy"),
            integer("cultivation_cases", "Số vụ trồng cây có chứa chất ma túy", "Vụ trồng cây có chứa chất ma túy"),
            integer("production_cases", "Số vụ sản xuất trái phép chất ma túy", "Vụ sản xuất trái phép chất ma túy"),
            integer("serious_incidents", "Số vụ rất nghiêm trọng do người nghiện, sử dụng gây ra",
                    "Vụ rất nghiêm trọng, đặc biệt nghiêm trọng do người nghiện, sử dụng, loạn thần gây ra từ khi đăng ký"),
            date("last_survey_date", "Ngày tổng khảo sát gần nhất", "Ngày tổng khảo sát người nghiện, sử dụng gần nhất"),
            bool("commune_commitment", "Đã ký cam kết xây dựng xã không ma túy", "Xã đã ký cam kết")),
            "Một dòng cho mỗi xã");

    public static final SheetSpec PERSONS = new SheetSpec("Nguoi", "Persons", List.of(
            text("commune_code", "Mã xã", "Mã xã; phải có trong sheet Xa").asRequired(),
            text("person_id", "Mã đối tượng", "Mã đối tượng; không trùng trong xã; mã duy nhất được in ra").asRequired(),
            text("full_name", "Họ và tên", "Họ và tên; dữ liệu cá nhân, không bao giờ in ra"),
            integer("birth_year", "Năm sinh", "Năm sinh"),
            choice("category", "Phân loại", Category.class, "Phân loại đối tượng").asRequired(),
            bool("psychosis", "Biểu hiện loạn thần", "Biểu hiện loạn thần \"ngáo đá\"; để trống = Không").blankMeans(Boolean.FALSE),
            choice("residence", "Tình trạng cư trú", Residence.class, "Tình trạng cư trú").asRequired(),
            bool("has_profile", "Có hồ sơ quản lý", "Có hồ sơ quản lý (với người nghi sử dụng: có trong danh sách)"),
            choice("treatment", "Hình thức cai nghiện, điều trị", Treatment.class, "Hình thức cai nghiện, điều trị đang áp dụng"),
            bool("has_treatment_dossier", "Có hồ sơ áp dụng biện pháp cai nghiện", "Đã lập hồ sơ áp dụng biện pháp cai nghiện"),
            bool("supervised", "Được theo dõi, giám sát", "Được theo dõi, giám sát"),
            date("last_test_date", "Ngày xét nghiệm gần nhất", "Ngày xét nghiệm gần nhất"),
            choice("last_test_result", "Kết quả xét nghiệm", TestResult.class, "Kết quả xét nghiệm gần nhất"),
            bool("job_support", "Được tư vấn, hỗ trợ việc làm", "Được tư vấn, hỗ trợ việc làm"),
            text("note", "Ghi chú", "Ghi chú")),
            "Một dòng cho mỗi người trong danh sách của xã");

    public static final SheetSpec VILLAGES = new SheetSpec("Thon", "Villages", List.of(
            text("commune_code", "Mã xã", "Mã xã; phải có trong sheet Xa").asRequired(),
            text("village_name", "Tên thôn, tổ dân phố", "Tên thôn, tổ dân phố; không trùng trong xã").asRequired(),
            integer("households", "Số hộ", "Số hộ đang sinh sống"),
            integer("committed_households", "Số hộ đã ký cam kết", "Số đại diện hộ đã ký cam kết; không lớn hơn số hộ"),
            bool("has_mailbox", "Có hòm thư tố giác", "Có hòm thư tố giác tội phạm"),
            bool("has_hotline_board", "Có bảng niêm yết đường dây nóng", "Có bảng niêm yết số điện thoại đường dây nóng")),
            "Một dòng cho mỗi thôn, tổ dân phố");

    public static final SheetSpec MODELS = new SheetSpec("MoHinh", "Models", List.of(
            text("commune_code", "Mã xã", "Mã xã; phải có trong sheet Xa").asRequired(),
            text("model_name", "Tên mô hình", "Tên mô hình phòng, chống ma túy").asRequired(),
            choice("lead_org", "Đơn vị chủ trì", LeadOrg.class, "Đơn vị chủ trì"),
            date("established_date", "Ngày thành lập", "Ngày thành lập"),
            bool("effective", "Hoạt động hiệu quả", "Được duy trì, hoạt động hiệu quả")),
            "Một dòng cho mỗi mô hình phòng, chống ma túy");

    public static final SheetSpec ANNUAL_REPORTS = new SheetSpec("BaoCaoNam", "AnnualReports", annualColumns(),
            "Một dòng cho mỗi đơn vị báo cáo và năm");

    public static final List<SheetSpec> SHEETS = List.of(COMMUNES, PERSONS, VILLAGES, MODELS, ANNUAL_REPORTS);

    private DataContract() {
    }

    private static List<ColumnSpec> annualColumns() {
        List<ColumnSpec> cols = new ArrayList<>(List.of(
                text("unit_code", "Mã đơn vị", "Mã đơn vị báo cáo (tỉnh hoặc huyện)").asRequired(),
                text("unit_name", "Tên đơn vị", "Tên đơn vị").asRequired(),
                text("province", "Tỉnh", "Tỉnh").asRequired(),
                integer("year", "Năm", "Năm báo cáo").asRequired()));
        withPrev(cols, "cases_detected", "Số vụ mua bán, tàng trữ, vận chuyển phát hiện");
        cols.add(integer("cases_total", "Số vụ án ma túy phải giải quyết", "Số vụ án ma túy phải giải quyết"));
        cols.add(integer("cases_resolved", "Số vụ án đã giải quyết, xét xử", "Số vụ án đã giải quyết, xét xử"));
        cols.add(integer("transit_reports", "Số tin vận chuyển qua đường biển, chuyển phát nhanh, đường thủy", "Số tin vận chuyển"));
        cols.add(integer("transit_reports_resolved", "Số tin đã phát hiện, giải quyết", "Số tin đã giải quyết"));
        withPrev(cols, "use_points_eliminated", "Số điểm sử dụng bị triệt xóa");
        cols.add(integer("new_complex_points", "Số điểm, tụ điểm phức tạp hình thành mới", "Điểm phức tạp hình thành mới"));
        cols.add(integer("managed_people", "Số người nghiện, sử dụng có hồ sơ quản lý", "Người có hồ sơ quản lý"));
        cols.add(integer("managed_people_served", "Số người được tiếp cận dịch vụ tư vấn, điều trị, cai nghiện, tái hòa nhập",
                "Người được tiếp cận dịch vụ"));
        withPrev(cols, "drugfree_communes", "Số xã không có tệ nạn ma túy");
        withPrev(cols, "drug_communes", "Số xã có tệ nạn ma túy");
        cols.add(integer("schools", "Số trường học", "Số trường học"));
        cols.add(integer("drugfree_schools", "Số trường đạt tiêu chí trường học không có ma túy", "Trường học không có ma túy"));
        cols.add(integer("precursor_incidents", "Số vụ thất thoát tiền chất, thuốc gây nghiện", "Vụ thất thoát tiền chất"));
        cols.add(integer("cultivation_found", "Số vụ phát hiện trồng cây có chứa chất ma túy", "Vụ trồng cây phát hiện"));
        cols.add(integer("cultivation_cleared", "Số vụ đã xóa bỏ", "Vụ trồng cây đã xóa bỏ"));
        return List.copyOf(cols);
    }

    private static void withPrev(List<ColumnSpec> cols, String key, String header) {
        cols.add(integer(key, header, header));
        cols.add(integer(key + "_prev", header + " năm trước", header + " năm trước"));
    }
}
