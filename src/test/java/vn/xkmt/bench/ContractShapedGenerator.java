package vn.xkmt.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Labelled;
import vn.xkmt.commune.SheetSpec;

/**
 * A second national workbook, shaped unlike {@link NationalDataGenerator}'s, so that no figure rests on one
 * generator: every value drawn from the data contract itself (each column by its type, each choice among its
 * labels), four rule sets mixed (Lào Cai, Thanh Hóa and Hưng Yên communes under varied spellings of the
 * province, Trà Vinh annual rows), the sheets in another order, the columns of every sheet shuffled, the person,
 * village and model rows shuffled across communes, a fifth of the dates written as text ({@code dd/MM/yyyy}),
 * and every optional column blank somewhere (each optional cell blank with a probability of its own column).
 *
 * <p>Run: {@code java -cp … vn.xkmt.bench.ContractShapedGenerator [--communes N] [--seed S] --out FILE}.
 */
public final class ContractShapedGenerator {

    private static final String[][] PROVINCES = {
        {"LC", "Lào Cai", "Tỉnh Lào Cai", "lao cai"},
        {"TH", "Thanh Hóa", "tỉnh Thanh Hoá", "THANH HÓA"},
        {"HY", "Hưng Yên", "Tỉnh Hưng Yên", "hung yen"}};
    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    private final SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, true, true);
    private final CellStyle dateStyle;
    private final SplittableRandom rnd;
    private final long seed;

    private ContractShapedGenerator(long seed) {
        this.seed = seed;
        this.rnd = new SplittableRandom(seed);
        this.dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    /** What was written: units, persons, villages, models and annual rows, and the file's size. */
    public record Stats(Path file, int communes, int persons, int villages, int models, int annualRows, long bytes) {
        @Override
        public String toString() {
            return String.format("%s: %,d communes (3 rule sets), %,d persons, %,d villages, %,d models, %,d annual rows,"
                    + " %,d bytes", file, communes, persons, villages, models, annualRows, bytes);
        }
    }

    public static Stats generate(Path out, int communes, long seed) {
        return new ContractShapedGenerator(seed).write(out, communes);
    }

    /** The workbook at {@code out}, generated unless a file is already there. */
    public static Path ensure(Path out, int communes, long seed) {
        if (!Files.exists(out)) {
            System.err.println("Generating " + out + " (contract-shaped, " + communes + " communes, seed " + seed + ") …");
            System.err.println("  " + generate(out, communes, seed));
        }
        return out;
    }

    private Stats write(Path out, int communes) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < communes; i++) {
            codes.add(PROVINCES[i % PROVINCES.length][0] + "-" + String.format("%05d", i + 1));
        }
        // members drawn per commune, then shuffled across communes
        List<String> persons = members(codes, 40, 100);
        List<String> villages = members(codes, 5, 14);
        List<String> models = members(codes, 0, 4);
        int annual = Math.max(1, communes / 30);
        try {
            // another order than the contract's: members first, communes after, annual rows last
            sheet(DataContract.VILLAGES, villages, "village_name");
            sheet(DataContract.PERSONS, persons, "person_id");
            sheet(DataContract.MODELS, models, "model_name");
            communes(codes);
            annual(annual);
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
            return new Stats(out, communes, persons.size(), villages.size(), models.size(), annual, Files.size(out));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + out, e);
        } finally {
            wb.dispose();
        }
    }

    private List<String> members(List<String> codes, int min, int max) {
        List<String> rows = new ArrayList<>();
        for (String c : codes) {
            int n = min + rnd.nextInt(max - min + 1);
            for (int k = 0; k < n; k++) {
                rows.add(c + "#" + (k + 1));
            }
        }
        Collections.shuffle(rows, new Random(seed ^ rows.size()));
        return rows;
    }

    /** The columns of a sheet in a shuffled order, the same for every row. */
    private List<ColumnSpec> shuffled(SheetSpec spec) {
        List<ColumnSpec> cols = new ArrayList<>(spec.columns());
        Collections.shuffle(cols, new Random(seed ^ spec.name().hashCode()));
        return cols;
    }

    private Sheet header(SheetSpec spec, List<ColumnSpec> cols) {
        Sheet s = wb.createSheet(spec.name());
        Row h = s.createRow(0);
        for (int i = 0; i < cols.size(); i++) {
            h.createCell(i).setCellValue(cols.get(i).header());
        }
        return s;
    }

    private void sheet(SheetSpec spec, List<String> rows, String idKey) {
        List<ColumnSpec> cols = shuffled(spec);
        Sheet s = header(spec, cols);
        int r = 1;
        for (String member : rows) {
            String code = member.substring(0, member.indexOf('#'));
            String n = member.substring(member.indexOf('#') + 1);
            Row row = s.createRow(r++);
            for (int i = 0; i < cols.size(); i++) {
                ColumnSpec c = cols.get(i);
                if (c.key().equals("commune_code")) {
                    row.createCell(i).setCellValue(code);
                } else if (c.key().equals(idKey)) {
                    row.createCell(i).setCellValue(idKey.equals("person_id") ? "DT-" + n
                            : idKey.equals("village_name") ? "Thôn " + n : "Mô hình số " + n);
                } else if (c.key().equals("full_name")) {
                    row.createCell(i).setCellValue("Người " + code + " " + n);
                } else {
                    value(row, i, c, blankRate(spec, c));
                }
            }
        }
    }

    private void communes(List<String> codes) {
        List<ColumnSpec> cols = shuffled(DataContract.COMMUNES);
        Sheet s = header(DataContract.COMMUNES, cols);
        List<String> order = new ArrayList<>(codes);
        Collections.shuffle(order, new Random(seed));
        int r = 1;
        for (String code : order) {
            String[] p = PROVINCES[java.util.Arrays.asList("LC", "TH", "HY").indexOf(code.substring(0, 2))];
            Row row = s.createRow(r++);
            for (int i = 0; i < cols.size(); i++) {
                ColumnSpec c = cols.get(i);
                switch (c.key()) {
                    case "commune_code" -> row.createCell(i).setCellValue(code);
                    case "commune_name" -> row.createCell(i).setCellValue("Xã " + code.substring(3));
                    case "province" -> row.createCell(i).setCellValue(p[1 + rnd.nextInt(3)]);
                    case "request_date" -> date(row, i, FIRST.plusDays(300 + rnd.nextInt(400)));
                    case "registration_date" -> {
                        if (rnd.nextInt(20) > 0) {
                            date(row, i, FIRST.plusDays(rnd.nextInt(200)));
                        }
                    }
                    default -> value(row, i, c, blankRate(DataContract.COMMUNES, c));
                }
            }
        }
    }

    private void annual(int rows) {
        List<ColumnSpec> cols = shuffled(DataContract.ANNUAL_REPORTS);
        Sheet s = header(DataContract.ANNUAL_REPORTS, cols);
        for (int r = 1; r <= rows; r++) {
            Row row = s.createRow(r);
            for (int i = 0; i < cols.size(); i++) {
                ColumnSpec c = cols.get(i);
                switch (c.key()) {
                    case "unit_code" -> row.createCell(i).setCellValue("TV-" + String.format("%03d", (r + 1) / 2));
                    case "unit_name" -> row.createCell(i).setCellValue("Huyện " + ((r + 1) / 2));
                    case "province" -> row.createCell(i).setCellValue(r % 2 == 0 ? "Trà Vinh" : "Tỉnh Trà Vinh");
                    case "year" -> row.createCell(i).setCellValue(r % 2 == 0 ? 2023 : 2022);
                    default -> value(row, i, c, blankRate(DataContract.ANNUAL_REPORTS, c));
                }
            }
        }
    }

    /** Per mille of blank cells of an optional column: from 0 to 150, its own, so every one is blank somewhere. */
    private int blankRate(SheetSpec spec, ColumnSpec c) {
        if (c.required()) {
            return 0;
        }
        return 5 + Math.floorMod((spec.name() + c.key()).hashCode() ^ (int) seed, 146);
    }

    private void value(Row row, int col, ColumnSpec c, int blankPermille) {
        if (rnd.nextInt(1000) < blankPermille) {
            return;
        }
        switch (c.type()) {
            case TEXT -> row.createCell(col).setCellValue("ghi chú " + rnd.nextInt(500));
            case INTEGER -> row.createCell(col).setCellValue(integer(c.key()));
            case DATE -> date(row, col, FIRST.plusDays(rnd.nextInt(560)));
            case BOOLEAN -> row.createCell(col).setCellValue(rnd.nextInt(10) < 8 ? "Có" : "Không");
            case ENUM -> {
                Object[] values = c.enumType().getEnumConstants();
                row.createCell(col).setCellValue(((Labelled) values[rnd.nextInt(values.length)]).label());
            }
        }
    }

    private int integer(String key) {
        return switch (key) {
            case "birth_year" -> 1960 + rnd.nextInt(45);
            case "rollout_phase" -> 1 + rnd.nextInt(3);
            case "baseline_addicts", "baseline_users" -> rnd.nextInt(60);
            case "households", "committed_households" -> 40 + rnd.nextInt(300);
            default -> rnd.nextInt(10) < 7 ? 0 : rnd.nextInt(5);
        };
    }

    private void date(Row row, int col, LocalDate d) {
        if (rnd.nextInt(5) == 0) {
            row.createCell(col).setCellValue(d.format(TEXT_DATE));
        } else {
            Cell cell = row.createCell(col);
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        }
    }

    public static void main(String[] args) {
        int communes = NationalDataGenerator.NATIONAL_COMMUNES;
        long seed = 7L;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--communes" -> communes = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: ContractShapedGenerator [--communes N] [--seed S] --out FILE");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            System.err.println("usage: ContractShapedGenerator [--communes N] [--seed S] --out FILE");
            System.exit(2);
        }
        System.err.println(generate(out, communes, seed));
    }
}
