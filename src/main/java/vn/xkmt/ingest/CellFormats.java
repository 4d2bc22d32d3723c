package vn.xkmt.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Number formats of the workbook's cell styles: how Excel displays a number ({@code 02683} under
 * {@code 00000}, {@code 1234} under General) and whether a style is a date format. Looked up once per
 * style index. Not thread-safe: one per workbook read.
 */
final class CellFormats {

    private static final byte UNKNOWN = 0;
    private static final byte DATE = 1;
    private static final byte NOT_DATE = 2;

    private final StylesTable styles;
    private final boolean date1904;
    private final int styleCount;
    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private short[] index = new short[0];
    private String[] format = new String[0];
    private byte[] dateKind = new byte[0];

    private final boolean lost;

    CellFormats(StylesTable styles, boolean date1904) {
        this(styles, date1904, false);
    }

    /** With {@code lost}, the styles part was damaged: a number in a date column is read as a date serial. */
    CellFormats(StylesTable styles, boolean date1904, boolean lost) {
        this.lost = lost;
        this.styles = styles;
        this.date1904 = date1904;
        this.styleCount = styles == null ? 1 : Math.max(1, styles.getNumCellStyles());
    }

    /** The number as Excel displays it under the cell's style. */
    String display(String raw, int style) {
        double d;
        try {
            d = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        style = load(style);
        try {
            return formatter.formatRawCellContents(d, index[style], format[style], date1904);
        } catch (RuntimeException e) {
            return raw;
        }
    }

    /** Whether the style's number format is a date format (any style, when the styles part was damaged). */
    boolean isDate(int style) {
        if (lost) {
            return true;
        }
        int slot = load(style);
        return dateKind[slot] == DATE;
    }

    /** The date of a numeric cell with a date format, or null when the cell is not a date cell. */
    LocalDate date(String raw, int style) {
        style = load(style);
        if (dateKind[style] != DATE && !lost) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return null;
        }
        if (!Double.isFinite(d) || !DateUtil.isValidExcelDate(d) || d > 2_958_465) {
            return null;
        }
        try {
            return DateUtil.getLocalDateTime(d, date1904).toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Loads the format of a style; returns the slot to use (style 0 for an index out of range). */
    private int load(int style) {
        if (style < 0 || style >= styleCount) {
            style = 0;
        }
        if (style >= index.length) {
            int n = Math.max(style + 1, Math.max(16, index.length * 2));
            index = Arrays.copyOf(index, n);
            format = Arrays.copyOf(format, n);
            dateKind = Arrays.copyOf(dateKind, n);
        }
        if (dateKind[style] != UNKNOWN) {
            return style;
        }
        short idx = 0;
        String fmt = null;
        if (styles != null) {
            try {
                XSSFCellStyle cs = styles.getStyleAt(style);
                if (cs != null) {
                    idx = cs.getDataFormat();
                    fmt = cs.getDataFormatString();
                }
            } catch (RuntimeException ignored) {
                // a broken style reads as General
            }
        }
        if (fmt == null) {
            fmt = BuiltinFormats.getBuiltinFormat(idx);
            if (fmt == null) {
                fmt = "General";
            }
        }
        index[style] = idx;
        format[style] = fmt;
        dateKind[style] = DateUtil.isADateFormat(idx, fmt) ? DATE : NOT_DATE;
        return style;
    }
}
