package vn.xkmt.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of a generated workbook, created once per workbook. */
final class Styles {

    /** Excel's format string for dates, shown as 15/03/2025. */
    static final String DATE_FORMAT = "dd/mm/yyyy";
    static final String TEXT_FORMAT = "@";
    static final String INTEGER_FORMAT = "0";

    final CellStyle header;
    final CellStyle requiredHeader;
    final CellStyle date;
    final CellStyle text;
    final CellStyle integer;
    final CellStyle wrap;
    final CellStyle title;
    final CellStyle section;

    Styles(Workbook wb) {
        header = headerStyle(wb, IndexedColors.DARK_BLUE);
        requiredHeader = headerStyle(wb, IndexedColors.DARK_RED);
        date = formatted(wb, DATE_FORMAT);
        text = formatted(wb, TEXT_FORMAT);
        integer = formatted(wb, INTEGER_FORMAT);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        title = wb.createCellStyle();
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title.setFont(big);
        section = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        section.setFont(bold);
        section.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        section.setWrapText(true);
        section.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static CellStyle formatted(Workbook wb, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    private static CellStyle headerStyle(Workbook wb, IndexedColors fill) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        f.setColor(IndexedColors.WHITE.getIndex());
        s.setFont(f);
        s.setFillForegroundColor(fill.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setDataFormat(wb.createDataFormat().getFormat(TEXT_FORMAT));
        return s;
    }
}
