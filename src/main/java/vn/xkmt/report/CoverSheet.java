package vn.xkmt.report;

import vn.xkmt.text.Lang;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.result.RunInfo;

/**
 * Sheet {@code Thông tin}: what makes the run reproducible — when, which XKMT, which rule sets (and the
 * deadlines their plans set), which files.
 */
final class CoverSheet {


    /** The sheet's name in the report's language. */
    static String name(Lang lang) {
        return Texts.t("sheet.cover", lang);
    }
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss 'UTC'xxx");

    private CoverSheet() {
    }

    static void write(ReportSheet w, XlsxStyles s, ReportRun run, ReportOptions options) {
        Lang lang = options.lang();
        RunInfo info = run.info();
        w.text(w.row(), 0, Texts.t("title", lang), s.title);
        w.skip();
        pair(w, Texts.t("runAt", lang), time(info.startedAt()));
        pair(w, Texts.t("finishedAt", lang), time(info.finishedAt()));
        pair(w, Texts.t("version", lang), info.xkmtVersion());
        Row units = w.row();
        w.text(units, 0, Texts.t("units", lang), s.bold);
        w.number(units, 1, run.results().size());
        List<Entries.Tally> tallies = run.tallies();
        for (Entries.Tally tally : tallies) {
            String prefix = tallies.size() == 1 ? "" : tally.ruleSetId() + ": ";
            for (Verdict v : Units.shown(tally.counts())) {
                Row r = w.row();
                w.text(r, 0, prefix + tally.label(v, lang), s.verdict(v));
                w.number(r, 1, tally.counts().get(v));
            }
        }
        Row errors = w.row();
        w.text(errors, 0, Texts.t("errors", lang), s.bold);
        w.number(errors, 1, run.errors());
        Row warnings = w.row();
        w.text(warnings, 0, Texts.t("warnings", lang), s.bold);
        w.number(warnings, 1, run.warnings());
        if (run.olderShape(lang) != null) {
            w.text(w.row(), 0, run.olderShape(lang), s.outcome(vn.xkmt.evaluation.Outcome.INSUFFICIENT_DATA));
        }
        if (options.showNames()) {
            w.text(w.row(), 0, Texts.t("personalData", lang), s.outcome(vn.xkmt.evaluation.Outcome.FAIL));
        }

        w.skip();
        w.text(w.row(), 0, Texts.t("ruleSets", lang), s.title);
        w.header(List.of(Texts.t("ruleSet", lang), Texts.t("ruleSetVersion", lang), Texts.t("name", lang),
                Texts.t("effective", lang), Texts.t("contentHash", lang)));
        for (RunInfo.RuleSetVersion d : run.used()) {
            Row r = w.row();
            w.text(r, 0, d.id());
            w.text(r, 1, d.version());
            w.text(r, 2, Entries.orNull(d.name(), lang));
            w.text(r, 3, Units.period(d.effectiveFrom(), d.effectiveTo(), lang));
            w.text(r, 4, d.contentHash());
        }
        List<RunInfo.RuleSetVersion> deadlines = run.withDeadlines();
        if (!deadlines.isEmpty()) {
            w.skip();
            w.text(w.row(), 0, Texts.t("deadlines", lang), s.title);
            w.header(List.of(Texts.t("ruleSet", lang), Texts.t("due", lang), Texts.t("deadlines", lang),
                    Texts.t("sourcePassage", lang)));
            for (RunInfo.RuleSetVersion d : deadlines) {
                for (RunInfo.Deadline x : d.deadlines()) {
                    Row r = w.row();
                    w.text(r, 0, d.id() + " " + d.version());
                    w.text(r, 1, x.due());
                    w.text(r, 2, Entries.orNull(x.text(), lang), s.wrap);
                    w.text(r, 3, x.source(), s.wrap);
                }
            }
        }

        w.skip();
        w.text(w.row(), 0, Texts.t("inputs", lang), s.title);
        w.header(List.of(Texts.t("file", lang), Texts.t("sha256", lang), Texts.t("communes", lang),
                Texts.t("persons", lang), Texts.t("villages", lang), Texts.t("models", lang),
                Texts.t("annualRows", lang), Texts.t("errors", lang), Texts.t("warnings", lang)));
        for (RunInfo.InputFile i : info.inputs()) {
            Row r = w.row();
            w.text(r, 0, i.file());
            w.text(r, 1, i.sha256());
            w.number(r, 2, i.communes());
            w.number(r, 3, i.persons());
            w.number(r, 4, i.villages());
            w.number(r, 5, i.models());
            w.number(r, 6, i.annualRows());
            w.number(r, 7, i.errors());
            w.number(r, 8, i.warnings());
        }

        w.skip();
        w.text(w.row(), 0, Texts.t("criteria", lang), s.title);
        w.header(List.of(Texts.t("ruleSet", lang), Texts.t("criterion", lang), Texts.t("criterionTitle", lang)));
        for (List<ReportRun.Column> cols : run.columns().values()) {
            for (ReportRun.Column c : cols) {
                Row r = w.row();
                w.text(r, 0, c.ruleSetId());
                w.text(r, 1, c.id());
                w.text(r, 2, c.title(lang));
            }
        }
        w.maxWidth(0, 40);
        w.maxWidth(2, 70);
        w.finish(false);
    }

    /** {@code 15/03/2025 09:30:00 UTC+07:00}, Vietnam time. */
    static String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(VIETNAM));
    }

    private static void pair(ReportSheet w, String key, String value) {
        Row r = w.row();
        w.text(r, 0, key);
        w.text(r, 1, value);
    }
}
