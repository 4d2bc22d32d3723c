package vn.xkmt.testing;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The text cells of a written sheet, row by row, for assertions on report workbooks read back with POI. */
public final class SheetTexts {

    private SheetTexts() {
    }

    public static List<String> of(Sheet s) {
        List<String> out = new ArrayList<>();
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }
}
