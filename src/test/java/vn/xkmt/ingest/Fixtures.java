package vn.xkmt.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.SheetSpec;
import vn.xkmt.testing.WorkbookBuilder;

/** Small helpers shared by the reader tests. */
final class Fixtures {

    static final WorkbookReader READER = new WorkbookReader();

    private Fixtures() {
    }

    /** Every Vietnamese header of a contract sheet, in contract order. */
    static String[] headers(SheetSpec spec) {
        return spec.columns().stream().map(ColumnSpec::header).toArray(String[]::new);
    }

    /** A row in contract order from values by key (missing keys blank). */
    static Object[] row(SheetSpec spec, Map<String, ?> byKey) {
        List<ColumnSpec> cols = spec.columns();
        Object[] out = new Object[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            out[i] = byKey.get(cols.get(i).key());
        }
        return out;
    }

    static Map<String, Object> values(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** A commune row with its required cells. */
    static Object[] commune(String code, String name) {
        return new Object[] {code, name, "Lào Cai", LocalDate.of(2025, 6, 30)};
    }

    static final String[] COMMUNE_HEADERS = {"Mã xã", "Tên xã", "Tỉnh", "Ngày đề nghị công nhận"};

    static final String[] PERSON_HEADERS = {"Mã xã", "Mã đối tượng", "Phân loại", "Tình trạng cư trú"};

    static Dataset read(WorkbookBuilder b, Path dir, String name) {
        return READER.read(b.write(dir.resolve(name)));
    }

    /** Problems as one-line strings, for readable assertions. */
    static List<String> described(Dataset d) {
        return d.problems().stream().map(DataProblem::describe).toList();
    }
}
