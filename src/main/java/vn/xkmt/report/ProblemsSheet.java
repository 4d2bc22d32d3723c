package vn.xkmt.report;

import vn.xkmt.text.Lang;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.report.result.Problem;

/** Sheet {@code Lỗi dữ liệu}: every input error and warning with its file, sheet, row, cell and column. */
final class ProblemsSheet {


    /** The sheet's name in the report's language. */
    static String name(Lang lang) {
        return Texts.t("sheet.problems", lang);
    }

    private ProblemsSheet() {
    }

    static void write(ReportSheet w, XlsxStyles s, ReportRun run, ReportOptions options) {
        Lang lang = options.lang();
        w.header(List.of(Texts.t("severity", lang), Texts.t("file", lang), Texts.t("sheet", lang),
                Texts.t("row", lang), Texts.t("cell", lang), Texts.t("column", lang), Texts.t("messageVi", lang),
                Texts.t("messageEn", lang)));
        for (Problem p : run.problems()) {
            Row r = w.row();
            w.text(r, 0, Texts.t(p.error() ? "error" : "warning", lang),
                    s.outcome(p.error() ? Outcome.FAIL : Outcome.INSUFFICIENT_DATA));
            w.text(r, 1, p.file());
            w.text(r, 2, p.sheet());
            w.number(r, 3, p.row());
            w.text(r, 4, p.cell());
            w.text(r, 5, p.column());
            w.text(r, 6, Entries.orNull(p.message(), Lang.VI), s.wrap);
            w.text(r, 7, Entries.orNull(p.message(), Lang.EN), s.wrap);
        }
        w.maxWidth(1, 40);
        w.maxWidth(6, 70);
        w.maxWidth(7, 70);
        w.finish(true);
    }
}
