package vn.xkmt.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.RowRef;
import vn.xkmt.commune.SheetSpec;

/** Row references laid out as the template lays columns out (A, B, C … in contract order). */
final class Rows {

    static final String FILE = "xa-mau.xlsx";

    private Rows() {
    }

    static RowRef ref(SheetSpec sheet, int row) {
        Map<String, RowRef.Column> cols = new HashMap<>();
        List<ColumnSpec> specs = sheet.columns();
        for (int i = 0; i < specs.size(); i++) {
            cols.put(specs.get(i).key(), new RowRef.Column(letter(i), specs.get(i).header()));
        }
        return new RowRef(FILE, sheet.name(), row, cols);
    }

    static String letter(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }
}
