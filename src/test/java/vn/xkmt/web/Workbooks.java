package vn.xkmt.web;

import java.time.LocalDate;
import vn.xkmt.testing.WorkbookBuilder;

/**
 * Commune workbooks for the web tests. Every person row carries a full name that must never come
 * back in a page, an API answer or a stored result.
 */
public final class Workbooks {

    /** The full name written in every person row; asserted absent from every output. */
    public static final String SECRET_NAME = "Nguyễn Thị Bí Mật";

    static final LocalDate R = LocalDate.of(2025, 3, 10);

    private Workbooks() {
    }

    /** One commune of a province: an addict tested negative, villages all committed, one model. */
    public static byte[] commune(String province, String code, String name) {
        return communes(province, new String[] {code, name});
    }

    /** Several communes of one province. */
    public static byte[] communes(String province, String[]... codeAndName) {
        return communes(province, false, codeAndName);
    }

    /** Communes of one province; {@code eligible}: every household committed, so Thanh Hóa passes all. */
    public static byte[] communes(String province, boolean eligible, String[]... codeAndName) {
        String[][] rows = new String[codeAndName.length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new String[] {province, codeAndName[i][0], codeAndName[i][1]};
        }
        return communeSheets(eligible, rows).bytes();
    }

    /**
     * The sheets Xa, Nguoi (two persons per commune, each with {@link #SECRET_NAME}), Thon (two
     * villages) and MoHinh (one model) for communes given as {province, code, name}.
     */
    static WorkbookBuilder communeSheets(boolean eligible, String[]... provinceCodeName) {
        return communeSheets(eligible, LocalDate.of(2024, 11, 15), 3, 2, R, provinceCodeName);
    }

    /** {@link #communeSheets(boolean, String[]...)} with the registration date and baseline (addicts, users) given. */
    static WorkbookBuilder communeSheets(boolean eligible, LocalDate registered, Integer addicts, Integer users,
                                         LocalDate requested, String[]... provinceCodeName) {
        WorkbookBuilder b = WorkbookBuilder.create();
        b.sheet("Xa").header("Mã xã", "Tên xã", "Loại đơn vị", "Tỉnh", "Phân loại địa bàn", "Ngày đăng ký xây dựng",
                "Ngày đề nghị công nhận", "Giai đoạn", "Số người nghiện khi đăng ký", "Số người sử dụng khi đăng ký",
                "Số điểm, tụ điểm phức tạp", "Số đối tượng bán lẻ", "Số điểm tổ chức sử dụng",
                "Số điểm có nguy cơ phức tạp", "Số đối tượng nghi vấn", "Số ổ nhóm, đường dây",
                "Số vụ trồng cây có chứa chất ma túy", "Số vụ sản xuất trái phép chất ma túy",
                "Số vụ rất nghiêm trọng do người nghiện, sử dụng gây ra", "Ngày tổng khảo sát gần nhất",
                "Đã ký cam kết xây dựng xã không ma túy");
        for (String[] c : provinceCodeName) {
            b.row(c[1], c[2], "Xã", c[0], "Loại III", registered, requested, 1, addicts, users, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, LocalDate.of(2025, 2, 1), "Có");
        }
        b.sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Họ và tên", "Năm sinh", "Phân loại", "Biểu hiện loạn thần",
                "Tình trạng cư trú", "Có hồ sơ quản lý", "Hình thức cai nghiện, điều trị",
                "Có hồ sơ áp dụng biện pháp cai nghiện", "Được theo dõi, giám sát", "Ngày xét nghiệm gần nhất",
                "Kết quả xét nghiệm", "Được tư vấn, hỗ trợ việc làm");
        for (String[] c : provinceCodeName) {
            b.row(c[1], c[1] + "-P01", SECRET_NAME, 1990, "Nghiện", "Không", "Có mặt", "Có",
                    "Tự nguyện tại gia đình, cộng đồng", "Có", "Có", LocalDate.of(2025, 3, 1), "Âm tính", "Có");
            b.row(c[1], c[1] + "-P02", SECRET_NAME, 1985, "Sau cai nghiện", "Không", "Có mặt", "Có", "Chưa áp dụng",
                    "Có", "Có", LocalDate.of(2025, 3, 2), "Âm tính", "Có");
        }
        b.sheet("Thon").header("Mã xã", "Tên thôn, tổ dân phố", "Số hộ", "Số hộ đã ký cam kết", "Có hòm thư tố giác",
                "Có bảng niêm yết đường dây nóng");
        for (String[] c : provinceCodeName) {
            b.row(c[1], "Thôn 1", 120, 120, "Có", "Có");
            b.row(c[1], "Thôn 2", 80, eligible ? 80 : 79, "Có", "Có");
        }
        b.sheet("MoHinh").header("Mã xã", "Tên mô hình", "Đơn vị chủ trì", "Ngày thành lập", "Hoạt động hiệu quả");
        for (String[] c : provinceCodeName) {
            b.row(c[1], "Thanh niên với pháp luật", "Đoàn Thanh niên", LocalDate.of(2023, 5, 1), "Có");
        }
        return b;
    }

    /**
     * Communes of several provinces ({province, code, name}) and, on sheet BaoCaoNam, the annual
     * report rows of {@code samples/tra-vinh-2023.xlsx} (Trà Vinh's plan, which sets report deadlines).
     */
    public static byte[] communesAndTraVinhAnnualRows(String[]... provinceCodeName) {
        WorkbookBuilder b = communeSheets(false, provinceCodeName);
        b.sheet("BaoCaoNam");
        try (var sample = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                java.nio.file.Files.newInputStream(java.nio.file.Path.of("samples/tra-vinh-2023.xlsx")))) {
            for (org.apache.poi.ss.usermodel.Row row : sample.getSheet("BaoCaoNam")) {
                Object[] values = new Object[Math.max(0, row.getLastCellNum())];
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    values[c.getColumnIndex()] = switch (c.getCellType()) {
                        case STRING -> c.getStringCellValue();
                        case BOOLEAN -> c.getBooleanCellValue();
                        case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)
                                ? c.getLocalDateTimeCellValue().toLocalDate() : (Object) c.getNumericCellValue();
                        default -> null;
                    };
                }
                b.rowAt(row.getRowNum() + 1, values);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return b.bytes();
    }

    public static byte[] thanhHoa(String code) {
        return commune("Thanh Hóa", code, "Xã " + code);
    }

    /** A Thanh Hóa commune that meets every criterion. */
    public static byte[] thanhHoaEligible(String code) {
        return communes("Thanh Hóa", true, new String[] {code, "Xã " + code});
    }

    /**
     * A Thanh Hóa commune registered on {@code registered} with that baseline (request date 10/03/2025); in
     * sheet Xa the registration date is cell F2, the addicts I2, the users J2.
     */
    public static byte[] thanhHoaRegistered(String code, LocalDate registered, Integer addicts, Integer users) {
        return thanhHoaRegistered(code, registered, addicts, users, R);
    }

    /** {@link #thanhHoaRegistered(String, LocalDate, Integer, Integer)} with the request date given. */
    public static byte[] thanhHoaRegistered(String code, LocalDate registered, Integer addicts, Integer users,
                                            LocalDate requested) {
        return communeSheets(false, registered, addicts, users, requested, new String[] {"Thanh Hóa", code, "Xã " + code})
                .bytes();
    }

    public static byte[] laoCai(String code) {
        return commune("Lào Cai", code, "Xã " + code);
    }

    /** Communes of both provinces in one workbook. */
    public static byte[] mixed() {
        WorkbookBuilder b = WorkbookBuilder.create();
        b.sheet("Xa").header("Mã xã", "Tên xã", "Tỉnh", "Ngày đề nghị công nhận");
        b.row("TH-M1", "Xã Hỗn Hợp Một", "Thanh Hóa", R);
        b.row("LC-M1", "Xã Hỗn Hợp Hai", "Lào Cai", R);
        return b.bytes();
    }

    /** A workbook whose Xa sheet has an unreadable date, so the result lists a data error with its cell. */
    public static byte[] withBadCell(String province, String code) {
        WorkbookBuilder b = WorkbookBuilder.create();
        b.sheet("Xa").header("Mã xã", "Tên xã", "Tỉnh", "Ngày đề nghị công nhận", "Ngày tổng khảo sát gần nhất");
        b.row(code, "Xã Lỗi Ô", province, R, "31/02/2025");
        return b.bytes();
    }
}
