package vn.xkmt.template;

import java.util.Map;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.Labelled;
import vn.xkmt.commune.SheetSpec;

/** An example value for each contract column, shown in sheet {@code HuongDan}. Keyed by contract key. */
final class Examples {

    private static final Map<String, String> BY_KEY = Map.ofEntries(
            Map.entry("commune_code", "02683"),
            Map.entry("commune_name", "Y Tý"),
            Map.entry("unit_type", "Xã"),
            Map.entry("district", "Bát Xát"),
            Map.entry("province", "Lào Cai"),
            Map.entry("border", "Có"),
            Map.entry("drug_area_class", "Loại II"),
            Map.entry("registration_date", "20/11/2023"),
            Map.entry("request_date", "15/05/2024"),
            Map.entry("rollout_phase", "1"),
            Map.entry("baseline_addicts", "12"),
            Map.entry("baseline_users", "5"),
            Map.entry("serious_incidents", "0"),
            Map.entry("last_survey_date", "10/03/2024"),
            Map.entry("commune_commitment", "Có"),
            Map.entry("person_id", "NN-001"),
            Map.entry("full_name", "Nguyễn Văn An"),
            Map.entry("birth_year", "1988"),
            Map.entry("category", "Nghiện"),
            Map.entry("psychosis", "Không"),
            Map.entry("residence", "Có mặt"),
            Map.entry("has_profile", "Có"),
            Map.entry("treatment", "Tự nguyện tại gia đình, cộng đồng"),
            Map.entry("has_treatment_dossier", "Có"),
            Map.entry("supervised", "Có"),
            Map.entry("last_test_date", "02/05/2024"),
            Map.entry("last_test_result", "Âm tính"),
            Map.entry("job_support", "Có"),
            Map.entry("note", "Đang làm thuê tại xã"),
            Map.entry("village_name", "Thôn Lao Chải"),
            Map.entry("households", "126"),
            Map.entry("committed_households", "126"),
            Map.entry("has_mailbox", "Có"),
            Map.entry("has_hotline_board", "Có"),
            Map.entry("model_name", "Thôn bản không ma túy"),
            Map.entry("lead_org", "Đoàn Thanh niên"),
            Map.entry("established_date", "26/03/2023"),
            Map.entry("effective", "Có"),
            Map.entry("BaoCaoNam.province", "Trà Vinh"),
            Map.entry("unit_code", "TV-CL"),
            Map.entry("unit_name", "Huyện Càng Long"),
            Map.entry("year", "2023"),
            Map.entry("cases_detected", "42"),
            Map.entry("cases_detected_prev", "38"),
            Map.entry("cases_total", "40"),
            Map.entry("cases_resolved", "38"),
            Map.entry("managed_people", "512"),
            Map.entry("managed_people_served", "430"),
            Map.entry("schools", "58"),
            Map.entry("drugfree_schools", "58"));

    private Examples() {
    }

    /**
     * The example of a column of a sheet: from the table above ({@code sheet.key} first, then
     * {@code key}), else the first label, else by type.
     */
    static String of(SheetSpec sheet, ColumnSpec c) {
        String e = BY_KEY.getOrDefault(sheet.name() + "." + c.key(), BY_KEY.get(c.key()));
        if (e != null) {
            return e;
        }
        return switch (c.type()) {
            case ENUM -> c.choices().get(0).label();
            case BOOLEAN -> WorkbookWriter.YES;
            case DATE -> "15/03/2025";
            case INTEGER -> "0";
            case TEXT -> "";
        };
    }

    /** How a value is typed, for the instructions: {@code Nghiện (ADDICT); …}. */
    static String accepted(ColumnSpec c) {
        return switch (c.type()) {
            case TEXT -> "Văn bản bất kỳ; số giữ đúng như Excel hiển thị (02683) / any text, read as displayed";
            case INTEGER -> "Số nguyên không âm: 0, 1, 2 … / a whole number, not negative";
            case DATE -> "Ô ngày Excel, hoặc dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd / an Excel date or "
                    + "one of these texts, day first";
            case BOOLEAN -> "Có / Không (cũng nhận C/K, x = Có, Yes/No, TRUE/FALSE, 1/0)";
            case ENUM -> enumValues(c);
        };
    }

    private static String enumValues(ColumnSpec c) {
        StringBuilder sb = new StringBuilder();
        for (Labelled l : c.choices()) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(l.label()).append(" (").append(l.name());
            l.aliases().forEach(a -> sb.append(", ").append(a));
            sb.append(')');
        }
        return sb.toString();
    }

    static String type(ColumnSpec c) {
        return switch (c.type()) {
            case TEXT -> "Văn bản / text";
            case INTEGER -> "Số nguyên / integer";
            case DATE -> "Ngày / date";
            case BOOLEAN -> "Có/Không / boolean";
            case ENUM -> "Danh mục / list";
        };
    }

    /** What a blank cell means. */
    static String blank(ColumnSpec c) {
        if (c.required()) {
            return "Bắt buộc: không được để trống / required";
        }
        if (Boolean.FALSE.equals(c.blankMeans())) {
            return "Để trống = Không / blank means No";
        }
        if (c.blankMeans() != null) {
            return "Để trống = " + c.blankMeans();
        }
        return "Để trống = chưa rõ (không phải 0, không phải Không) / blank is unknown";
    }
}
