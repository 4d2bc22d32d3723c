package vn.xkmt.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Names;
import vn.xkmt.commune.SheetSpec;

/**
 * Turns a legacy golden case, {@code <name>.xlsx} with {@code <name>.expected.yaml}, into one case file
 * {@code <name>.yaml} ({@link CaseFile}): the first two comment lines of the expected file become the
 * description, each data sheet's filled cells become rows of header → value, and the rest of the expected
 * file, comments included, becomes {@code expected:}. It refuses what a case file could not say faithfully
 * (a formula, a fraction, a time of day, a blank row between rows).
 *
 * <p>Usage: {@code CasesToYaml DIR...} converts every pair under each DIR (e.g. {@code rules}) and prints
 * the files written; it does not delete the workbooks.
 */
public final class CasesToYaml {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{N} ,./()%+'’–—-]*");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private CasesToYaml() {
    }

    public static void main(String[] args) throws IOException {
        for (String dir : args) {
            for (Path p : convertAll(Path.of(dir))) {
                System.out.println("wrote " + p);
            }
        }
    }

    /** Converts every legacy pair under {@code root}; returns the case files written. */
    static List<Path> convertAll(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path expected : legacyPairs(root)) {
            out.add(convert(expected));
        }
        return out;
    }

    /** The {@code .expected.yaml} files under {@code root} that have a workbook beside them. */
    static List<Path> legacyPairs(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".expected.yaml"))
                    .filter(p -> Files.isRegularFile(workbookOf(p))).sorted().toList();
        }
    }

    static Path workbookOf(Path expected) {
        return expected.resolveSibling(expected.getFileName().toString().replace(".expected.yaml", ".xlsx"));
    }

    static Path caseFileOf(Path expected) {
        return expected.resolveSibling(expected.getFileName().toString().replace(".expected.yaml", ".yaml"));
    }

    static Path convert(Path expected) throws IOException {
        Path out = caseFileOf(expected);
        Files.writeString(out, yaml(workbookOf(expected), Files.readAllLines(expected)));
        return out;
    }

    /** The case file of a workbook and the lines of its expected-outcome file. */
    public static String yaml(Path workbook, List<String> expectedLines) throws IOException {
        StringBuilder sb = new StringBuilder();
        int first = 0;
        List<String> about = new ArrayList<>();
        while (first < expectedLines.size() && first < 2 && expectedLines.get(first).startsWith("#")) {
            about.add(expectedLines.get(first).replaceFirst("^#\\s?", ""));
            first++;
        }
        if (!about.isEmpty()) {
            sb.append(CaseFile.DESCRIPTION).append(":\n");
            sb.append("  vi: ").append(scalar(about.get(0))).append('\n');
            if (about.size() > 1) {
                sb.append("  en: ").append(scalar(about.get(1))).append('\n');
            }
        }
        sheets(workbook, sb);
        sb.append(CaseFile.EXPECTED).append(":\n");
        for (String line : expectedLines.subList(first, expectedLines.size())) {
            sb.append(line.isEmpty() ? "" : "  " + line).append('\n');
        }
        return sb.toString();
    }

    private static void sheets(Path workbook, StringBuilder sb) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                SheetSpec spec = DataContract.SHEETS.stream()
                        .filter(s -> s.name().equals(sheet.getSheetName())).findFirst().orElse(null);
                if (spec == null) {
                    if (!Set.of(DataContract.INSTRUCTIONS, DataContract.LISTS).contains(sheet.getSheetName())) {
                        throw new IllegalStateException(workbook + ": unexpected sheet " + sheet.getSheetName());
                    }
                    continue;
                }
                List<ColumnSpec> columns = header(workbook, spec, sheet.getRow(0));
                List<String> rows = new ArrayList<>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    StringBuilder entry = new StringBuilder();
                    for (int c = 0; row != null && c < columns.size(); c++) {
                        String v = value(workbook, spec, row.getCell(c));
                        if (v != null) {
                            entry.append(entry.isEmpty() ? "  - " : "    ")
                                    .append(scalar(columns.get(c).header())).append(": ").append(v).append('\n');
                        }
                    }
                    if (entry.isEmpty()) {
                        throw new IllegalStateException(workbook + ": blank row " + (r + 1) + " in " + spec.name());
                    }
                    rows.add(entry.toString());
                }
                sb.append(spec.name()).append(':').append(rows.isEmpty() ? " []" : "").append('\n');
                rows.forEach(sb::append);
            }
        }
    }

    /** The contract columns of the header row, which must be the contract's, in its order. */
    private static List<ColumnSpec> header(Path workbook, SheetSpec spec, Row header) {
        for (int c = 0; c < spec.columns().size(); c++) {
            Cell cell = header == null ? null : header.getCell(c);
            String text = cell == null ? null : cell.getStringCellValue();
            if (!Names.normalise(spec.columns().get(c).header()).equals(Names.normalise(text))) {
                throw new IllegalStateException(workbook + ": " + spec.name() + " header " + c + " is " + text);
            }
        }
        if (header.getLastCellNum() > spec.columns().size()) {
            throw new IllegalStateException(workbook + ": " + spec.name() + " has columns beyond the contract");
        }
        return spec.columns();
    }

    /** A filled cell as a YAML value, or null for a blank cell. */
    private static String value(Path workbook, SheetSpec spec, Cell cell) {
        if (cell == null) {
            return null;
        }
        String where = workbook + " " + spec.name() + "!" + cell.getAddress();
        return switch (cell.getCellType()) {
            case BLANK -> null;
            case STRING -> cell.getStringCellValue().isEmpty() ? null : scalar(cell.getStringCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    if (!t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                        throw new IllegalStateException(where + ": a time of day " + t);
                    }
                    yield t.toLocalDate().toString();
                }
                double d = cell.getNumericCellValue();
                if (d != Math.rint(d) || Math.abs(d) > 1e15) {
                    throw new IllegalStateException(where + ": not a whole number " + d);
                }
                yield String.valueOf((long) d);
            }
            default -> throw new IllegalStateException(where + ": a " + cell.getCellType() + " cell");
        };
    }

    /** A string as a YAML scalar that reads back as that same string: plain when safe, else double-quoted. */
    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !s.endsWith(" ") && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (cp < 0x20 || Character.getType(cp) == Character.FORMAT || cp == 0x85 || cp == 0x2028
                            || cp == 0x2029 || cp == 0xA0 || cp == 0xFEFF) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
