package vn.xkmt.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet row after row: every text as a text cell (a text that Excel would take for a
 * formula gets the quote prefix), numbers as numbers, and column widths fitted to what was written.
 */
final class ReportSheet {

    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final int MAX_WIDTH = 60;

    private final SXSSFWorkbook wb;
    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private final Map<Integer, Integer> widths = new HashMap<>();
    private final Map<Integer, Integer> maxWidths = new HashMap<>();
    private Drawing<?> drawing;
    private int next;
    private int headerRow = -1;
    private int lastColumn;

    ReportSheet(SXSSFWorkbook wb, String name, XlsxStyles styles) {
        this.wb = wb;
        this.sheet = wb.createSheet(name);
        this.styles = styles;
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    Row row() {
        return sheet.createRow(next++);
    }

    void skip() {
        next++;
    }

    /** A header row; the last one written is the row frozen and filtered by {@link #finish}. */
    Row header(java.util.List<String> titles) {
        Row r = row();
        for (int i = 0; i < titles.size(); i++) {
            text(r, i, titles.get(i), styles.header);
        }
        headerRow = r.getRowNum();
        lastColumn = Math.max(lastColumn, titles.size() - 1);
        return r;
    }

    /** Caps how wide a column may be fitted (long wrapped texts). */
    void maxWidth(int column, int chars) {
        maxWidths.put(column, chars);
    }

    void text(Row r, int col, String s) {
        text(r, col, s, styles.text);
    }

    /** A text cell; null or empty leaves the cell out. Never a formula, whatever the text begins with. */
    void text(Row r, int col, String s, CellStyle style) {
        if (s == null || s.isEmpty()) {
            if (style != styles.text && style != styles.wrap) {
                r.createCell(col).setCellStyle(style);
            }
            return;
        }
        String v = s.length() > MAX_CELL_TEXT ? s.substring(0, MAX_CELL_TEXT - 1) + "…" : s;
        Cell c = r.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(formulaLike(v) ? styles.quoted(style) : style);
        fit(col, v);
    }

    void number(Row r, int col, Number n) {
        if (n == null) {
            return;
        }
        Cell c = r.createCell(col);
        c.setCellValue(n.doubleValue());
        c.setCellStyle(styles.text);
        fit(col, n.toString());
    }

    /** A note on a header cell (a criterion's title). */
    void comment(Row r, int col, String text) {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(col);
        anchor.setCol2(col + 4);
        anchor.setRow1(r.getRowNum());
        anchor.setRow2(r.getRowNum() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        comment.setAuthor("XKMT");
        r.getCell(col).setCellComment(comment);
    }

    /** Hides a column that turned out to be empty (a column written before it was known whether any row fills it). */
    void hide(int column) {
        sheet.setColumnHidden(column, true);
    }

    /** Fits the widths; with {@code table}, freezes the header row and puts an autofilter on it. */
    void finish(boolean table) {
        widths.forEach((col, chars) -> {
            int cap = maxWidths.getOrDefault(col, MAX_WIDTH);
            sheet.setColumnWidth(col, Math.min(Math.max(chars, 6), cap) * 256 + 512);
        });
        if (table && headerRow >= 0) {
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, lastColumn));
        }
    }

    /** Text Excel could take for a formula or a command: {@code = + - @}, or a tab or carriage return first. */
    static boolean formulaLike(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /** Widens the column to the longest line of {@code v}, in code points (one scan, no split). */
    private void fit(int col, String v) {
        int longest = 0;
        int line = 0;
        for (int i = 0, n = v.length(); i < n; i++) {
            char ch = v.charAt(i);
            if (ch == '\n') {
                longest = Math.max(longest, line);
                line = 0;
            } else if (!Character.isLowSurrogate(ch) || i == 0 || !Character.isHighSurrogate(v.charAt(i - 1))) {
                line++;
            }
        }
        longest = Math.max(longest, line);
        widths.merge(col, longest, Math::max);
    }
}
