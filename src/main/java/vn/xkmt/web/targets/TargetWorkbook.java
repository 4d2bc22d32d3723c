package vn.xkmt.web.targets;

import vn.xkmt.text.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.xkmt.web.register.RegisterRow;

/**
 * The targets dashboard as a workbook: sheet 1 each target's progress (numbers as numbers), sheet 2
 * the communes not yet recognised, sheet 3 the criteria that hold them back.
 */
final class TargetWorkbook {

    private TargetWorkbook() {
    }

    static byte[] write(TargetDashboard d, Locale locale, MessageSource messages) throws IOException {
        java.util.function.Function<String, String> t = k -> messages.getMessage(k, null, k, locale);
        Lang lang = Lang.of(locale);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(t.apply("targets.sheet.progress"));
            text(s.createRow(0), t.apply("targets.scope"), t.apply("targets.due"), t.apply("targets.kind"),
                    t.apply("targets.value"), t.apply("targets.total"), t.apply("targets.required"),
                    t.apply("targets.recognised"), t.apply("targets.asOf"), t.apply("targets.share"),
                    t.apply("targets.met"), t.apply("targets.source"));
            int r = 1;
            for (TargetProgress p : d.progress()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(p.target().provinceName());
                row.createCell(1).setCellValue(p.target().dueDate().toString());
                row.createCell(2).setCellValue(t.apply("targets.kind." + p.target().kind()));
                row.createCell(3).setCellValue(p.target().value());
                row.createCell(4).setCellValue(p.target().totalCommunes());
                row.createCell(5).setCellValue(p.required());
                row.createCell(6).setCellValue(p.recognised());
                row.createCell(7).setCellValue(p.asOf().toString());
                row.createCell(8).setCellValue(p.share());
                row.createCell(9).setCellValue(p.met() ? t.apply("targets.yes") : t.apply("targets.no"));
                row.createCell(10).setCellValue(p.target().source());
            }
            Sheet m = wb.createSheet(t.apply("targets.sheet.missing"));
            text(m.createRow(0), t.apply("xlsx.code"), t.apply("dashboard.unit.communes"), t.apply("register.status"),
                    t.apply("register.latest"), t.apply("history.verdicts"));
            r = 1;
            for (RegisterRow x : d.missing()) {
                text(m.createRow(r++), x.unitCode(), x.unitName(),
                        x.status() == null ? t.apply("register.status.none") : t.apply("register.status." + x.status()),
                        x.latest() == null ? "" : String.valueOf(x.latest().evaluationId()),
                        x.latest() == null ? "" : x.latest().verdict());
            }
            Sheet c = wb.createSheet(t.apply("targets.sheet.criteria"));
            text(c.createRow(0), t.apply("dossier.criterion"), t.apply("dossier.title.col"), t.apply("targets.communesHeld"));
            r = 1;
            for (HoldingBack h : d.holdingBack()) {
                Row row = c.createRow(r++);
                row.createCell(0).setCellValue(h.criterionId());
                row.createCell(1).setCellValue(h.title() == null ? "" : h.title().get(lang));
                row.createCell(2).setCellValue(h.communes());
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
        }
    }
}
