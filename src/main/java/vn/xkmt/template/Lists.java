package vn.xkmt.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.ColumnType;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Labelled;

/**
 * The drop-down lists of sheet {@code DanhMuc}: one column per list, its name in row 1 and its
 * labels below. Column A is {@code Có}/{@code Không}; then one column for each enum of the contract,
 * in the order the contract first uses them. Data validations refer to these cells by range,
 * because some labels contain commas and an inline list would split them.
 */
final class Lists {

    static final String BOOLEAN_LIST = "CoKhong";

    /** List name → labels, in column order. */
    private final Map<String, List<String>> lists = new LinkedHashMap<>();

    private Lists() {
    }

    /** The lists of every enum and boolean column of the whole contract. */
    static Lists ofContract() {
        Lists l = new Lists();
        l.lists.put(BOOLEAN_LIST, List.of(WorkbookWriter.YES, WorkbookWriter.NO));
        DataContract.SHEETS.forEach(s -> s.columns().forEach(l::add));
        return l;
    }

    private void add(ColumnSpec c) {
        if (c.type() == ColumnType.ENUM) {
            lists.computeIfAbsent(c.enumType().getSimpleName(),
                    k -> c.choices().stream().map(Labelled::label).toList());
        }
    }

    /** The name of the list of an enum or boolean column, or null for other columns. */
    static String listName(ColumnSpec c) {
        return switch (c.type()) {
            case BOOLEAN -> BOOLEAN_LIST;
            case ENUM -> c.enumType().getSimpleName();
            default -> null;
        };
    }

    /**
     * The absolute range of a column's list, e.g. {@code DanhMuc!$B$2:$B$5}, or null when the column
     * has no list.
     */
    String range(ColumnSpec c) {
        String name = listName(c);
        if (name == null || !lists.containsKey(name)) {
            return null;
        }
        int col = new ArrayList<>(lists.keySet()).indexOf(name);
        String letter = CellReference.convertNumToColString(col);
        int last = lists.get(name).size() + 1;
        return DataContract.LISTS + "!$" + letter + "$2:$" + letter + "$" + last;
    }

    void writeTo(Sheet sheet, Styles styles) {
        List<Map.Entry<String, List<String>>> entries = new ArrayList<>(lists.entrySet());
        int rows = entries.stream().mapToInt(e -> e.getValue().size()).max().orElse(0);
        for (int r = 0; r <= rows; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < entries.size(); c++) {
                Map.Entry<String, List<String>> e = entries.get(c);
                if (r == 0) {
                    var cell = row.createCell(c);
                    cell.setCellValue(e.getKey());
                    cell.setCellStyle(styles.header);
                } else if (r <= e.getValue().size()) {
                    row.createCell(c).setCellValue(e.getValue().get(r - 1));
                }
            }
        }
        for (int c = 0; c < entries.size(); c++) {
            int width = entries.get(c).getValue().stream().mapToInt(String::length).max().orElse(10);
            sheet.setColumnWidth(c, Math.min(Math.max(width, entries.get(c).getKey().length()) + 4, 45) * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
