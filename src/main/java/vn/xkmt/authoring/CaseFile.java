package vn.xkmt.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.ColumnType;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Names;
import vn.xkmt.commune.SheetSpec;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.template.TemplateSheet;
import vn.xkmt.template.WorkbookWriter;

/**
 * One golden case as a single YAML file, {@code tests/<name>.yaml}: a {@code description} ({@code vi},
 * {@code en}), the data sheets by their contract name ({@code Xa}, {@code Nguoi}, {@code Thon},
 * {@code MoHinh}, {@code BaoCaoNam}), each a list of rows mapping a column header to the value of a filled
 * cell, and {@code expected:}, the verdict and criterion outcomes per unit code (or {@code unit/year}).
 *
 * <p>The rows are read into a {@link Dataset} by writing them into a workbook with the contract's sheets and
 * headers and reading that with the normal {@link WorkbookReader}: the same validation and the same messages,
 * the cell references counting the header as row 1 (entry 1 of a sheet is row 2). A sheet listed with no rows
 * ({@code Nguoi: []}) is present and empty; a sheet not listed is absent from the workbook.
 */
final class CaseFile {

    static final String DESCRIPTION = "description";
    static final String EXPECTED = "expected";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    /** What a case expects of one unit: its verdict (null: not checked) and criterion outcomes by id. */
    record Expected(String verdict, Map<String, String> criteria) {

        /** The {@code unit → {verdict, criteria}} map of a case file or a legacy {@code .expected.yaml}. */
        static Map<String, Expected> of(Map<?, ?> raw) {
            Map<String, Expected> out = new LinkedHashMap<>();
            if (raw == null) {
                return out;
            }
            raw.forEach((unit, body) -> {
                Map<?, ?> m = body instanceof Map<?, ?> b ? b : Map.of();
                Map<String, String> crit = new LinkedHashMap<>();
                if (m.get("criteria") instanceof Map<?, ?> c) {
                    c.forEach((k, v) -> crit.put(String.valueOf(k), String.valueOf(v)));
                }
                Object v = m.get("verdict");
                out.put(String.valueOf(unit), new Expected(v == null ? null : String.valueOf(v), crit));
            });
            return out;
        }
    }

    /** A case file that cannot be read, with every problem found, each in Vietnamese and English. */
    static final class Invalid extends Exception {

        private final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    private final Path file;
    private final Map<SheetSpec, List<Map<String, Object>>> sheets;
    private final Map<String, Expected> expected;

    private CaseFile(Path file, Map<SheetSpec, List<Map<String, Object>>> sheets, Map<String, Expected> expected) {
        this.file = file;
        this.sheets = sheets;
        this.expected = expected;
    }

    /** Is this file of a tests folder a case file (and not a legacy {@code .expected.yaml})? */
    static boolean isCaseFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") && !n.endsWith(".expected.yaml");
    }

    /** The case's name: its file name without {@code .yaml}. */
    static String name(Path p) {
        return p.getFileName().toString().replaceFirst("\\.yaml$", "");
    }

    Map<String, Expected> expected() {
        return expected;
    }

    /** Reads and checks a case file. */
    static CaseFile read(Path file) throws Invalid {
        String f = file.getFileName().toString();
        Object raw;
        try {
            raw = YAML.readValue(Files.readString(file), Object.class);
        } catch (JacksonException e) {
            throw new Invalid(List.of(f + ": YAML không đọc được / unreadable YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (dòng/line " + e.getLocation().getLineNr() + ")")));
        } catch (IOException e) {
            throw new Invalid(List.of(f + ": không đọc được tệp / cannot read the file: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (!(raw instanceof Map<?, ?> top)) {
            throw new Invalid(List.of(f + ": tệp phải là một bảng khóa → giá trị (description, các sheet, expected)"
                    + " / the file must be a mapping (description, the sheets, expected)"));
        }
        Map<SheetSpec, List<Map<String, Object>>> sheets = new LinkedHashMap<>();
        Map<String, Expected> expected = null;
        for (Map.Entry<?, ?> e : top.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.equals(DESCRIPTION)) {
                continue;
            }
            if (key.equals(EXPECTED)) {
                if (e.getValue() instanceof Map<?, ?> m) {
                    expected = Expected.of(m);
                } else {
                    problems.add(f + ": «expected» phải là bảng mã đơn vị → verdict, criteria"
                            + " / «expected» must map unit codes to verdict and criteria");
                    expected = Map.of();
                }
                continue;
            }
            SheetSpec spec = sheet(key);
            if (spec == null) {
                problems.add(f + ": «" + key + "» không phải sheet của quy cách; các khóa được dùng: description, "
                        + sheetNames() + ", expected / «" + key + "» is not a sheet of the data contract; expected keys: "
                        + "description, " + sheetNames() + ", expected");
                continue;
            }
            if (sheets.containsKey(spec)) {
                problems.add(f + ": sheet " + spec.name() + " ghi hai lần / given twice");
                continue;
            }
            sheets.put(spec, rows(f, spec, e.getValue(), problems));
        }
        if (expected == null) {
            problems.add(f + ": thiếu «expected:» (kết quả mong đợi từng đơn vị)"
                    + " / missing «expected:» (the expected outcome of each unit)");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new CaseFile(file, sheets, expected);
    }

    /**
     * The dataset the workbook reader makes of the case's rows, its problems naming the case file (as
     * {@code file.toString()}), the sheet and the cell.
     */
    Dataset dataset(WorkbookReader reader) throws IOException {
        Path tmp = Files.createTempFile("xkmt-case-", ".xlsx");
        try {
            writeWorkbook(tmp);
            try (InputStream in = Files.newInputStream(tmp)) {
                return reader.read(file.toString(), in);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the case's rows as a workbook of its data sheets (no instructions, no lists) to {@code out}. */
    Path writeWorkbook(Path out) throws IOException {
        try (WorkbookWriter w = WorkbookWriter.withoutReservedSheets()) {
            sheets.forEach((spec, rows) -> {
                TemplateSheet s = w.sheet(spec);
                rows.forEach(s::row);
            });
            w.write(out);
        }
        return out;
    }

    private static List<Map<String, Object>> rows(String f, SheetSpec spec, Object value, List<String> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof List<?> list)) {
            problems.add(f + ": sheet " + spec.name() + " phải là danh sách các dòng (- Cột: giá trị)"
                    + " / must be a list of rows (- Header: value)");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String where = f + ": sheet " + spec.name() + ", dòng thứ " + (i + 1);
            String whereEn = "sheet " + spec.name() + ", entry " + (i + 1);
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                problems.add(where + " phải là bảng Cột: giá trị / " + whereEn + " must map headers to values");
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (Map.Entry<?, ?> cell : entry.entrySet()) {
                String header = String.valueOf(cell.getKey());
                ColumnSpec col = column(spec, header);
                if (col == null) {
                    problems.add(where + ", «" + header + "»: sheet không có cột này; các cột: " + headers(spec)
                            + " / " + whereEn + ", «" + header + "»: no such column; expected headers: " + headers(spec));
                } else if (row.containsKey(col.key())) {
                    problems.add(where + ", «" + header + "»: cột " + col.header() + " ghi hai lần / "
                            + whereEn + ", «" + header + "»: column " + col.header() + " given twice");
                } else if (cell.getValue() instanceof Map || cell.getValue() instanceof List) {
                    problems.add(where + ", «" + header + "»: phải là một giá trị / " + whereEn + ", «" + header
                            + "»: must be a single value");
                } else if (cell.getValue() != null) {
                    row.put(col.key(), cellValue(col, cell.getValue()));
                }
            }
            out.add(row);
        }
        return out;
    }

    /**
     * The value to write, as the template writer takes it: an ISO date in a date column as a date, a whole
     * number in an integer column as a number, {@code true}/{@code false} in a yes/no column as
     * {@code Có}/{@code Không}; anything else as the text typed.
     */
    private static Object cellValue(ColumnSpec col, Object v) {
        if (v instanceof String s) {
            if (col.type() == ColumnType.DATE && ISO_DATE.matcher(s).matches()) {
                try {
                    return LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    return s; // as typed: the reader says what is wrong with it
                }
            }
            return s;
        }
        if ((v instanceof Integer || v instanceof Long || v instanceof Short)
                && (col.type() == ColumnType.INTEGER || col.type() == ColumnType.TEXT)) {
            return v;
        }
        if (v instanceof Boolean && col.type() == ColumnType.BOOLEAN) {
            return v;
        }
        return String.valueOf(v);
    }

    private static SheetSpec sheet(String key) {
        String n = Names.normalise(key);
        return DataContract.SHEETS.stream()
                .filter(s -> n.equals(Names.normalise(s.name())) || n.equals(Names.normalise(s.alias())))
                .findFirst().orElse(null);
    }

    /** A column by its Vietnamese header, key or alias, compared as the reader compares headers. */
    private static ColumnSpec column(SheetSpec spec, String header) {
        String n = Names.normalise(header);
        for (ColumnSpec c : spec.columns()) {
            if (n.equals(Names.normalise(c.header())) || n.equals(Names.normalise(c.key()))
                    || c.aliases().stream().anyMatch(a -> n.equals(Names.normalise(a)))) {
                return c;
            }
        }
        return null;
    }

    private static String headers(SheetSpec spec) {
        return spec.columns().stream().map(ColumnSpec::header).collect(Collectors.joining(", "));
    }

    private static String sheetNames() {
        return DataContract.SHEETS.stream().map(SheetSpec::name).collect(Collectors.joining(", "));
    }
}
