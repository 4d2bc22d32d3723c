package vn.xkmt.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.DataContract;

/**
 * {@code Nguoi} sheets with full names where no name belongs: in every column but {@code Họ và tên},
 * typed as every kind of cell a workbook can hold (shared and inline strings, a formula's string, a
 * number, a boolean, an ISO date, a formula error); with the headers {@code Họ và tên} and
 * {@code Phân loại} swapped; without a header row. Every name is distinct, so that a test can look
 * for each in every output.
 */
final class NamesEverywhereWorkbooks {

    private static final String[] FAMILY = {"Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Thị Bích", "Văn Hữu", "Thị Thu", "Minh", "Đức"};
    private static final String[] GIVEN = {"Ngọc", "Hùng", "Hà", "Phương", "Dũng", "Tâm", "Khoa"};
    /** The cell kinds a name is typed as. */
    static final List<String> TYPES = List.of("s", "inlineStr", "str", "n", "b", "d", "e");

    private final List<String> names = new ArrayList<>();
    private final List<String> shared = new ArrayList<>();

    /** Every name written. */
    List<String> names() {
        return names;
    }

    private String nextName() {
        int i = names.size();
        String n = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / FAMILY.length) % MIDDLE.length] + " "
                + GIVEN[(i / (FAMILY.length * MIDDLE.length)) % GIVEN.length];
        names.add(n);
        return n;
    }

    /** Names in every column but the name column, as every cell type; a valid row's own name too. */
    byte[] namesInEveryWrongColumn() {
        List<ColumnSpec> cols = DataContract.PERSONS.columns();
        StringBuilder rows = new StringBuilder(headerRow(cols, -1, -1));
        int r = 2;
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).key().equals("full_name")) {
                continue;
            }
            for (String type : TYPES) {
                rows.append(personRow(cols, r++, c, type));
            }
        }
        return workbook(rows.toString());
    }

    /** The headers Họ và tên and Phân loại swapped: every category cell a name. */
    byte[] swappedNameAndCategoryHeaders() {
        List<ColumnSpec> cols = DataContract.PERSONS.columns();
        int name = index(cols, "full_name");
        int category = index(cols, "category");
        StringBuilder rows = new StringBuilder(headerRow(cols, name, category));
        for (int r = 2; r < 12; r++) {
            rows.append(personRow(cols, r, -1, null));
        }
        return workbook(rows.toString());
    }

    /** {@code Nguoi} whose header row is missing: the first person's name is in row 1. */
    byte[] headerless() {
        List<ColumnSpec> cols = DataContract.PERSONS.columns();
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r < 6; r++) {
            rows.append(personRow(cols, r, -1, null));
        }
        return workbook(rows.toString());
    }

    private static int index(List<ColumnSpec> cols, String key) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private String headerRow(List<ColumnSpec> cols, int swapA, int swapB) {
        StringBuilder sb = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < cols.size(); c++) {
            int from = c == swapA ? swapB : c == swapB ? swapA : c;
            sb.append(inline(ref(c, 1), cols.get(from).header()));
        }
        return sb.append("</row>").toString();
    }

    /** A valid person row with its own name, and a name in column {@code wrong} typed {@code type}. */
    private String personRow(List<ColumnSpec> cols, int r, int wrong, String type) {
        StringBuilder sb = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < cols.size(); c++) {
            String ref = ref(c, r);
            if (c == wrong) {
                sb.append(typed(ref, type, nextName()));
                continue;
            }
            String v = switch (cols.get(c).key()) {
                case "commune_code" -> "TH-01";
                case "person_id" -> "NN-" + r;
                case "full_name" -> nextName();
                case "birth_year" -> "1990";
                case "category" -> "Nghiện";
                case "psychosis" -> "Không";
                case "residence" -> "Có mặt";
                case "treatment" -> "Tự nguyện tại gia đình, cộng đồng";
                case "last_test_date" -> "10/03/2025";
                case "last_test_result" -> "Âm tính";
                case "note" -> null;
                default -> "Có";
            };
            if (v != null) {
                sb.append(inline(ref, v));
            }
        }
        return sb.append("</row>").toString();
    }

    private String typed(String ref, String type, String text) {
        return switch (type) {
            case "s" -> {
                shared.add(text);
                yield "<c r=\"" + ref + "\" t=\"s\"><v>" + (shared.size() - 1) + "</v></c>";
            }
            case "inlineStr" -> inline(ref, text);
            case "str" -> "<c r=\"" + ref + "\" t=\"str\"><f>\"x\"</f><v>" + text + "</v></c>";
            case "n" -> "<c r=\"" + ref + "\"><v>" + text + "</v></c>";
            default -> "<c r=\"" + ref + "\" t=\"" + type + "\"><v>" + text + "</v></c>";
        };
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static String ref(int col, int row) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(col) + row;
    }

    private byte[] workbook(String nguoi) {
        String xa = "<row r=\"1\">" + inline("A1", "Mã xã") + inline("B1", "Tên xã") + inline("C1", "Tỉnh")
                + inline("D1", "Ngày đề nghị công nhận") + "</row><row r=\"2\">" + inline("A2", "TH-01")
                + inline("B2", "Xã Một") + inline("C2", "Thanh Hóa") + inline("D2", "15/03/2025") + "</row>";
        RawXlsx x = RawXlsx.create().sheet("Xa", xa).sheet("Nguoi", nguoi);
        if (!shared.isEmpty()) {
            x.sharedStrings(shared.toArray(String[]::new));
        }
        return x.bytes();
    }
}
