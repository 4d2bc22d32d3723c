package vn.xkmt.web.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/** A province's register as a workbook: one row per commune with its status, decision and re-appraisal flags. */
final class RegisterWorkbook {

    private RegisterWorkbook() {
    }

    static byte[] write(String provinceName, List<RegisterRow> rows, Locale locale, MessageSource messages) throws IOException {
        java.util.function.Function<String, String> t = k -> messages.getMessage(k, null, k, locale);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Sheet s = wb.createSheet(t.apply("register.sheet"));
            row(s, 0, bold, messages.getMessage("register.titleOf", new Object[] {provinceName}, locale));
            row(s, 2, bold, t.apply("xlsx.code"), t.apply("dashboard.unit.communes"), t.apply("register.status"),
                    t.apply("register.since"), t.apply("council.decisionNo"), t.apply("council.override"),
                    t.apply("register.latest"), t.apply("history.verdicts"), t.apply("register.atRisk"),
                    t.apply("register.overdue"), t.apply("register.predecessors"), t.apply("register.registeredOn"),
                    t.apply("register.addicts"), t.apply("register.users"), t.apply("register.source"),
                    t.apply("register.dataDiffers"));
            int r = 3;
            for (RegisterRow x : rows) {
                row(s, r++, null, x.unitCode(), x.unitName(),
                        x.status() == null ? t.apply("register.status.none") : t.apply("register.status." + x.status()),
                        x.since() == null ? "" : x.since().toString(), x.decisionNo(),
                        x.override() ? t.apply("council.override") : "",
                        x.latest() == null ? "" : "#" + x.latest().evaluationId() + " " + x.latest().evaluatedAt().toLocalDate(),
                        x.latest() == null ? "" : x.latest().verdict(), x.atRisk() ? "x" : "", x.overdue() ? "x" : "",
                        String.join(", ", x.predecessors()),
                        x.registration() == null ? "" : x.registration().date().toString(),
                        x.registration() == null || x.registration().addicts() == null ? "" : x.registration().addicts().toString(),
                        x.registration() == null || x.registration().users() == null ? "" : x.registration().users().toString(),
                        x.registration() == null ? "" : t.apply("register.source." + x.registration().source())
                                + (x.registration().evaluationId() == null ? "" : " #" + x.registration().evaluationId()
                                + " " + x.registration().cells()),
                        x.dataWarning() ? "x" : "");
            }
            for (int c = 0; c < 16; c++) {
                s.setColumnWidth(c, 20 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet s, int index, CellStyle style, String... values) {
        Row row = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(values[i] == null ? "" : values[i]);
            if (style != null) {
                c.setCellStyle(style);
            }
        }
    }
}
