package vn.xkmt.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds {@code .xlsx} workbooks for tests, fluently:
 *
 * <pre>{@code
 * WorkbookBuilder.create()
 *     .sheet("Nguoi").header("Mã xã", "Mã đối tượng", "Phân loại")
 *     .row("X01", "P001", "Nghiện")
 *     .row(WorkbookBuilder.number(2683, "00000"), "P002", WorkbookBuilder.formula("\"Nghiện\"", "Nghiện"))
 *     .write(path);
 * }</pre>
 *
 * A row's values become typed cells: a {@link String} a text cell, a {@link Number} a numeric cell, a
 * {@link LocalDate} a date cell formatted {@code dd/mm/yyyy}, a {@link Boolean} a boolean cell,
 * {@code null} no cell at all; {@link #number(double, String)}, {@link #date(LocalDate, String)},
 * {@link #formula(String, Object)} and {@link #error(FormulaError)} give more control.
 * {@link #streaming()} writes through POI's SXSSF for very large workbooks (inline strings, rows
 * flushed as they go).
 */
public final class WorkbookBuilder {

    /** A cell to write, with its style. */
    @FunctionalInterface
    public interface CellSpec {
        void write(Cell cell, WorkbookBuilder builder);
    }

    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private Sheet sheet;
    private int nextRow;

    private WorkbookBuilder(Workbook workbook) {
        this.workbook = workbook;
    }

    /** A workbook held in memory (XSSF, shared strings). */
    public static WorkbookBuilder create() {
        return new WorkbookBuilder(new XSSFWorkbook());
    }

    /** A workbook streamed to disk as rows are added (SXSSF, inline strings): for very large tests. */
    public static WorkbookBuilder streaming() {
        return new WorkbookBuilder(new SXSSFWorkbook(200));
    }

    /** Starts a new sheet; rows go to it from row 1. */
    public WorkbookBuilder sheet(String name) {
        sheet = workbook.createSheet(name);
        nextRow = 0;
        return this;
    }

    /** Writes row 1, the header row. */
    public WorkbookBuilder header(String... headers) {
        return rowAt(1, (Object[]) headers);
    }

    /** Writes the next row. */
    public WorkbookBuilder row(Object... values) {
        return rowAt(nextRow + 1, values);
    }

    /** Leaves the next row empty (no row element at all). */
    public WorkbookBuilder blankRow() {
        nextRow++;
        return this;
    }

    /** Writes the row with the given Excel number (1-based); later rows follow it. */
    public WorkbookBuilder rowAt(int excelRow, Object... values) {
        if (sheet == null) {
            throw new IllegalStateException("sheet(name) first");
        }
        Row row = sheet.createRow(excelRow - 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v != null) {
                spec(v).write(row.createCell(i), this);
            }
        }
        nextRow = excelRow;
        return this;
    }

    public Path write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            close();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void close() throws IOException {
        if (workbook instanceof SXSSFWorkbook s) {
            s.close();
        } else {
            workbook.close();
        }
    }

    // ---- typed cells

    public static CellSpec text(String value) {
        return (cell, b) -> cell.setCellValue(value);
    }

    public static CellSpec number(double value) {
        return (cell, b) -> cell.setCellValue(value);
    }

    /** A number under a custom format, e.g. {@code number(2683, "00000")} displays {@code 02683}. */
    public static CellSpec number(double value, String format) {
        return (cell, b) -> {
            cell.setCellValue(value);
            cell.setCellStyle(b.style(format));
        };
    }

    /** A date cell formatted {@code dd/mm/yyyy}. */
    public static CellSpec date(LocalDate value) {
        return date(value, "dd/mm/yyyy");
    }

    /** A date cell under the given format, e.g. {@code "m/d/yy"} or {@code "yyyy-mm-dd"}. */
    public static CellSpec date(LocalDate value, String format) {
        return (cell, b) -> {
            cell.setCellValue(value);
            cell.setCellStyle(b.style(format));
        };
    }

    public static CellSpec bool(boolean value) {
        return (cell, b) -> cell.setCellValue(value);
    }

    /**
     * A formula cell with its cached value, as Excel saves it: a {@link Number}, {@link String},
     * {@link Boolean} or {@link LocalDate} (then formatted {@code dd/mm/yyyy}).
     */
    public static CellSpec formula(String formula, Object cached) {
        return (cell, b) -> {
            cell.setCellFormula(formula);
            if (cached instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (cached instanceof Boolean bo) {
                cell.setCellValue(bo);
            } else if (cached instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(b.style("dd/mm/yyyy"));
            } else if (cached != null) {
                cell.setCellValue(cached.toString());
            }
        };
    }

    /** A cell holding a formula error such as {@code #N/A}. */
    public static CellSpec error(FormulaError error) {
        return (cell, b) -> cell.setCellErrorValue(error.getCode());
    }

    private static CellSpec spec(Object v) {
        if (v instanceof CellSpec c) {
            return c;
        }
        if (v instanceof String s) {
            return text(s);
        }
        if (v instanceof BigDecimal d) {
            return number(d.doubleValue());
        }
        if (v instanceof Number n) {
            return number(n.doubleValue());
        }
        if (v instanceof LocalDate d) {
            return date(d);
        }
        if (v instanceof LocalDateTime t) {
            return (cell, b) -> {
                cell.setCellValue(t);
                cell.setCellStyle(b.style("dd/mm/yyyy hh:mm"));
            };
        }
        if (v instanceof Boolean bo) {
            return bool(bo);
        }
        throw new IllegalArgumentException("Cannot write a cell of " + v.getClass());
    }

    private CellStyle style(String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle s = workbook.createCellStyle();
            s.setDataFormat(workbook.createDataFormat().getFormat(f));
            return s;
        });
    }
}
