package vn.xkmt.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.Labelled;
import vn.xkmt.commune.SheetSpec;

/**
 * A workbook laid out exactly as the data contract's template: every column of each sheet, in
 * contract order, with rows given by contract key. Enums are written as their Vietnamese label,
 * booleans as Có/Không, dates as date cells.
 */
public final class ContractWorkbook {

    private final Map<SheetSpec, List<Map<String, Object>>> sheets = new LinkedHashMap<>();

    public static ContractWorkbook create() {
        return new ContractWorkbook();
    }

    public ContractWorkbook row(SheetSpec sheet, Map<String, ?> values) {
        sheets.computeIfAbsent(sheet, s -> new ArrayList<>()).add(new LinkedHashMap<>(values));
        return this;
    }

    /** Makes the sheet exist even with no row. */
    public ContractWorkbook sheet(SheetSpec sheet) {
        sheets.computeIfAbsent(sheet, s -> new ArrayList<>());
        return this;
    }

    public Path write(Path file) {
        WorkbookBuilder b = WorkbookBuilder.create();
        sheets.forEach((spec, rows) -> {
            b.sheet(spec.name());
            b.header(spec.columns().stream().map(ColumnSpec::header).toArray(String[]::new));
            for (Map<String, Object> row : rows) {
                Object[] cells = new Object[spec.columns().size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cell(row.get(spec.columns().get(i).key()));
                }
                b.row(cells);
            }
        });
        return b.write(file);
    }

    private static Object cell(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Labelled l) {
            return l.label();
        }
        if (v instanceof Boolean bool) {
            return bool ? "Có" : "Không";
        }
        if (v instanceof LocalDate d) {
            return WorkbookBuilder.date(d);
        }
        if (v instanceof Integer i) {
            return WorkbookBuilder.number(i);
        }
        return v;
    }
}
