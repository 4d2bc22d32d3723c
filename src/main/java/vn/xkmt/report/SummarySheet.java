package vn.xkmt.report;

import vn.xkmt.text.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.UnitEntry;

/**
 * Sheet {@code Tổng hợp}: one row per unit with its verdict and one coloured column per criterion.
 * The criterion columns come from the manifests; with several rule sets in a run they stand in one
 * outline group per rule set, and a unit's cells under another rule set's criteria stay empty.
 */
final class SummarySheet {


    /** The sheet's name in the report's language. */
    static String name(Lang lang) {
        return Texts.t("sheet.summary", lang);
    }

    private SummarySheet() {
    }

    static void write(ReportSheet w, XlsxStyles s, ReportRun run, ReportOptions options) {
        Lang lang = options.lang();
        boolean years = run.results().stream().anyMatch(r -> r.year() != null);
        boolean phases = run.results().stream().anyMatch(r -> run.ruleSet(r).rollout() != null || r.phase() != null);
        boolean validUntil = run.results().stream().anyMatch(r -> r.validUntil() != null);
        Map<String, List<ReportRun.Column>> groups = run.columns();

        List<String> titles = new ArrayList<>(List.of(Texts.t("code", lang), Texts.t("unitName", lang)));
        if (years) {
            titles.add(Texts.t("year", lang));
        }
        titles.addAll(List.of(Texts.t("district", lang), Texts.t("province", lang)));
        if (phases) {
            titles.add(Texts.t("phase", lang));
        }
        titles.addAll(List.of(Texts.t("ruleSet", lang), Texts.t("verdict", lang)));
        int firstCriterion = titles.size();
        Map<String, Integer> columnOf = new HashMap<>();
        List<ReportRun.Column> all = new ArrayList<>();
        for (List<ReportRun.Column> cols : groups.values()) {
            for (ReportRun.Column c : cols) {
                columnOf.put(c.ruleSetId() + "\u0000" + c.id(), firstCriterion + all.size());
                all.add(c);
                titles.add(c.id());
            }
        }
        if (validUntil) {
            titles.add(Texts.t("validUntil", lang));
        }
        titles.add(Texts.t("file", lang));
        titles.add(Texts.t("row", lang));
        Row header = w.header(titles);
        for (int i = 0; i < all.size(); i++) {
            w.comment(header, firstCriterion + i, all.get(i).ruleSetId() + " " + all.get(i).id() + ": "
                    + all.get(i).title(lang));
        }

        for (UnitEntry r : run.results()) {
            Row row = w.row();
            int c = 0;
            w.text(row, c++, r.unitCode());
            w.text(row, c++, r.unitName());
            if (years) {
                w.number(row, c++, r.year());
            }
            w.text(row, c++, Entries.district(r));
            w.text(row, c++, Entries.province(r));
            if (phases) {
                w.number(row, c++, r.phase());
            }
            w.text(row, c++, r.ruleSet() + " " + r.ruleSetVersion());
            w.text(row, c++, run.verdictLabel(r, lang), s.verdict(r.verdict()));
            for (CriterionEntry cr : r.criteria()) {
                Integer col = columnOf.get(r.ruleSet() + "\u0000" + cr.id());
                if (col != null) {
                    w.text(row, col, cr.outcome().label(lang) + (r.criteriaForReference() ? " ("
                            + Texts.t("forReference", lang) + ")" : ""), r.criteriaForReference()
                            ? s.verdict(r.verdict()) : s.outcome(cr.outcome()));
                }
            }
            c = firstCriterion + all.size();
            if (validUntil) {
                w.text(row, c++, Units.date(r.validUntil()));
            }
            w.text(row, c++, r.file());
            w.number(row, c, r.row());
        }
        if (groups.size() > 1) {
            int start = firstCriterion;
            for (List<ReportRun.Column> cols : groups.values()) {
                w.sheet().groupColumn(start, start + cols.size() - 1);
                start += cols.size();
            }
        }
        w.maxWidth(1, 40);
        w.finish(true);
    }
}
