package vn.xkmt.report;

import vn.xkmt.text.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import vn.xkmt.report.result.ConditionFinding;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.UnitEntry;

/**
 * Sheet {@code Chi tiết}: one row per unit and criterion with the outcome, the explanation, the rows
 * behind it ({@code Nguoi!17 NN-007}), the cells to fill and the remedy. With
 * {@link ReportOptions#showNames()} a column beside the evidence gives each person's full name, line
 * by line; this is the only place of any output where names may appear.
 */
final class FindingsSheet {


    /** The sheet's name in the report's language. */
    static String name(Lang lang) {
        return Texts.t("sheet.findings", lang);
    }

    /** Evidence rows listed in one cell before the rest are only counted. */
    static final int MAX_EVIDENCE = 500;

    private final ReportSheet w;
    private final XlsxStyles s;
    private final ReportOptions options;
    private final boolean years;
    private int evidenceCol;
    private int columns;
    private boolean anyYear;

    /**
     * @param years whether the sheet has a year column: when a run's units are all known, whether one has a
     *              year; when they come workbook by workbook, always, hidden at the end if no unit had one
     */
    FindingsSheet(ReportSheet w, XlsxStyles s, ReportOptions options, boolean years) {
        this.w = w;
        this.s = s;
        this.options = options;
        this.years = years;
        header();
    }

    static void write(ReportSheet w, XlsxStyles s, ReportRun run, ReportOptions options) {
        FindingsSheet sheet = new FindingsSheet(w, s, options, run.results().stream().anyMatch(r -> r.year() != null));
        sheet.add(run.results());
        sheet.finish();
    }

    private void header() {
        Lang lang = options.lang();
        List<String> titles = new ArrayList<>(List.of(Texts.t("code", lang), Texts.t("unitName", lang)));
        if (years) {
            titles.add(Texts.t("year", lang));
        }
        titles.addAll(List.of(Texts.t("ruleSet", lang), Texts.t("criterion", lang), Texts.t("criterionTitle", lang),
                Texts.t("outcome", lang), Texts.t("explanation", lang), Texts.t("evidence", lang)));
        evidenceCol = titles.size() - 1;
        if (options.showNames()) {
            titles.add(Texts.t("fullName", lang));
        }
        titles.addAll(List.of(Texts.t("cellsToFill", lang), Texts.t("remedy", lang)));
        columns = titles.size();
        w.header(titles);
    }

    void add(List<UnitEntry> units) {
        units.forEach(this::add);
    }

    /** One unit's rows, one per criterion. */
    void add(UnitEntry r) {
        Lang lang = options.lang();
        boolean names = options.showNames();
        anyYear |= r.year() != null;
        for (CriterionEntry cr : r.criteria()) {
            List<ConditionFinding> deciding = Entries.deciding(cr);
            List<ConditionFinding.EvidenceRow> evidence = deciding.stream().flatMap(f -> f.evidence().stream())
                    .distinct().toList();
            Row row = w.row();
            int c = 0;
            w.text(row, c++, r.unitCode());
            w.text(row, c++, r.unitName());
            if (years) {
                w.number(row, c++, r.year());
            }
            w.text(row, c++, r.ruleSet());
            w.text(row, c++, cr.id());
            w.text(row, c++, Entries.get(cr.title(), lang), s.wrap);
            w.text(row, c++, cr.outcome().label(lang) + (r.criteriaForReference() ? " (" + Texts.t("forReference", lang)
                    + ")" : ""), r.criteriaForReference() ? s.verdict(r.verdict()) : s.outcome(cr.outcome()));
            w.text(row, c++, (r.criteriaForReference() ? Entries.get(r.notInForce(), lang) + ". " : "")
                    + Entries.get(cr.explanation(), lang), s.wrap);
            w.text(row, c++, lines(evidence, e -> e.sheet() + "!" + e.row() + (e.id() == null ? "" : " " + e.id())),
                    s.wrap);
            if (names) {
                w.text(row, c++, lines(evidence, e -> {
                    String n = options.names().of(r.file(), e.sheet(), e.row());
                    return n == null ? "–" : n;
                }), s.wrap);
            }
            w.text(row, c++, deciding.stream().flatMap(f -> f.cellsToFill().stream()).distinct()
                    .collect(Collectors.joining("\n")), s.wrap);
            w.text(row, c, Entries.orNull(cr.remedy(), lang), s.wrap);
        }
    }

    void finish() {
        int c = years ? 5 : 4;
        w.maxWidth(1, 30);
        w.maxWidth(c, 40);
        w.maxWidth(c + 2, 70);
        w.maxWidth(evidenceCol, 40);
        w.maxWidth(columns - 2, 40);
        w.maxWidth(columns - 1, 60);
        w.finish(true);
        if (years && !anyYear) {
            w.hide(2);
        }
    }

    private static String lines(List<ConditionFinding.EvidenceRow> evidence,
                                java.util.function.Function<ConditionFinding.EvidenceRow, String> line) {
        if (evidence.isEmpty()) {
            return null;
        }
        String shown = evidence.stream().limit(MAX_EVIDENCE).map(line).collect(Collectors.joining("\n"));
        return evidence.size() > MAX_EVIDENCE ? shown + "\n… (+" + (evidence.size() - MAX_EVIDENCE) + ")" : shown;
    }
}
