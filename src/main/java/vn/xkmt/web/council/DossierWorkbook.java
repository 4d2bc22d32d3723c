package vn.xkmt.web.council;

import vn.xkmt.text.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.xkmt.report.result.CriterionEntry;

/**
 * The meeting's dossier as a workbook: a cover sheet listing the communes with their evaluation,
 * SHA-256 and rule set version and hash, then one sheet per commune with its criteria, outcomes,
 * explanations, remedies, evidence rows and overrides. Persons by id only, as in the stored results.
 */
final class DossierWorkbook {

    private DossierWorkbook() {
    }

    static byte[] write(MeetingView v, Lang lang, MessageSource messages) throws IOException {
        java.util.Locale locale = lang.locale();
        java.util.function.Function<String, String> t = k -> messages.getMessage(k, null, k, locale);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Meeting m = v.meeting();
            Sheet cover = wb.createSheet(t.apply("dossier.sheet.cover"));
            row(cover, 0, bold, messages.getMessage("dossier.title", new Object[] {m.id()}, locale));
            row(cover, 1, null, t.apply("council.date"), m.date().toString(), t.apply("council.place"), m.place());
            row(cover, 2, null, t.apply("council.status"), t.apply("council.status." + m.status()),
                    t.apply("council.decisionNo"), m.decisionNo() == null ? "" : m.decisionNo() + " — " + m.decisionDate());
            row(cover, 4, bold, "#", t.apply("xlsx.code"), t.apply("dashboard.unit.communes"), t.apply("council.district"),
                    t.apply("history.verdicts"), t.apply("council.evaluation"), "SHA-256", t.apply("result.rulesets"),
                    t.apply("council.decision"));
            int r = 5;
            for (ItemView i : v.items()) {
                MeetingItem it = i.item();
                row(cover, r++, null, String.valueOf(it.seq()), it.unitCode(), it.unitName(), it.district(),
                        i.result().verdictLabel().get(lang), String.valueOf(it.evaluationId()), it.inputSha256(), it.ruleSet(),
                        it.decision() == null ? "" : t.apply("decision." + it.decision())
                                + (it.override() ? " (" + t.apply("council.override") + ")" : ""));
            }
            for (int c = 0; c < 9; c++) {
                cover.setColumnWidth(c, c == 6 || c == 7 ? 70 * 256 : 18 * 256);
            }
            for (ItemView i : v.items()) {
                Sheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(i.item().seq() + " " + i.item().unitCode()));
                row(s, 0, bold, i.item().unitCode(), i.item().unitName(), i.result().verdictLabel().get(lang));
                row(s, 1, null, "SHA-256", i.item().inputSha256(), i.item().ruleSet());
                row(s, 3, bold, t.apply("dossier.criterion"), t.apply("dossier.title.col"), t.apply("dossier.outcome"),
                        t.apply("dossier.explanation"), t.apply("result.remedy"), t.apply("result.evidence"),
                        t.apply("council.override"));
                int k = 4;
                for (CriterionEntry c : i.result().criteria()) {
                    CriterionOverride o = i.override(c.id());
                    row(s, k++, null, c.id(), c.title().get(lang), c.outcomeLabel().get(lang), c.explanation().get(lang),
                            c.remedy() == null ? "" : c.remedy().get(lang), String.join("; ", c.evidence()),
                            o == null ? "" : o.reason() + " — " + o.evidence() + " (" + o.givenBy() + ")");
                }
                s.setColumnWidth(1, 40 * 256);
                s.setColumnWidth(3, 80 * 256);
                s.setColumnWidth(4, 50 * 256);
                s.setColumnWidth(5, 40 * 256);
                s.setColumnWidth(6, 50 * 256);
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
