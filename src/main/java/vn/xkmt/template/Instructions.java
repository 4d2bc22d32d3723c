package vn.xkmt.template;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.SheetSpec;

/**
 * Sheet {@code HuongDan}: general notes, then one line per column of each data sheet of the
 * workbook, all taken from {@link DataContract}.
 */
final class Instructions {

    /** Column titles of the table, Vietnamese / English. */
    static final List<String> TABLE_HEADERS = List.of(
            "Sheet", "Tiêu đề cột / Header", "Khóa / Key", "Ý nghĩa / Meaning", "Kiểu / Type",
            "Bắt buộc / Required", "Giá trị chấp nhận / Accepted values", "Ô trống / Blank cell", "Ví dụ / Example");

    private static final int[] WIDTHS = {12, 32, 24, 48, 16, 12, 60, 32, 26};

    static final List<String> NOTES = List.of(
            "Mỗi sheet dữ liệu có dòng 1 là dòng tiêu đề: giữ nguyên tên sheet và tiêu đề; thứ tự cột tùy ý. "
                    + "/ Row 1 of each data sheet is its header row: keep sheet names and headers; column order is free.",
            "Mỗi dòng ghi Mã xã (hoặc Mã đơn vị) của mình; một tệp có thể chứa một xã hoặc nhiều xã. "
                    + "/ Every row names its commune (or unit) by code; one workbook may hold one commune or many.",
            "Tiêu đề màu đỏ là cột bắt buộc; tiêu đề màu xanh là cột không bắt buộc. "
                    + "/ Red headers are required columns; blue headers are optional.",
            "Ô để trống là chưa rõ, không phải 0 hay Không, trừ khi cột ghi khác. "
                    + "/ A blank cell is unknown, not 0 or No, unless the column says otherwise.",
            "Ngày ghi theo ngày/tháng/năm (dd/mm/yyyy). / Dates are day first (dd/mm/yyyy).",
            "Chọn giá trị từ danh sách thả xuống (danh sách ở sheet " + DataContract.LISTS + "). Chương trình không đọc "
                    + "sheet " + DataContract.INSTRUCTIONS + " và " + DataContract.LISTS + ". / Pick values from the "
                    + "drop-down lists (kept in sheet " + DataContract.LISTS + "); the program skips these two sheets.",
            "\"Ngoài cộng đồng\" là người Có mặt, Đi khỏi địa phương hoặc Không rõ nơi ở (không ở cơ sở cai nghiện, "
                    + "trại giam). / \"In the community\" means present, away or whereabouts unknown.",
            "Họ và tên là dữ liệu cá nhân: chương trình không in ra trong báo cáo. / Full names are personal data: "
                    + "never printed in reports.");

    private Instructions() {
    }

    static void writeTo(Sheet sheet, List<SheetSpec> dataSheets, Styles styles) {
        int r = 0;
        put(sheet.createRow(r++), 0, "Hướng dẫn nhập liệu — XKMT, xã không có ma túy / Data entry instructions",
                styles.title);
        for (String note : NOTES) {
            put(sheet.createRow(r++), 0, "• " + note, null);
        }
        r++;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < TABLE_HEADERS.size(); c++) {
            put(header, c, TABLE_HEADERS.get(c), styles.header);
        }
        for (SheetSpec spec : dataSheets) {
            Row section = sheet.createRow(r++);
            put(section, 0, spec.name(), styles.section);
            put(section, 1, "Sheet " + spec.name() + " (" + spec.alias() + ")", styles.section);
            put(section, 3, spec.description(), styles.section);
            for (ColumnSpec c : spec.columns()) {
                Row row = sheet.createRow(r++);
                put(row, 0, spec.name(), styles.wrap);
                put(row, 1, c.header(), styles.wrap);
                put(row, 2, c.key(), styles.wrap);
                put(row, 3, c.description(), styles.wrap);
                put(row, 4, Examples.type(c), styles.wrap);
                put(row, 5, c.required() ? WorkbookWriter.YES : WorkbookWriter.NO, styles.wrap);
                put(row, 6, Examples.accepted(c), styles.wrap);
                put(row, 7, Examples.blank(c), styles.wrap);
                put(row, 8, Examples.of(spec, c), styles.text);
            }
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
    }

    private static void put(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
