package vn.xkmt.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.xkmt.testing.WorkbookBuilder;

/**
 * The workbooks of the flood-of-errors benchmark (docs/performance.md): 1,000 Thanh Hóa communes and
 * 60,000 persons, 60 a commune. In the <em>flood</em> one each person has two bad cells — a category
 * and a yes/no cell that are not in the lists, all different ({@code Nghiện17}, {@code Cóo42}) — so
 * reading it finds 120,000 errors; the <em>clean</em> one has the same rows with good values (the
 * same size, no error). Built by the benchmark (never committed); the same arguments give the same
 * workbook.
 *
 * <p>Run: {@code java -cp … vn.xkmt.bench.FloodWorkbooks (--flood | --clean) --out FILE}.
 */
public final class FloodWorkbooks {

    public static final int COMMUNES = 1_000;
    public static final int PERSONS = 60_000;

    private static final String[] CATEGORIES = {"Nghiện", "Sử dụng trái phép", "Sau cai nghiện", "Nghi sử dụng"};
    private static final String[] RESIDENCES = {"Có mặt", "Có mặt", "Có mặt", "Đi khỏi địa phương"};

    private FloodWorkbooks() {
    }

    /** The workbook at {@code file}, written unless it is there already. */
    public static Path ensure(Path file, boolean flood) {
        return Files.isRegularFile(file) ? file : write(file, flood);
    }

    public static Path write(Path file, boolean flood) {
        WorkbookBuilder b = WorkbookBuilder.streaming().sheet("Xa")
                .header("Mã xã", "Tên xã", "Tỉnh", "Ngày đề nghị công nhận");
        for (int c = 0; c < COMMUNES; c++) {
            b.row(code(c), "Xã " + (c + 1), "Thanh Hóa", LocalDate.of(2025, 6, 30));
        }
        b.sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Phân loại", "Tình trạng cư trú", "Có hồ sơ quản lý");
        for (int i = 0; i < PERSONS; i++) {
            String category = flood ? "Nghiện" + (i % 97) : CATEGORIES[i % CATEGORIES.length];
            String file0 = flood ? "Cóo" + (i % 89) : (i % 5 == 0 ? "Không" : "Có");
            b.row(code(i % COMMUNES), "P" + i, category, RESIDENCES[i % RESIDENCES.length], file0);
        }
        return b.write(file);
    }

    private static String code(int commune) {
        return String.format("TH%04d", commune + 1);
    }

    public static void main(String[] args) {
        boolean flood = false;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--flood" -> flood = true;
                case "--clean" -> flood = false;
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out FILE");
        }
        System.out.println(write(out, flood));
    }
}
