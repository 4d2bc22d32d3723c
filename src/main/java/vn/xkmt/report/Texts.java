package vn.xkmt.report;

import java.util.Map;

/** The fixed words of the reports in Vietnamese and English. Rule set words come from the manifests. */
final class Texts {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            w("title", "Báo cáo đánh giá xã, phường, thị trấn không có ma túy", "Drug-free commune evaluation report"),
            w("runAt", "Thời điểm chạy", "Run at"),
            w("finishedAt", "Kết thúc", "Finished at"),
            w("version", "Phiên bản XKMT", "XKMT version"),
            w("units", "Số đơn vị đánh giá", "Units evaluated"),
            w("ruleSets", "Bộ tiêu chí", "Rule sets"),
            w("ruleSet", "Bộ tiêu chí", "Rule set"),
            w("ruleSetVersion", "Phiên bản", "Version"),
            w("name", "Tên", "Name"),
            w("contentHash", "Mã băm nội dung (SHA-256)", "Content hash (SHA-256)"),
            w("effective", "Hiệu lực", "In force"),
            w("inputs", "Tệp đầu vào", "Input files"),
            w("file", "Tệp", "File"),
            w("sha256", "SHA-256", "SHA-256"),
            w("communes", "Số xã", "Communes"),
            w("persons", "Số người", "Persons"),
            w("villages", "Số thôn", "Villages"),
            w("models", "Số mô hình", "Models"),
            w("annualRows", "Số dòng báo cáo năm", "Annual rows"),
            w("errors", "Lỗi", "Errors"),
            w("warnings", "Cảnh báo", "Warnings"),
            w("criteria", "Tiêu chí", "Criteria"),
            w("criterion", "Tiêu chí", "Criterion"),
            w("criterionTitle", "Nội dung tiêu chí", "Criterion"),
            w("code", "Mã đơn vị", "Code"),
            w("unitName", "Tên đơn vị", "Name"),
            w("year", "Năm", "Year"),
            w("district", "Huyện", "District"),
            w("province", "Tỉnh", "Province"),
            w("phase", "Giai đoạn", "Phase"),
            w("verdict", "Kết luận", "Verdict"),
            w("verdicts", "Kết luận", "Verdicts"),
            w("validUntil", "Còn hiệu lực đến", "Holds until"),
            w("outcome", "Kết quả", "Outcome"),
            w("explanation", "Giải thích", "Explanation"),
            w("evidence", "Bằng chứng (sheet!dòng mã)", "Evidence (sheet!row id)"),
            w("fullName", "Họ và tên", "Full name"),
            w("cellsToFill", "Ô cần điền", "Cells to fill"),
            w("remedy", "Cần khắc phục", "Remedy"),
            w("severity", "Mức độ", "Severity"),
            w("error", "Lỗi", "Error"),
            w("warning", "Cảnh báo", "Warning"),
            w("sheet", "Sheet", "Sheet"),
            w("row", "Dòng", "Row"),
            w("cell", "Ô", "Cell"),
            w("column", "Cột", "Column"),
            w("messageVi", "Nội dung (tiếng Việt)", "Message (Vietnamese)"),
            w("messageEn", "Nội dung (tiếng Anh)", "Message (English)"),
            w("rollout", "Tiến độ theo lộ trình", "Roll-out progress"),
            w("period", "Thời gian", "Period"),
            w("target", "Chỉ tiêu", "Target"),
            w("population", "Đối tượng", "Covers"),
            w("description", "Mô tả", "Description"),
            w("evaluated", "Đã đánh giá", "Evaluated"),
            w("progress", "Tiến độ", "Progress"),
            w("noPhase", "Chưa xác định giai đoạn", "No phase known"),
            w("deadlines", "Hạn báo cáo theo kế hoạch", "Deadlines set by the plan"),
            w("due", "Hạn", "Due"),
            w("sourcePassage", "Trích văn bản", "Source passage"),
            w("summary", "Tổng hợp", "Summary"),
            w("details", "Chi tiết theo đơn vị", "Details by unit"),
            w("problems", "Lỗi dữ liệu", "Data errors and warnings"),
            w("byCriterion", "Kết quả theo tiêu chí", "Outcomes by criterion"),
            w("byDistrict", "Kết luận theo huyện", "Verdicts by district"),
            w("byProvince", "Kết luận theo tỉnh", "Verdicts by province"),
            w("byUnit", "Kết luận theo đơn vị báo cáo", "Verdicts by reporting unit"),
            w("none", "Không có", "None"),
            w("noProblems", "Không có lỗi hay cảnh báo nào.", "No errors or warnings."),
            w("noResults", "Không có đơn vị nào được đánh giá.", "No unit was evaluated."),
            w("attention", "Đơn vị cần chú ý (chưa đủ điều kiện, chưa đủ dữ liệu, không có bộ tiêu chí hiệu lực)",
                    "Units that need attention (not eligible, undetermined, no rule set in force)"),
            w("moreInReport", "… và {0} đơn vị cần chú ý khác trong báo cáo; --all để in mọi đơn vị",
                    "… and {0} more units that need attention in the report; --all prints every unit"),
            w("restEligible", "Các đơn vị khác đủ điều kiện công nhận; --all để in mọi đơn vị",
                    "Every other unit is eligible; --all prints every unit"),
            w("failed", "Không đạt", "Failed"),
            w("undecided", "Chưa đủ dữ liệu", "Undecided"),
            w("unknownPlace", "(không rõ)", "(unknown)"),
            w("from", "từ", "from"),
            w("generated", "Tạo bởi XKMT", "Made by XKMT"),
            w("forReference", "chỉ để tham khảo", "for reference only"),
            w("notInForce", "Không có bộ tiêu chí hiệu lực", "No rule set in force"),
            w("olderShape", "Kết quả lưu theo định dạng cũ (phiên bản {0}): không có tiến độ theo lộ trình và hạn báo cáo của "
                    + "kế hoạch; các tiêu chí là những tiêu chí của các đơn vị",
                    "Result stored in an older shape (version {0}): without the plan's roll-out progress and deadlines; "
                    + "the criteria are those of its units"),
            w("personalData", "Có họ tên người (dữ liệu cá nhân) — chỉ dùng nội bộ tổ thẩm định",
                    "Contains full names (personal data) — for the appraisal team only"));

    private Texts() {
    }

    private static Map.Entry<String, String[]> w(String key, String vi, String en) {
        return Map.entry(key, new String[] {vi, en});
    }

    /** The word for {@code key} in {@code lang} ({@code en}, anything else is Vietnamese). */
    static String t(String key, String lang) {
        String[] w = WORDS.get(key);
        if (w == null) {
            throw new IllegalArgumentException("no text " + key);
        }
        return "en".equals(lang) ? w[1] : w[0];
    }

    /**
     * Why a result's criteria are for reference only: {@code Ngày xét 20/01/2026 ngoài thời gian hiệu
     * lực của bộ tiêu chí Thanh Hóa, phiên bản 2024.1 (01/11/2024 – 31/12/2025): các tiêu chí dưới
     * đây chỉ để tham khảo, không dùng để công nhận}.
     */
    static String notInForce(vn.xkmt.evaluation.UnitResult r, String lang) {
        var def = r.ruleSet();
        String place = def.provinces().isEmpty() ? def.name(lang) : String.join(", ", def.provinces());
        String period = Units.period(def.effectiveFrom(), def.effectiveTo(), lang);
        String date = Units.date(r.referenceDate());
        return "en".equals(lang)
                ? "Reference date " + date + " is outside the period of the " + place + " rule set, version "
                        + def.version() + " (" + period + "): the criteria below are for reference only, not for recognition"
                : "Ngày xét " + date + " ngoài thời gian hiệu lực của bộ tiêu chí " + place + ", phiên bản "
                        + def.version() + " (" + period + "): các tiêu chí dưới đây chỉ để tham khảo, không dùng để công nhận";
    }

    static String lang(String lang) {
        return "en".equalsIgnoreCase(lang) ? "en" : "vi";
    }
}
