package vn.xkmt.ingest;

import static vn.xkmt.testing.WorkbookBuilder.date;
import static vn.xkmt.testing.WorkbookBuilder.number;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.testing.WorkbookBuilder;

/**
 * Writes {@code samples/invalid/}: small broken workbooks, each showing one kind of error message,
 * and its README listing what each file shows and the messages {@code xkmt validate} prints for it.
 * Run from the project root: {@code java -cp target/test-classes:target/classes:... 
 * vn.xkmt.ingest.InvalidSamplesGenerator [folder]}; {@link InvalidSamplesTest} checks the committed
 * files still read as documented.
 */
public final class InvalidSamplesGenerator {

    static final LocalDate R = LocalDate.of(2025, 6, 30);
    static final String[] XA = {"Mã xã", "Tên xã", "Loại đơn vị", "Tỉnh", "Xã biên giới", "Ngày đăng ký xây dựng",
            "Ngày đề nghị công nhận", "Số người nghiện khi đăng ký", "Số điểm, tụ điểm phức tạp"};
    static final String[] NGUOI = {"Mã xã", "Mã đối tượng", "Họ và tên", "Năm sinh", "Phân loại", "Tình trạng cư trú",
            "Có hồ sơ quản lý", "Ngày xét nghiệm gần nhất", "Kết quả xét nghiệm"};
    static final String[] THON = {"Mã xã", "Tên thôn, tổ dân phố", "Số hộ", "Số hộ đã ký cam kết", "Có hòm thư tố giác"};

    /** File name → what it shows (Vietnamese / English). */
    static final Map<String, String[]> FILES = new LinkedHashMap<>();

    static {
        FILES.put("bad-date.xlsx", new String[] {"Ngày không tồn tại (31/02/2024) ở ô Nguoi!H17",
                "An impossible date (31/02/2024) in cell Nguoi!H17"});
        FILES.put("unknown-enum.xlsx", new String[] {"Giá trị không có trong danh mục (Phân loại, Tình trạng cư trú) và ô Có/Không sai (Xã biên giới)",
                "Values outside the listed choices (category, residence) and a bad yes/no cell (border)"});
        FILES.put("missing-required-column.xlsx", new String[] {"Sheet Nguoi thiếu cột bắt buộc \"Phân loại\"",
                "Sheet Nguoi lacks the required column \"Phân loại\""});
        FILES.put("orphan-person.xlsx", new String[] {"Người và thôn ghi mã xã không có trong sheet Xa",
                "Person and village rows naming a commune absent from sheet Xa"});
        FILES.put("negative-count.xlsx", new String[] {"Số đếm âm (số điểm phức tạp, số hộ)",
                "Negative counts (hotspots, households)"});
        FILES.put("committed-exceeds-households.xlsx", new String[] {"Số hộ đã ký cam kết lớn hơn số hộ",
                "More committed households than households"});
        FILES.put("legacy-xls-renamed.xlsx", new String[] {"Tệp Excel 97-2003 (.xls) đổi đuôi thành .xlsx",
                "An Excel 97-2003 (.xls) file renamed .xlsx"});
        FILES.put("csv-renamed.xlsx", new String[] {"Tệp CSV đổi đuôi thành .xlsx", "A CSV file renamed .xlsx"});
        FILES.put("nguoi-without-header.xlsx", new String[] {"Sheet Nguoi thiếu dòng tiêu đề: sheet bị bỏ qua, các tiêu chí "
                + "dựa trên nó chưa thể kết luận cho mọi xã", "Sheet Nguoi without its header row: ignored, and the "
                + "criteria resting on it undecided for every commune"});
        FILES.put("nguoi-twice.xlsx", new String[] {"Một sheet Người ẩn, trống, trước sheet Nguoi: không sheet nào được đọc",
                "A hidden, empty Người sheet before sheet Nguoi: neither is read"});
        FILES.put("nguoi-commune-blank.xlsx", new String[] {"Ô Mã xã để trống ở 9 dòng của sheet Nguoi (không gộp ô)",
                "The commune code left blank on 9 rows of sheet Nguoi (no merged cells)"});
        FILES.put("nguoi-damaged.xlsx", new String[] {"XML của sheet Nguoi bị cắt giữa chừng", "The XML of sheet Nguoi cut off half-way"});
        FILES.put("title-above-header.xlsx", new String[] {"Một dòng tên bảng ở dòng 1, dòng tiêu đề ở dòng 2 (chỉ cảnh báo)",
                "A title in row 1 and the header in row 2 (a warning only)"});
        FILES.put("names-in-wrong-columns.xlsx", new String[] {"Họ tên gõ nhầm vào các cột khác: lỗi nêu loại và độ dài, "
                + "không bao giờ nêu họ tên", "Full names typed into other columns: the errors give their kind and length, "
                + "never the name"});
        FILES.put("many-errors.xlsx", new String[] {"120 ô Phân loại sai: 50 lỗi được liệt kê, số còn lại được đếm",
                "120 bad category cells: 50 errors listed, the rest counted"});
    }

    private InvalidSamplesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "samples/invalid");
        Files.createDirectories(out);
        write(out);
        Files.writeString(out.resolve("README.md"), readme(out), StandardCharsets.UTF_8);
        System.out.println("Wrote " + FILES.size() + " files and README.md to " + out);
    }

    static void write(Path out) throws IOException {
        // 1. An impossible date, in the very cell of the contract's example: Nguoi!H17.
        WorkbookBuilder b = communes().sheet("Nguoi").header(NGUOI);
        String[] cats = {"Nghiện", "Sử dụng trái phép", "Sau cai nghiện", "Nghi sử dụng"};
        for (int i = 1; i <= 15; i++) {
            b.row("BK01", String.format("BK-%03d", i), "Đối tượng " + i, 1975 + i, cats[i % 4], "Có mặt", "Có",
                    date(LocalDate.of(2025, 5, i)), "Âm tính");
        }
        b.row("BK01", "BK-016", "Đối tượng 16", 1990, "Nghiện", "Có mặt", "Có", "31/02/2024", "Âm tính");
        b.write(out.resolve("bad-date.xlsx"));

        // 2. Values that are not among the listed choices.
        communes("Có thể").sheet("Nguoi").header(NGUOI)
                .row("BK01", "BK-001", "Đối tượng 1", 1985, "Nghiện nặng", "Có mặt", "Có", date(R.minusDays(20)), "Âm tính")
                .row("BK01", "BK-002", "Đối tượng 2", 1991, "Nghiện", "Vắng mặt", "Có", date(R.minusDays(40)), "Âm tính")
                .write(out.resolve("unknown-enum.xlsx"));

        // 3. The required column "Phân loại" is missing from the header row.
        communes().sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Họ và tên", "Năm sinh", "Tình trạng cư trú")
                .row("BK01", "BK-001", "Đối tượng 1", 1985, "Có mặt")
                .row("BK01", "BK-002", "Đối tượng 2", 1991, "Đang cai nghiện bắt buộc")
                .write(out.resolve("missing-required-column.xlsx"));

        // 4. Rows naming a commune that sheet Xa does not list.
        communes().sheet("Nguoi").header(NGUOI)
                .row("BK01", "BK-001", "Đối tượng 1", 1985, "Nghiện", "Có mặt", "Có", date(R.minusDays(20)), "Âm tính")
                .row("ND02", "ND-001", "Đối tượng 2", 1991, "Nghiện", "Có mặt", "Có", date(R.minusDays(20)), "Âm tính")
                .sheet("Thon").header(THON)
                .row("BK01", "Thôn Bình Kiều", 412, 410, "Có")
                .row("ND02", "Thôn Nhuế Dương", 350, 350, "Có")
                .write(out.resolve("orphan-person.xlsx"));

        // 5. Negative counts.
        WorkbookBuilder.create().sheet("Xa").header(XA)
                .row("BK01", "Bình Kiều", "Xã", "Hưng Yên", "Không", date(LocalDate.of(2024, 3, 1)), date(R), 3, -1)
                .sheet("Thon").header(THON)
                .row("BK01", "Thôn Bình Kiều", -412, 0, "Có")
                .write(out.resolve("negative-count.xlsx"));

        // 6. More households signed the commitment than live in the village.
        communes().sheet("Thon").header(THON)
                .row("BK01", "Thôn Bình Kiều", 412, 410, "Có")
                .row("BK01", "Thôn Đông Kết", 100, 120, "Có")
                .write(out.resolve("committed-exceeds-households.xlsx"));

        // 7. A legacy Excel 97-2003 workbook renamed .xlsx.
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream os = Files.newOutputStream(out.resolve("legacy-xls-renamed.xlsx"))) {
            var row = wb.createSheet("Xa").createRow(0);
            for (int i = 0; i < XA.length; i++) {
                row.createCell(i).setCellValue(XA[i]);
            }
            wb.write(os);
        }

        // 8. A CSV export renamed .xlsx.
        Files.writeString(out.resolve("csv-renamed.xlsx"),
                "Mã xã,Tên xã,Loại đơn vị,Tỉnh,Ngày đề nghị công nhận\nBK01,Bình Kiều,Xã,Hưng Yên,30/06/2025\n",
                StandardCharsets.UTF_8);

        // 9.–15. Rows lost, names where no name belongs, a flood of errors (criteria.md, "Lost rows never help").
        Files.write(out.resolve("nguoi-without-header.xlsx"), LostRowsWorkbooks.noHeaderRow());
        Files.write(out.resolve("nguoi-twice.xlsx"), LostRowsWorkbooks.hiddenEmptyDuplicate());
        Files.write(out.resolve("nguoi-commune-blank.xlsx"), LostRowsWorkbooks.blankCommuneCodes());
        Files.write(out.resolve("nguoi-damaged.xlsx"), LostRowsWorkbooks.truncatedXml());
        Files.write(out.resolve("title-above-header.xlsx"), LostRowsWorkbooks.titleRow());
        Files.write(out.resolve("names-in-wrong-columns.xlsx"), new NamesEverywhereWorkbooks().swappedNameAndCategoryHeaders());
        WorkbookBuilder many = communes().sheet("Nguoi").header(NGUOI);
        for (int i = 1; i <= 120; i++) {
            many.row("BK01", String.format("BK-%03d", i), "Đối tượng " + i, 1980, "NGHIEN?", "Có mặt", "Có",
                    date(R.minusDays(10)), "Âm tính");
        }
        many.write(out.resolve("many-errors.xlsx"));
    }

    private static WorkbookBuilder communes() {
        return communes("Không");
    }

    private static WorkbookBuilder communes(String border) {
        return WorkbookBuilder.create().sheet("Xa").header(XA)
                .row("BK01", "Bình Kiều", "Xã", "Hưng Yên", border, date(LocalDate.of(2024, 3, 1)), date(R), number(3), 0);
    }

    static String readme(Path out) {
        WorkbookReader reader = new WorkbookReader();
        StringBuilder sb = new StringBuilder();
        sb.append("# samples/invalid — tệp lỗi mẫu / broken sample workbooks\n\n");
        sb.append("Mỗi tệp ở đây cố ý có một loại lỗi, để thấy thông báo mà `xkmt validate` in ra "
                + "(ô, cột, giá trị gặp và giá trị cần, bằng tiếng Việt và tiếng Anh).\n\n");
        sb.append("Each file here is broken on purpose in one way, to show the message `xkmt validate` prints "
                + "(cell, column, the value found and what was expected, in Vietnamese and English).\n\n");
        sb.append("    java -jar target/xkmt.jar validate samples/invalid/\n\n");
        sb.append("The files are generated by `src/test/java/vn/xkmt/ingest/InvalidSamplesGenerator.java` "
                + "(this README too); `InvalidSamplesTest` checks that they still read as shown.\n\n");
        sb.append("| tệp / file | cho thấy | shows |\n|---|---|---|\n");
        FILES.forEach((f, what) -> sb.append("| `").append(f).append("` | ").append(what[0]).append(" | ")
                .append(what[1]).append(" |\n"));
        sb.append("\n## Thông báo / Messages\n");
        for (String f : FILES.keySet()) {
            Dataset d = reader.read(out.resolve(f));
            sb.append("\n### `").append(f).append("`\n\n```\n");
            List<String> lines = new ArrayList<>();
            for (DataProblem p : d.problems()) {
                lines.add((p.isError() ? "LỖI/ERROR        " : "CẢNH BÁO/WARNING ")
                        + p.describe().substring(d.file().length() + 2));
            }
            sb.append(String.join("\n", lines)).append("\n```\n");
        }
        return sb.toString();
    }
}
