package vn.xkmt.report;

import vn.xkmt.text.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import vn.xkmt.batch.RunResult;
import vn.xkmt.evaluation.CriterionResult;
import vn.xkmt.evaluation.UnitResult;

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

    static void write(ReportSheet w, XlsxStyles s, RunResult run, ReportOptions options) {
        Lang lang = options.lang();
        boolean years = run.results().stream().anyMatch(r -> r.year() != null);
        boolean phases = run.results().stream().anyMatch(r -> r.ruleSet().rollout() != null);
        boolean validUntil = run.results().stream().anyMatch(r -> r.validUntil() != null);
        Map<String, List<Units.Column>> groups = Units.columns(run.ruleSetsUsed());

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
        List<Units.Column> all = new ArrayList<>();
        for (List<Units.Column> cols : groups.values()) {
            for (Units.Column c : cols) {
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
                    + all.get(i).criterion().title(lang));
        }

        for (UnitResult r : run.results()) {
            Row row = w.row();
            int c = 0;
            w.text(row, c++, r.unitCode());
            w.text(row, c++, r.unitName());
            if (years) {
                w.number(row, c++, r.year());
            }
            w.text(row, c++, Units.district(r));
            w.text(row, c++, Units.province(r));
            if (phases) {
                w.number(row, c++, RolloutProgress.phaseOf(r));
            }
            w.text(row, c++, r.ruleSet().id() + " " + r.ruleSet().version());
            w.text(row, c++, r.ruleSet().verdictLabel(r.verdict(), lang), s.verdict(r.verdict()));
            for (CriterionResult cr : r.criteria()) {
                Integer col = columnOf.get(r.ruleSet().id() + "\u0000" + cr.id());
                if (col != null) {
                    w.text(row, col, cr.outcome().label(lang) + (r.forReference() ? " (" + Texts.t("forReference", lang)
                            + ")" : ""), r.forReference() ? s.verdict(r.verdict()) : s.outcome(cr.outcome()));
                }
            }
            c = firstCriterion + all.size();
            if (validUntil) {
                w.text(row, c++, Units.date(r.validUntil()));
            }
            w.text(row, c++, r.subject().getRow().file());
            w.number(row, c, r.subject().getRow().row());
        }
        if (groups.size() > 1) {
            int start = firstCriterion;
            for (List<Units.Column> cols : groups.values()) {
                w.sheet().groupColumn(start, start + cols.size() - 1);
                start += cols.size();
            }
        }
        w.maxWidth(1, 40);
        w.finish(true);
    }
}
