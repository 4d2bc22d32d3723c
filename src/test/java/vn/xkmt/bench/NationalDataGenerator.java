package vn.xkmt.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.xkmt.commune.Category;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.DrugAreaClass;
import vn.xkmt.commune.Labelled;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.SheetSpec;
import vn.xkmt.commune.TestResult;
import vn.xkmt.commune.Treatment;
import vn.xkmt.commune.UnitType;

/**
 * Synthetic national data for the benchmark: one contract-shaped workbook of Thanh Hóa
 * communes (so that every commune is evaluated by the {@code thanh-hoa} rule set) with request dates
 * in 2025, about 70 persons, 9 villages and 2 models per commune, in a realistic mix of categories,
 * residences, tests and blank or faulty cells.
 *
 * <pre>
 *   national: 3,321 communes, ~232,000 persons, ~30,000 villages, ~7,000 models (after the 2025 reorganisation)
 *   legacy:  10,035 communes, ~700,000 persons (before it)
 * </pre>
 *
 * Written with POI's {@link SXSSFWorkbook} (rows streamed to disk, shared strings as Excel writes
 * them), so memory stays bounded at any size. Every value comes from a seeded random generator:
 * the same seed gives the same workbook, and commune {@code i} is the same whatever the total (its
 * generator is seeded by {@code seed} and {@code i} only), so a small workbook is a prefix of the
 * national one. The values vary enough that the sheet XML compresses like real data, far from POI's
 * zip-bomb inflate-ratio limit (which is never relaxed).
 *
 * <p>Run: {@code java -cp … vn.xkmt.bench.NationalDataGenerator [--communes N | --legacy] [--seed S] [--out FILE]}.
 */
public final class NationalDataGenerator {

    public static final int NATIONAL_COMMUNES = 3_321;
    public static final int LEGACY_COMMUNES = 10_035;
    public static final long DEFAULT_SEED = 2025L;

    /** What a generated workbook holds. */
    public record Stats(Path file, int communes, int persons, int villages, int models, long bytes) {
        @Override
        public String toString() {
            return String.format("%s: %,d communes, %,d persons, %,d villages, %,d models, %,d bytes", file, communes,
                    persons, villages, models, bytes);
        }
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Hà", "Cầm", "Mai", "Trịnh", "Lương"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Hữu", "Quang", "Ngọc", "Xuân", "Thanh",
        "Công", "Đình", "Bá", "Trọng", "Kim"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Huy",
        "Khánh", "Lan", "Long", "Mai", "Nam", "Ngân", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Thành",
        "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Xuân", "Yến", "Đạt", "Hiếu", "Lâm", "Lợi", "Nghĩa", "Sáng"};
    private static final String[] PLACE = {"Quảng", "Hoằng", "Thiệu", "Triệu", "Yên", "Đông", "Tây", "Nam",
        "Bắc", "Trung", "Tân", "Hòa", "Bình", "Phú", "Vĩnh", "Thọ", "Xuân", "Cẩm", "Ngọc", "Thạch", "Lương", "Minh",
        "Hải", "Định", "Tiến", "Thành", "Lộc", "Phong", "Sơn", "Thanh", "Hưng", "Long", "Kim", "Đồng", "Vạn", "An"};
    private static final String[] MODEL_NAMES = {"Câu lạc bộ thanh niên phòng, chống ma túy",
        "Tổ tự quản an ninh trật tự", "Tổ hòa giải và phòng, chống tệ nạn xã hội", "Gia đình không có ma túy",
        "Dòng họ văn hóa, không ma túy", "Camera an ninh thôn", "Tổ liên gia an toàn", "Chi hội phụ nữ không ma túy",
        "Cựu chiến binh giúp người sau cai nghiện", "Điểm tư vấn, hỗ trợ người sau cai"};
    private static final String[] NOTES = {"Đã chuyển hộ khẩu", "Đang làm ăn xa", "Gia đình cam kết quản lý",
        "Tái nghiện năm 2023", "Đang điều trị methadone", "Có việc làm ổn định", "Xác minh lại nơi ở",
        "Đã được tư vấn", "Chuyển từ xã khác đến"};
    private static final Residence[] IN_COMMUNITY = {Residence.PRESENT, Residence.PRESENT, Residence.PRESENT,
        Residence.PRESENT, Residence.AWAY, Residence.AWAY, Residence.WHEREABOUTS_UNKNOWN};
    private static final Residence[] HELD = {Residence.IN_COMPULSORY_REHAB, Residence.IN_COMPULSORY_REHAB,
        Residence.IN_PRISON};
    private static final Treatment[] IN_TREATMENT = {Treatment.VOLUNTARY_COMMUNITY, Treatment.VOLUNTARY_COMMUNITY,
        Treatment.VOLUNTARY_FACILITY, Treatment.COMPULSORY, Treatment.SUBSTITUTION};

    /** How carefully a commune's team filled its sheet. */
    enum Quality {
        /** Aims at recognition: every duty met, no blank needed cell. */
        EXEMPLARY,
        /** Duties met but cells left blank here and there. */
        GAPS,
        /** Real shortfalls: missing profiles, old tests, hotspots, uncommitted households. */
        WEAK
    }

    private final long seed;
    private final SXSSFWorkbook wb;
    private final Sheet xa;
    private final Sheet nguoi;
    private final Sheet thon;
    private final Sheet moHinh;
    private final CellStyle dateStyle;
    private int xaRow = 1;
    private int nguoiRow = 1;
    private int thonRow = 1;
    private int moHinhRow = 1;
    private int persons;
    private int villages;
    private int models;

    private NationalDataGenerator(long seed) {
        this.seed = seed;
        // shared strings as Excel writes them; temp files compressed; 500 rows per sheet kept in memory
        this.wb = new SXSSFWorkbook(null, 500, true, true);
        this.dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        this.xa = header(DataContract.COMMUNES);
        this.nguoi = header(DataContract.PERSONS);
        this.thon = header(DataContract.VILLAGES);
        this.moHinh = header(DataContract.MODELS);
    }

    /** Writes a workbook of {@code communes} communes (the first {@code communes} of any larger one). */
    public static Stats generate(Path out, int communes, long seed) {
        NationalDataGenerator g = new NationalDataGenerator(seed);
        try {
            for (int i = 0; i < communes; i++) {
                g.commune(i);
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = out.resolveSibling(out.getFileName() + ".part");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                g.wb.write(o);
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new Stats(out, communes, g.persons, g.villages, g.models, Files.size(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                g.wb.close();
            } catch (IOException ignored) {
                // temp files are deleted by close; nothing else to do
            }
        }
    }

    /** Generates the file unless it already exists (same name: same seed and size, by convention of the caller). */
    public static Path ensure(Path out, int communes, long seed) {
        if (!Files.isRegularFile(out)) {
            System.err.println("Generating " + out + " (" + communes + " communes, seed " + seed + ") …");
            long t0 = System.nanoTime();
            Stats s = generate(out, communes, seed);
            System.err.printf("  %s in %.1f s%n", s, (System.nanoTime() - t0) / 1e9);
        }
        return out;
    }

    public static void main(String[] args) {
        int communes = NATIONAL_COMMUNES;
        long seed = DEFAULT_SEED;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--communes" -> communes = Integer.parseInt(args[++i]);
                case "--legacy" -> communes = LEGACY_COMMUNES;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: NationalDataGenerator [--communes N | --legacy] [--seed S] [--out FILE]");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            out = Path.of("target", "bench", "communes-" + communes + "-seed-" + seed + ".xlsx");
        }
        long t0 = System.nanoTime();
        Stats s = generate(out, communes, seed);
        System.out.printf("%s (%.1f s)%n", s, (System.nanoTime() - t0) / 1e9);
    }

    // ---- one commune ------------------------------------------------------------------------------

    private void commune(int index) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + index);
        Quality q = pick(rnd, 35, 35, 30) == 0 ? Quality.EXEMPLARY : rnd.nextInt(2) == 0 ? Quality.GAPS : Quality.WEAK;
        String code = String.format("%05d", 16_000 + index * 3);
        LocalDate r = LocalDate.of(2025, 1, 2).plusDays(rnd.nextInt(363));
        LocalDate registered = r.minusDays(60 + rnd.nextInt(340));

        int nPersons = 40 + rnd.nextInt(61);
        Category[] cats = new Category[nPersons];
        Residence[] res = new Residence[nPersons];
        int addicts = 0;
        int users = 0;
        int addictsOutside = 0;
        for (int p = 0; p < nPersons; p++) {
            cats[p] = category(rnd, q);
            boolean held = cats[p] == Category.ADDICT ? rnd.nextInt(100) < 60
                    : cats[p] == Category.USER ? rnd.nextInt(100) < 10 : rnd.nextInt(100) < 4;
            if (q == Quality.EXEMPLARY && cats[p] == Category.ADDICT && !held && addictsOutside >= 7) {
                held = true;
            }
            res[p] = held ? HELD[rnd.nextInt(HELD.length)] : IN_COMMUNITY[rnd.nextInt(IN_COMMUNITY.length)];
            addicts += cats[p] == Category.ADDICT ? 1 : 0;
            users += cats[p] == Category.USER ? 1 : 0;
            addictsOutside += cats[p] == Category.ADDICT && res[p].inCommunity() ? 1 : 0;
        }

        Row row = xa.createRow(xaRow++);
        int c = 0;
        text(row, c++, code);
        text(row, c++, (rnd.nextInt(10) < 8 ? "Xã " : "Phường ") + place(rnd));
        choice(row, c++, rnd.nextInt(100) < 80 ? UnitType.COMMUNE : rnd.nextInt(10) < 9 ? UnitType.WARD
                : UnitType.SPECIAL_ZONE);
        text(row, c++, rnd.nextInt(100) < 15 ? "Huyện " + place(rnd) : null);
        text(row, c++, rnd.nextInt(100) < 90 ? "Thanh Hóa" : "Tỉnh Thanh Hóa");
        bool(row, c++, rnd.nextInt(100) < 3 ? Boolean.TRUE : rnd.nextInt(2) == 0 ? Boolean.FALSE : null);
        choice(row, c++, DrugAreaClass.values()[rnd.nextInt(DrugAreaClass.values().length)]);
        date(row, c++, blank(rnd, q, 1) ? null : registered);
        date(row, c++, r);
        integer(row, c++, null);
        // baselines at registration: above today's counts when the commune is on track
        int spareA = q == Quality.WEAK ? rnd.nextInt(6) - 2 : 1 + rnd.nextInt(5);
        int spareU = q == Quality.WEAK ? rnd.nextInt(6) - 2 : 1 + rnd.nextInt(5);
        integer(row, c++, blank(rnd, q, 1) ? null : Math.max(0, addicts + spareA));
        integer(row, c++, blank(rnd, q, 1) ? null : Math.max(0, users + spareU));
        for (int k = 0; k < 9; k++) { // hotspots … serious_incidents
            boolean bad = q == Quality.WEAK && rnd.nextInt(100) < 4;
            integer(row, c++, blank(rnd, q, 1) ? null : bad ? 1 + rnd.nextInt(3) : 0);
        }
        date(row, c++, rnd.nextInt(100) < 90 ? r.minusDays(rnd.nextInt(120)) : null);
        bool(row, c, q == Quality.WEAK && rnd.nextInt(10) == 0 ? Boolean.FALSE : Boolean.TRUE);

        for (int p = 0; p < nPersons; p++) {
            person(rnd, q, code, p, cats[p], res[p], r, registered);
        }
        int nVillages = 5 + rnd.nextInt(9);
        for (int v = 0; v < nVillages; v++) {
            village(rnd, q, code, v);
        }
        int nModels = switch (pick(rnd, 5, 25, 35, 25, 10)) {
            case 0 -> q == Quality.EXEMPLARY ? 1 : 0;
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> 3;
            default -> 4;
        };
        for (int m = 0; m < nModels; m++) {
            model(rnd, q, code, r);
        }
    }

    private static Category category(SplittableRandom rnd, Quality q) {
        if (q != Quality.EXEMPLARY && rnd.nextInt(1000) < 3) {
            return null; // blank: an error, and a person who may belong to any population
        }
        return switch (pick(rnd, 22, 13, 43, 22)) {
            case 0 -> Category.ADDICT;
            case 1 -> Category.USER;
            case 2 -> Category.POST_REHAB;
            default -> Category.SUSPECTED;
        };
    }

    private void person(SplittableRandom rnd, Quality q, String commune, int p, Category cat, Residence res,
                        LocalDate r, LocalDate registered) {
        persons++;
        Row row = nguoi.createRow(nguoiRow++);
        int c = 0;
        text(row, c++, commune);
        text(row, c++, prefix(cat) + String.format("%03d", p + 1));
        text(row, c++, FAMILY[rnd.nextInt(FAMILY.length)] + " " + MIDDLE[rnd.nextInt(MIDDLE.length)] + " "
                + GIVEN[rnd.nextInt(GIVEN.length)]);
        integer(row, c++, rnd.nextInt(100) < 3 ? null : 1960 + rnd.nextInt(46));
        choice(row, c++, cat);
        boolean psychosis = (cat == Category.USER || cat == Category.ADDICT) && rnd.nextInt(100) < 6;
        bool(row, c++, psychosis ? Boolean.TRUE : rnd.nextInt(3) == 0 ? Boolean.FALSE : null);
        choice(row, c++, q != Quality.EXEMPLARY && rnd.nextInt(1000) < 3 ? null : res);
        bool(row, c++, flag(rnd, q, 2));
        Treatment t = cat == Category.ADDICT
                ? (q == Quality.WEAK && rnd.nextInt(100) < 3 ? Treatment.NONE : IN_TREATMENT[rnd.nextInt(IN_TREATMENT.length)])
                : cat == Category.USER && rnd.nextInt(3) == 0 ? Treatment.VOLUNTARY_COMMUNITY
                : rnd.nextInt(2) == 0 ? Treatment.NONE : null;
        choice(row, c++, cat == Category.ADDICT && blank(rnd, q, 5) ? null : t);
        bool(row, c++, cat == Category.ADDICT || rnd.nextInt(4) == 0 ? flag(rnd, q, 2) : null);
        bool(row, c++, flag(rnd, q, 2));
        LocalDate testDate;
        TestResult result;
        switch (testKind(rnd, q)) {
            case 0 -> { // recent negative, the day R - 30 included
                testDate = r.minusDays(rnd.nextInt(31));
                result = TestResult.NEGATIVE;
            }
            case 1 -> { // older, within the registration period mostly
                testDate = r.minusDays(31 + rnd.nextInt(300));
                result = TestResult.NEGATIVE;
            }
            case 2 -> {
                testDate = r.minusDays(rnd.nextInt(60));
                result = TestResult.POSITIVE;
            }
            case 3 -> {
                testDate = null;
                result = TestResult.NOT_TESTED;
            }
            case 4 -> { // blank result
                testDate = r.minusDays(rnd.nextInt(40));
                result = null;
            }
            case 5 -> { // blank date
                testDate = null;
                result = TestResult.NEGATIVE;
            }
            default -> { // after the request date: a warning, the condition undecided
                testDate = r.plusDays(1 + rnd.nextInt(5));
                result = rnd.nextInt(4) == 0 ? TestResult.POSITIVE : TestResult.NEGATIVE;
            }
        }
        if (cat == Category.POST_REHAB && testDate != null && testDate.isBefore(registered) && q == Quality.EXEMPLARY) {
            testDate = registered.plusDays(rnd.nextInt(10));
        }
        date(row, c++, testDate);
        choice(row, c++, result);
        bool(row, c++, cat == Category.POST_REHAB || rnd.nextInt(3) == 0 ? flag(rnd, q, 3) : null);
        text(row, c, rnd.nextInt(100) < 12 ? NOTES[rnd.nextInt(NOTES.length)] : null);
    }

    /** 0 recent negative, 1 older negative, 2 positive, 3 not tested, 4 blank result, 5 blank date, 6 after R. */
    private static int testKind(SplittableRandom rnd, Quality q) {
        return switch (q) {
            case EXEMPLARY -> 0;
            case GAPS -> pick(rnd, 960, 0, 0, 0, 15, 15, 10);
            case WEAK -> pick(rnd, 800, 100, 30, 40, 10, 10, 10);
        };
    }

    private void village(SplittableRandom rnd, Quality q, String commune, int v) {
        villages++;
        Row row = thon.createRow(thonRow++);
        text(row, 0, commune);
        text(row, 1, (rnd.nextInt(4) == 0 ? "Tổ dân phố " : "Thôn ") + PLACE[rnd.nextInt(PLACE.length)] + " " + (v + 1));
        int households = 40 + rnd.nextInt(360);
        int committed = q == Quality.WEAK && rnd.nextInt(100) < 8 ? households - 1 - rnd.nextInt(12) : households;
        integer(row, 2, blank(rnd, q, 5) ? null : households);
        integer(row, 3, blank(rnd, q, 5) ? null : Math.max(0, committed));
        bool(row, 4, flag(rnd, q, 2));
        bool(row, 5, flag(rnd, q, 2));
    }

    private void model(SplittableRandom rnd, Quality q, String commune, LocalDate r) {
        models++;
        Row row = moHinh.createRow(moHinhRow++);
        text(row, 0, commune);
        text(row, 1, MODEL_NAMES[rnd.nextInt(MODEL_NAMES.length)] + " " + PLACE[rnd.nextInt(PLACE.length)]);
        choice(row, 2, LeadOrg.values()[rnd.nextInt(LeadOrg.values().length)]);
        date(row, 3, rnd.nextInt(10) == 0 ? null : r.minusDays(100 + rnd.nextInt(2000)));
        Boolean effective = q == Quality.EXEMPLARY ? Boolean.TRUE : switch (pick(rnd, 80, 12, 8)) {
            case 0 -> Boolean.TRUE;
            case 1 -> Boolean.FALSE;
            default -> null;
        };
        bool(row, 4, effective);
    }

    // ---- randomness -------------------------------------------------------------------------------

    /** An index drawn with the given weights. */
    private static int pick(SplittableRandom rnd, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A cell left blank: never in an exemplary sheet, {@code permille} ‰ otherwise. */
    private static boolean blank(SplittableRandom rnd, Quality q, int permille) {
        return q != Quality.EXEMPLARY && rnd.nextInt(1000) < permille;
    }

    /** A yes/no duty: always met in an exemplary sheet; sometimes blank, and in a weak one sometimes not met. */
    private static Boolean flag(SplittableRandom rnd, Quality q, int blankPermille) {
        if (blank(rnd, q, blankPermille)) {
            return null;
        }
        return q == Quality.WEAK && rnd.nextInt(1000) < 15 ? Boolean.FALSE : Boolean.TRUE;
    }

    private static String place(SplittableRandom rnd) {
        return PLACE[rnd.nextInt(PLACE.length)] + " " + PLACE[rnd.nextInt(PLACE.length)];
    }

    private static String prefix(Category c) {
        if (c == null) {
            return "DT-";
        }
        return switch (c) {
            case ADDICT -> "NN-";
            case USER -> "SD-";
            case POST_REHAB -> "SC-";
            case SUSPECTED -> "NS-";
        };
    }

    // ---- cells ------------------------------------------------------------------------------------

    private Sheet header(SheetSpec spec) {
        Sheet s = wb.createSheet(spec.name());
        Row row = s.createRow(0);
        List<ColumnSpec> cols = spec.columns();
        for (int i = 0; i < cols.size(); i++) {
            row.createCell(i).setCellValue(cols.get(i).header());
        }
        return s;
    }

    private static void text(Row row, int col, String v) {
        if (v != null) {
            row.createCell(col).setCellValue(v);
        }
    }

    private static void integer(Row row, int col, Integer v) {
        if (v != null) {
            row.createCell(col).setCellValue(v);
        }
    }

    private static void choice(Row row, int col, Labelled v) {
        if (v != null) {
            row.createCell(col).setCellValue(v.label());
        }
    }

    private static void bool(Row row, int col, Boolean v) {
        if (v != null) {
            row.createCell(col).setCellValue(v ? "Có" : "Không");
        }
    }

    private void date(Row row, int col, LocalDate v) {
        if (v != null) {
            Cell cell = row.createCell(col);
            cell.setCellValue(v);
            cell.setCellStyle(dateStyle);
        }
    }
}
