package vn.xkmt.report;

import vn.xkmt.text.Lang;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.result.RunInfo;

/** Sheet {@code Tiến độ}: roll-out progress per phase of each plan, against its target. */
final class RolloutSheet {


    /** The sheet's name in the report's language. */
    static String name(Lang lang) {
        return Texts.t("sheet.rollout", lang);
    }

    private RolloutSheet() {
    }

    static void write(ReportSheet w, XlsxStyles s, List<PlanProgress.Plan> plans, ReportOptions options) {
        Lang lang = options.lang();
        w.header(List.of(Texts.t("ruleSet", lang), Texts.t("phase", lang), Texts.t("period", lang),
                Texts.t("population", lang), Texts.t("description", lang), Texts.t("target", lang), Texts.t("evaluated", lang),
                labels(plans, Verdict.ELIGIBLE, lang), labels(plans, Verdict.NOT_ELIGIBLE, lang),
                labels(plans, Verdict.UNDETERMINED, lang), Texts.t("progress", lang),
                labels(plans, Verdict.NOT_IN_FORCE, lang)));
        for (PlanProgress.Plan plan : plans) {
            RunInfo.RuleSetVersion def = plan.ruleSet();
            for (PlanProgress.PhaseCount p : plan.phases()) {
                Row r = w.row();
                w.text(r, 0, def.id() + " " + def.version());
                w.text(r, 1, p.name(lang));
                w.text(r, 2, Units.period(p.phase().from(), p.phase().to(), lang));
                w.text(r, 3, p.population(lang));
                w.text(r, 4, p.description(lang));
                w.number(r, 5, p.phase().target());
                w.number(r, 6, p.evaluated());
                w.number(r, 7, p.eligible());
                w.number(r, 8, p.notEligible());
                w.number(r, 9, p.undetermined());
                boolean reached = p.phase().target() != null && p.eligible() >= p.phase().target();
                w.text(r, 10, p.line(lang), reached ? s.outcome(Outcome.PASS) : s.text);
                w.number(r, 11, p.notInForce());
            }
            if (plan.noPhase() > 0) {
                Row r = w.row();
                w.text(r, 0, def.id() + " " + def.version());
                w.text(r, 1, plan.noPhaseTitle(lang));
                w.number(r, 6, plan.noPhase());
                w.text(r, 10, plan.noPhaseLine(lang));
            }
        }
        w.maxWidth(4, 50);
        w.finish(true);
    }

    /** A verdict column's title: the verdict's label in every plan's manifest ({@code Đủ điều kiện công nhận / Đạt toàn bộ chỉ tiêu}). */
    private static String labels(List<PlanProgress.Plan> plans, Verdict v, Lang lang) {
        List<String> labels = plans.stream().map(p -> p.ruleSet().verdictLabel(v, lang)).distinct().toList();
        return labels.isEmpty() ? v.defaultLabel(lang) : String.join(" / ", labels);
    }
}
