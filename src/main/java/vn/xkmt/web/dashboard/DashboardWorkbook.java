package vn.xkmt.web.dashboard;

import vn.xkmt.text.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.xkmt.web.evaluation.Dashboard;
import vn.xkmt.web.evaluation.UnitRow;
import vn.xkmt.web.evaluation.VerdictLabels;

/** A province's dashboard as a workbook: the latest result of every commune or annual row, with its district. */
final class DashboardWorkbook {

    private DashboardWorkbook() {
    }

    static byte[] write(Dashboard d, Map<String, String> districts, VerdictLabels labels, Lang lang,
                        MessageSource messages) throws IOException {
        java.util.function.Function<String, String> t = k -> messages.getMessage("dashboard.xlsx." + k, null, lang.locale());
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(t.apply("sheet"));
            Row h = s.createRow(0);
            String[] head = java.util.stream.Stream.of("code", "name", "year", "district", "verdict", "verdictCode",
                    "evaluation", "evaluatedAt").map(t).toArray(String[]::new);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            int r = 1;
            for (UnitRow u : d.latest()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(u.unitCode());
                row.createCell(1).setCellValue(u.unitName() == null ? "" : u.unitName());
                if (u.year() != null) {
                    row.createCell(2).setCellValue(u.year());
                }
                row.createCell(3).setCellValue(districts.getOrDefault(u.evaluationId() + "/" + u.unitCode(), ""));
                row.createCell(4).setCellValue(labels.of(u.ruleSetId(), u.ruleSetVersion(), u.verdict(), lang));
                row.createCell(5).setCellValue(u.verdict());
                row.createCell(6).setCellValue(u.evaluationId());
                row.createCell(7).setCellValue(u.evaluatedAt().toString());
            }
            for (int i = 0; i < head.length; i++) {
                s.setColumnWidth(i, 22 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
