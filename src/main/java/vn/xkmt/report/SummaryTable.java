package vn.xkmt.report;

import vn.xkmt.text.Lang;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xkmt.batch.RunResult;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.evaluation.Verdict;

/**
 * The summary a batch prints on the console: one line per unit (code, name, verdict, failed and
 * undecided criteria), counts by verdict and by criterion, roll-out progress, the deadlines the plans
 * set, and how many errors
 * and warnings. Persons never appear. A batch of more than {@link #SCREEN} units lists only the units that need
 * attention (not eligible, undetermined, not in force), at most {@link #SCREEN} of them, and says how many more
 * are in the report; {@code all} lists every unit.
 */
public final class SummaryTable {

    private static final int NAME_WIDTH = 32;
    /** Up to this many units the table lists them all; beyond it, the units that need attention, this many. */
    public static final int SCREEN = 40;

    private SummaryTable() {
    }

    public static void print(RunResult run, PrintWriter out, Lang lang) {
        print(run, out, lang, false);
    }

    public static void print(RunResult run, PrintWriter out, Lang lang, boolean all) {
        
        List<RuleSetDefinition> used = run.ruleSetsUsed();
        boolean several = Units.columns(used).size() > 1;
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(Texts.t("code", lang), Texts.t("unitName", lang)));
        if (several) {
            header.add(Texts.t("ruleSet", lang));
        }
        header.addAll(List.of(Texts.t("verdict", lang), Texts.t("failed", lang), Texts.t("undecided", lang)));
        rows.add(header.toArray(String[]::new));
        List<UnitResult> shown = run.results();
        int attention = 0;
        boolean capped = !all && shown.size() > SCREEN;
        if (capped) {
            shown = shown.stream().filter(r -> r.verdict() != Verdict.ELIGIBLE).toList();
            attention = shown.size();
            out.println(Texts.t("attention", lang) + ": " + number(attention, lang) + " / "
                    + number(run.results().size(), lang));
            shown = shown.subList(0, Math.min(SCREEN, shown.size()));
        }
        for (UnitResult r : shown) {
            List<String> row = new ArrayList<>(List.of(Units.code(r), cut(Units.nz(r.unitName()), NAME_WIDTH)));
            if (several) {
                row.add(r.ruleSet().id());
            }
            row.addAll(List.of(r.ruleSet().verdictLabel(r.verdict(), lang), Units.ids(r, Outcome.FAIL),
                    Units.ids(r, Outcome.INSUFFICIENT_DATA)));
            rows.add(row.toArray(String[]::new));
        }
        if (run.results().isEmpty()) {
            out.println(Texts.t("noResults", lang));
        } else if (rows.size() > 1) {
            printTable(rows, out);
        }
        if (capped && attention > shown.size()) {
            out.println(Texts.t("moreInReport", lang, number(attention - shown.size(), lang)));
        } else if (capped) {
            out.println(Texts.t("restEligible", lang));
        }
        out.println();
        List<Units.Tally> tallies = Units.tallies(run.results(), used);
        if (tallies.size() == 1) {
            out.println(Texts.t("verdicts", lang) + ": " + tallies.get(0).line(lang) + " (" + run.results().size() + ")");
        } else {
            out.println(Texts.t("verdicts", lang) + " (" + run.results().size() + "):");
            for (Units.Tally t : tallies) {
                out.println("  " + t.ruleSetId() + ": " + t.line(lang) + " (" + t.units() + ")");
            }
        }
        printCriteria(run, used, out, lang);
        List<PlanProgress.Plan> plans = used.stream().anyMatch(d -> d.rollout() != null)
                ? PlanProgress.of(ReportRun.of(new ResultDocument().outline(run))) : List.of();
        for (PlanProgress.Plan plan : plans) {
            out.println(Texts.t("rollout", lang) + " — " + Entries.orNull(plan.ruleSet().name(), lang) + ":");
            for (PlanProgress.PhaseCount p : plan.phases()) {
                out.println("  " + p.line(lang) + " (" + p.detail(lang) + ")");
            }
            if (plan.noPhase() > 0) {
                out.println("  " + plan.noPhaseLine(lang));
            }
        }
        for (RuleSetDefinition d : Units.withDeadlines(used)) {
            out.println(Texts.t("deadlines", lang) + " — " + d.name(lang) + ":");
            d.deadlines().forEach(x -> out.println("  " + x.text(lang)));
        }
        out.println(Texts.t("errors", lang) + ": " + run.errors().size() + " · " + Texts.t("warnings", lang) + ": "
                + run.warnings().size());
        out.flush();
    }

    private static void printCriteria(RunResult run, List<RuleSetDefinition> used, PrintWriter out, Lang lang) {
        Map<String, List<Units.Column>> columns = Units.columns(used);
        if (columns.isEmpty()) {
            return;
        }
        out.println(Texts.t("criteria", lang) + " (" + Outcome.PASS.label(lang) + " / " + Outcome.FAIL.label(lang)
                + " / " + Outcome.INSUFFICIENT_DATA.label(lang) + "):");
        List<String[]> rows = new ArrayList<>();
        for (List<Units.Column> cols : columns.values()) {
            for (Units.Column c : cols) {
                Map<Outcome, Integer> t = Units.tally(run.results(), c);
                rows.add(new String[] {"", c.id(), t.get(Outcome.PASS) + " / " + t.get(Outcome.FAIL) + " / "
                        + t.get(Outcome.INSUFFICIENT_DATA), cut(c.criterion().title(lang), 70)});
            }
        }
        printTable(rows, out);
    }

    private static void printTable(List<String[]> rows, PrintWriter out) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], length(r[i]));
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                sb.append(r[i]);
                if (i < cols - 1) {
                    sb.append(" ".repeat(width[i] - length(r[i]) + 2));
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    /** {@code n} with the thousands separator of {@code lang}: 1.234 in Vietnamese, 1,234 in English. */
    public static String number(long n, Lang lang) {
        return String.format(java.util.Locale.forLanguageTag(lang == Lang.EN ? "en" : "vi"), "%,d", n);
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String cut(String s, int n) {
        return length(s) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n - 1)) + "…";
    }
}
