package vn.xkmt.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.Verdict;

/** The few cell styles of the report workbook, made once per workbook. */
final class XlsxStyles {

    /** Fill and font colours of Excel's Good / Bad / Neutral styles: green, red, amber. */
    static final String GREEN = "C6EFCE";
    static final String RED = "FFC7CE";
    static final String AMBER = "FFEB9C";
    private static final String GREEN_FONT = "006100";
    private static final String RED_FONT = "9C0006";
    private static final String AMBER_FONT = "9C5700";

    private final SXSSFWorkbook wb;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle header;
    final CellStyle title;
    final CellStyle bold;
    private final Map<Outcome, CellStyle> outcomes = new HashMap<>();
    private final Map<Short, CellStyle> quoted = new HashMap<>();
    /** Grey: no rule set in force on the reference date. */
    private final CellStyle notInForce;

    XlsxStyles(SXSSFWorkbook wb) {
        this.wb = wb;
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrap = wb.createCellStyle();
        wrap.cloneStyleFrom(text);
        wrap.setWrapText(true);
        XSSFFont boldFont = (XSSFFont) wb.createFont();
        boldFont.setBold(true);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        fill((XSSFCellStyle) header, "D9E1F2");
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        XSSFFont big = (XSSFFont) wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        outcomes.put(Outcome.PASS, coloured(GREEN, GREEN_FONT));
        outcomes.put(Outcome.FAIL, coloured(RED, RED_FONT));
        outcomes.put(Outcome.INSUFFICIENT_DATA, coloured(AMBER, AMBER_FONT));
        notInForce = coloured("E1E4E8", "24292F");
    }

    CellStyle outcome(Outcome o) {
        return outcomes.get(o);
    }

    CellStyle verdict(Verdict v) {
        return switch (v) {
            case ELIGIBLE -> outcomes.get(Outcome.PASS);
            case NOT_ELIGIBLE -> outcomes.get(Outcome.FAIL);
            case UNDETERMINED -> outcomes.get(Outcome.INSUFFICIENT_DATA);
            case NOT_IN_FORCE -> notInForce;
        };
    }

    /** The same style with Excel's quote prefix: the text is shown and kept as text, never as a formula. */
    CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base.getIndex(), i -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setQuotePrefixed(true);
            return s;
        });
    }

    private CellStyle coloured(String fillRgb, String fontRgb) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        fill(s, fillRgb);
        XSSFFont f = (XSSFFont) wb.createFont();
        f.setColor(rgb(fontRgb));
        s.setFont(f);
        return s;
    }

    private static void fill(XSSFCellStyle s, String rgb) {
        s.setFillForegroundColor(rgb(rgb));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static XSSFColor rgb(String hex) {
        byte[] b = new byte[3];
        for (int i = 0; i < 3; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new XSSFColor(b, null);
    }
}
