package vn.xkmt.report;

import vn.xkmt.text.Lang;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import vn.xkmt.batch.RunResult;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.result.ConditionFinding;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.Problem;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.RunInfo;
import vn.xkmt.report.result.Summary;
import vn.xkmt.report.result.UnitEntry;

/**
 * The printable report ({@code --html}): one self-contained HTML file — inline CSS, inline SVG
 * charts, no script, nothing fetched from a network — with the content of the report workbook:
 * run record, verdict counts, roll-out progress, the deadlines the plans set, charts (outcomes per criterion, verdicts per
 * district), the summary table, every unit's criteria with explanations and remedies, and every
 * error and warning. Every text is escaped. Persons appear by their id only, never by name.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static void write(RunResult run, Path file, Lang lang) throws IOException {
        ReportFile.write(file, os -> {
            Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8));
            write(run, out, lang);
            out.flush();
        });
    }

    public static void write(RunResult run, Writer writer, Lang language) throws IOException {
        write(ReportRun.of(run), writer, language, null);
    }

    /**
     * The page of a stored or read result, as it was decided: nothing is evaluated again. A document of schema
     * version 0 or 1 gives no roll-out plan nor deadlines; the criteria columns are those its units carry.
     */
    public static void write(RunDocument doc, Writer writer, Lang language) throws IOException {
        write(ReportRun.of(doc), writer, language, null);
    }

    /** The units' articles of section {@code Chi tiết}, written elsewhere and copied in ({@link HtmlReportStream}). */
    @FunctionalInterface
    interface Details {
        void copyTo(Writer out) throws IOException;
    }

    static void write(ReportRun run, Writer writer, Lang language, Details details) throws IOException {
        Lang lang = language;
        Writer out = writer instanceof BufferedWriter ? writer : new BufferedWriter(writer);
        new Page(run, out, lang, details).write();
        out.flush();
    }

    /** The articles of {@code units} for section {@code Chi tiết}; {@code problems} are those of their rows. */
    static void details(UnitEntry unit, Writer out, Lang language) throws IOException {
        RunDocument chunk = new RunDocument(RunDocument.CURRENT, new RunInfo(null, null, "", List.of(), List.of()),
                new Summary(0, Map.of(), List.of()), List.of(), List.of(), List.of());
        new Page(new ReportRun(chunk, List.of()), out, language, null).units(List.of(unit));
    }

    /** Escapes text for HTML and inline SVG: {@code & < > " '}; letters stay as they are. */
    static String esc(String s) {
        return s == null ? "" : StringEscapeUtils.escapeXml10(s);
    }

    private static final class Page {

        private final ReportRun run;
        private final Writer out;
        private final Lang lang;
        private final List<RunInfo.RuleSetVersion> used;
        private final Map<String, List<ReportRun.Column>> groups;
        private final Details copied;

        Page(ReportRun run, Writer out, Lang lang, Details copied) {
            this.copied = copied;
            this.run = run;
            this.out = out;
            this.lang = lang;
            this.used = run.used();
            this.groups = run.columns();
        }

        private String t(String key) {
            return Texts.t(key, lang);
        }

        void write() throws IOException {
            w("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n");
            w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            w("<title>" + esc(t("title")) + "</title>\n<style>\n" + HtmlStyle.CSS + "</style>\n</head>\n<body>\n");
            w("<header><h1>" + esc(t("title")) + "</h1>\n<p class=\"meta\">" + esc(t("runAt")) + ": "
                    + esc(CoverSheet.time(run.info().startedAt())) + " · " + esc(t("version")) + ": "
                    + esc(run.info().xkmtVersion()) + "</p>\n");
            w("<nav><a href=\"#tong-hop\">" + esc(t("summary")) + "</a> · <a href=\"#chi-tiet\">" + esc(t("details"))
                    + "</a> · <a href=\"#loi\">" + esc(t("problems")) + "</a> · <a href=\"#thong-tin\">"
                    + esc(t("inputs")) + "</a></nav></header>\n");
            overview();
            charts();
            summary();
            details();
            problems();
            record();
            w("<footer>" + esc(t("generated")) + " " + esc(run.info().xkmtVersion()) + "</footer>\n</body>\n</html>\n");
        }

        private void overview() throws IOException {
            w("<section id=\"tong-quan\">\n");
            if (run.olderShape(lang) != null) {
                w("<p class=\"reference-note\" id=\"older-shape\">" + esc(run.olderShape(lang)) + "</p>\n");
            }
            List<Entries.Tally> tallies = run.tallies();
            boolean one = tallies.size() == 1;
            if (!one) {
                w("<div class=\"cards\">\n");
                totals();
                w("</div>\n");
            }
            for (Entries.Tally tally : tallies) {
                if (!one) {
                    w("<h3>" + esc(ruleSetName(tally.ruleSetId())) + "</h3>\n");
                }
                w("<div class=\"cards\"" + (one ? "" : " data-rule-set=\"" + esc(tally.ruleSetId()) + "\"") + ">\n");
                for (Verdict v : Units.shown(tally.counts())) {
                    w("<div class=\"card " + cls(v) + "\"><span class=\"n\">" + tally.counts().get(v) + "</span> "
                            + esc(tally.label(v, lang)) + "</div>\n");
                }
                if (one) {
                    totals();
                } else {
                    w("<div class=\"card\"><span class=\"n\">" + tally.units() + "</span> " + esc(t("units"))
                            + "</div>\n");
                }
                w("</div>\n");
            }
            for (PlanProgress.Plan plan : PlanProgress.of(run)) {
                w("<h3>" + esc(t("rollout")) + " — " + esc(Entries.orNull(plan.ruleSet().name(), lang))
                        + "</h3>\n<ul class=\"rollout\">\n");
                for (PlanProgress.PhaseCount p : plan.phases()) {
                    String about = p.description(lang);
                    w("<li><strong>" + esc(p.line(lang)) + "</strong> <span class=\"muted\">("
                            + esc(Units.period(p.phase().from(), p.phase().to(), lang)) + (about.isEmpty() ? "" : "; "
                            + esc(about)) + "; " + esc(p.detail(lang)) + ")</span></li>\n");
                }
                if (plan.noPhase() > 0) {
                    w("<li>" + esc(plan.noPhaseLine(lang)) + "</li>\n");
                }
                w("</ul>\n");
            }
            for (RunInfo.RuleSetVersion d : run.withDeadlines()) {
                w("<h3>" + esc(t("deadlines")) + " — " + esc(Entries.orNull(d.name(), lang))
                        + "</h3>\n<ul class=\"deadlines\">\n");
                for (RunInfo.Deadline x : d.deadlines()) {
                    w("<li>" + esc(Entries.orNull(x.text(), lang)) + "</li>\n");
                }
                w("</ul>\n");
            }
            w("</section>\n");
        }

        /** The cards of the whole run: units evaluated, errors and warnings. */
        private void totals() throws IOException {
            w("<div class=\"card\"><span class=\"n\">" + run.results().size() + "</span> " + esc(t("units"))
                    + "</div>\n");
            w("<div class=\"card\"><span class=\"n\">" + run.errors() + "</span> " + esc(t("errors"))
                    + " · <span class=\"n\">" + run.warnings() + "</span> " + esc(t("warnings")) + "</div>\n");
        }

        private void charts() throws IOException {
            if (run.results().isEmpty()) {
                return;
            }
            w("<section id=\"bieu-do\" class=\"charts\">\n<h2>" + esc(t("byCriterion")) + "</h2>\n");
            List<String> outcomes = List.of(Outcome.PASS.label(lang), Outcome.FAIL.label(lang),
                    Outcome.INSUFFICIENT_DATA.label(lang));
            List<String> colours = List.of(HtmlCharts.GREEN, HtmlCharts.RED, HtmlCharts.AMBER);
            for (Map.Entry<String, List<ReportRun.Column>> g : groups.entrySet()) {
                List<HtmlCharts.Bar> bars = new ArrayList<>();
                for (ReportRun.Column c : g.getValue()) {
                    Map<Outcome, Integer> n = Entries.tally(run.results(), c);
                    bars.add(new HtmlCharts.Bar(c.id(), c.id() + ": " + c.title(lang),
                            new int[] {n.get(Outcome.PASS), n.get(Outcome.FAIL), n.get(Outcome.INSUFFICIENT_DATA)}));
                }
                w("<figure>" + HtmlCharts.stackedBars(t("byCriterion") + " — " + placeName(g.getKey()), bars, outcomes, colours, 90)
                        + "<figcaption>" + esc(ruleSetName(g.getKey())) + "</figcaption></figure>\n");
            }
            List<Entries.Tally> tallies = run.tallies();
            for (Entries.Tally tally : tallies) {
                Entries.Places places = Entries.Places.of(tally.results());
                Map<String, int[]> counts = new LinkedHashMap<>();
                for (UnitEntry r : tally.results()) {
                    String place = places.of(r);
                    counts.computeIfAbsent(place == null ? t("unknownPlace") : place, k -> new int[Verdict.values().length])[r.verdict().ordinal()]++;
                }
                List<HtmlCharts.Bar> bars = counts.entrySet().stream()
                        .map(e -> new HtmlCharts.Bar(e.getKey(), e.getKey(), e.getValue())).toList();
                List<String> verdicts = java.util.Arrays.stream(Verdict.values()).map(v -> tally.label(v, lang)).toList();
                List<String> verdictColours = List.of(HtmlCharts.GREEN, HtmlCharts.RED, HtmlCharts.AMBER, HtmlCharts.GREY);
                String title = t(places.title) + (tally.ruleSetId() == null ? "" : " — " + placeName(tally.ruleSetId()));
                w("<h2>" + esc(title) + "</h2>\n<figure>" + HtmlCharts.stackedBars(title, bars, verdicts, verdictColours, 180)
                        + (tally.ruleSetId() == null ? "" : "<figcaption>" + esc(ruleSetName(tally.ruleSetId()))
                        + "</figcaption>") + "</figure>\n");
            }
            w("</section>\n");
        }

        private void summary() throws IOException {
            w("<section id=\"tong-hop\" class=\"page\">\n<h2>" + esc(t("summary")) + "</h2>\n");
            if (run.results().isEmpty()) {
                w("<p>" + esc(t("noResults")) + "</p>\n");
            }
            boolean years = run.results().stream().anyMatch(r -> r.year() != null);
            for (Map.Entry<String, List<ReportRun.Column>> g : groups.entrySet()) {
                List<UnitEntry> mine = run.results().stream().filter(r -> r.ruleSet().equals(g.getKey())).toList();
                boolean phases = mine.stream().anyMatch(r -> run.ruleSet(r).rollout() != null || r.phase() != null);
                w("<h3>" + esc(ruleSetName(g.getKey())) + "</h3>\n<table class=\"summary\">\n<thead><tr><th>"
                        + esc(t("code")) + "</th><th>" + esc(t("unitName")) + "</th>"
                        + (years ? "<th>" + esc(t("year")) + "</th>" : "") + "<th>" + esc(t("district")) + "</th><th>"
                        + esc(t("province")) + "</th>" + (phases ? "<th>" + esc(t("phase")) + "</th>" : "") + "<th>"
                        + esc(t("verdict")) + "</th>");
                for (ReportRun.Column c : g.getValue()) {
                    w("<th title=\"" + esc(c.title(lang)) + "\">" + esc(c.id()) + "</th>");
                }
                w("</tr></thead>\n<tbody>\n");
                for (UnitEntry r : mine) {
                    Integer phase = r.phase();
                    w("<tr><td><a href=\"#" + anchor(r) + "\">" + esc(r.unitCode()) + "</a></td><td>" + esc(r.unitName())
                            + "</td>" + (years ? "<td>" + (r.year() == null ? "" : r.year()) + "</td>" : "") + "<td>"
                            + esc(Entries.district(r)) + "</td><td>" + esc(Entries.province(r)) + "</td>"
                            + (phases ? "<td>" + (phase == null ? "" : phase) + "</td>" : "") + "<td class=\""
                            + cls(r.verdict()) + "\">" + esc(run.verdictLabel(r, lang)) + "</td>");
                    Map<String, CriterionEntry> byId = new HashMap<>();
                    r.criteria().forEach(c -> byId.put(c.id(), c));
                    for (ReportRun.Column c : g.getValue()) {
                        CriterionEntry cr = byId.get(c.id());
                        w(cr == null ? "<td></td>" : "<td class=\"" + cls(cr.outcome()) + (r.criteriaForReference()
                                ? " reference" : "") + "\">" + esc(cr.outcome().label(lang)) + (r.criteriaForReference() ? " ("
                                + esc(t("forReference")) + ")" : "") + "</td>");
                    }
                    w("</tr>\n");
                }
                w("</tbody></table>\n");
            }
            w("</section>\n");
        }

        private void details() throws IOException {
            w("<section id=\"chi-tiet\" class=\"page\">\n<h2>" + esc(t("details")) + "</h2>\n");
            if (copied != null) {
                copied.copyTo(out);
            } else {
                units(run.results());
            }
            w("</section>\n");
        }

        void units(List<UnitEntry> units) throws IOException {
            for (UnitEntry r : units) {
                w("<article class=\"unit\" id=\"" + anchor(r) + "\">\n<h3>" + esc(Entries.code(r)) + " — "
                        + esc(r.unitName()) + " <span class=\"verdict " + cls(r.verdict()) + "\">"
                        + esc(run.verdictLabel(r, lang)) + "</span></h3>\n");
                List<String> facts = new ArrayList<>();
                if (Entries.district(r) != null) {
                    facts.add(t("district") + ": " + Entries.district(r));
                }
                if (Entries.province(r) != null) {
                    facts.add(t("province") + ": " + Entries.province(r));
                }
                facts.add(t("ruleSet") + ": " + ruleSetLabel(r) + " (" + r.ruleSetVersion() + ")");
                if (r.validUntil() != null) {
                    facts.add(t("validUntil") + ": " + Units.date(r.validUntil()));
                }
                facts.add(t("file") + ": " + r.file() + " (" + (r.sheet() == null ? "" : r.sheet() + "!") + r.row() + ")");
                w("<p class=\"muted\">" + esc(String.join(" · ", facts)) + "</p>\n");
                if (r.criteriaForReference()) {
                    w("<p class=\"reference-note\">" + esc(Entries.get(r.notInForce(), lang)) + "</p>\n");
                }
                String own = notes(r.unitWarnings());
                if (!own.isEmpty()) {
                    w("<div class=\"notes\">" + own + "</div>\n");
                }
                w("<table class=\"criteria\"><thead><tr><th>" + esc(t("criterion")) + "</th><th>" + esc(t("outcome"))
                        + "</th><th>" + esc(t("explanation")) + "</th><th>" + esc(t("evidence")) + "</th><th>"
                        + esc(t("remedy")) + "</th></tr></thead>\n<tbody>\n");
                for (CriterionEntry cr : r.criteria()) {
                    List<ConditionFinding> deciding = Entries.deciding(cr);
                    String evidence = deciding.stream().flatMap(f -> f.evidence().stream()).distinct()
                            .limit(FindingsSheet.MAX_EVIDENCE).map(HtmlReport::evidence).collect(Collectors.joining("<br>"));
                    String cells = deciding.stream().flatMap(f -> f.cellsToFill().stream()).distinct()
                            .map(HtmlReport::esc).collect(Collectors.joining("<br>"));
                    w("<tr><td><strong>" + esc(cr.id()) + "</strong><br><span class=\"muted\">"
                            + esc(Entries.get(cr.title(), lang)) + "</span></td><td class=\"" + cls(cr.outcome())
                            + (r.criteriaForReference() ? " reference" : "") + "\">" + esc(cr.outcome().label(lang))
                            + (r.criteriaForReference() ? " (" + esc(t("forReference")) + ")" : "") + "</td><td>"
                            + esc(Entries.get(cr.explanation(), lang))
                            + (cells.isEmpty() ? "" : "<div class=\"cells\">" + esc(t("cellsToFill")) + ":<br>" + cells
                            + "</div>") + notes(cr.warnings()) + "</td><td>" + evidence + "</td><td>"
                            + esc(Entries.orNull(cr.remedy(), lang)) + "</td></tr>\n");
                }
                w("</tbody></table>\n</article>\n");
            }
        }

        /** The name of a unit's rule set version, its id when the document does not give it. */
        private String ruleSetLabel(UnitEntry r) {
            String name = r.ruleSetName() != null ? r.ruleSetName().get(lang) : Entries.orNull(run.ruleSet(r).name(), lang);
            return name == null ? r.ruleSet() : name;
        }

        /** Errors and warnings beside what they explain: {@code Cảnh báo (Nguoi!L17): …}, in the report's language. */
        private String notes(List<Problem> problems) {
            StringBuilder sb = new StringBuilder();
            for (Problem p : problems) {
                sb.append("<div class=\"note ").append(p.error() ? "fail" : "unknown").append("\">")
                        .append(esc(t(p.error() ? "error" : "warning"))).append(" (").append(esc(p.place()))
                        .append("): ").append(esc(Entries.orNull(p.message(), lang))).append("</div>");
            }
            return sb.toString();
        }

        private void problems() throws IOException {
            w("<section id=\"loi\" class=\"page\">\n<h2>" + esc(t("problems")) + "</h2>\n");
            if (run.problems().isEmpty()) {
                w("<p>" + esc(t("noProblems")) + "</p>\n</section>\n");
                return;
            }
            w("<table class=\"problems\"><thead><tr><th>" + esc(t("severity")) + "</th><th>" + esc(t("file"))
                    + "</th><th>" + esc(t("sheet")) + "</th><th>" + esc(t("row")) + "</th><th>" + esc(t("cell"))
                    + "</th><th>" + esc(t("column")) + "</th><th>" + esc(t("messageVi")) + "</th><th>"
                    + esc(t("messageEn")) + "</th></tr></thead>\n<tbody>\n");
            for (Problem p : run.problems()) {
                w("<tr><td class=\"" + (p.error() ? "fail" : "unknown") + "\">" + esc(t(p.error() ? "error" : "warning"))
                        + "</td><td>" + esc(p.file()) + "</td><td>" + esc(p.sheet()) + "</td><td>"
                        + (p.row() == null ? "" : p.row()) + "</td><td>" + esc(p.cell()) + "</td><td>" + esc(p.column())
                        + "</td><td>" + esc(Entries.orNull(p.message(), Lang.VI)) + "</td><td>"
                        + esc(Entries.orNull(p.message(), Lang.EN)) + "</td></tr>\n");
            }
            w("</tbody></table>\n</section>\n");
        }

        private void record() throws IOException {
            w("<section id=\"thong-tin\" class=\"page\">\n<h2>" + esc(t("inputs")) + " · " + esc(t("ruleSets")) + "</h2>\n");
            w("<table><thead><tr><th>" + esc(t("ruleSet")) + "</th><th>" + esc(t("ruleSetVersion")) + "</th><th>"
                    + esc(t("name")) + "</th><th>" + esc(t("effective")) + "</th><th>" + esc(t("contentHash"))
                    + "</th></tr></thead>\n<tbody>\n");
            for (RunInfo.RuleSetVersion d : used) {
                w("<tr><td>" + esc(d.id()) + "</td><td>" + esc(d.version()) + "</td><td>" + esc(Entries.orNull(d.name(), lang))
                        + "</td><td>" + esc(Units.period(d.effectiveFrom(), d.effectiveTo(), lang))
                        + "</td><td class=\"hash\">" + esc(d.contentHash()) + "</td></tr>\n");
            }
            w("</tbody></table>\n<table><thead><tr><th>" + esc(t("file")) + "</th><th>" + esc(t("sha256")) + "</th><th>"
                    + esc(t("communes")) + "</th><th>" + esc(t("persons")) + "</th><th>" + esc(t("annualRows"))
                    + "</th><th>" + esc(t("errors")) + "</th><th>" + esc(t("warnings")) + "</th></tr></thead>\n<tbody>\n");
            for (RunInfo.InputFile i : run.info().inputs()) {
                w("<tr><td>" + esc(i.file()) + "</td><td class=\"hash\">" + esc(i.sha256()) + "</td><td>" + i.communes()
                        + "</td><td>" + (i.persons() == null ? "" : i.persons()) + "</td><td>" + i.annualRows() + "</td><td>" + i.errors() + "</td><td>"
                        + i.warnings() + "</td></tr>\n");
            }
            w("</tbody></table>\n<p class=\"muted\">" + esc(t("runAt")) + ": " + esc(CoverSheet.time(run.info().startedAt()))
                    + " · " + esc(t("finishedAt")) + ": " + esc(CoverSheet.time(run.info().finishedAt())) + "</p>\n</section>\n");
        }

        /** The provinces a rule set is for ({@code Lào Cai}), as a chart names it; its id when it names none. */
        private String placeName(String id) {
            return used.stream().filter(d -> d.id().equals(id)).reduce((a, b) -> b)
                    .map(d -> d.provinces().isEmpty() ? id : String.join(", ", d.provinces())).orElse(id);
        }

        private String ruleSetName(String id) {
            return used.stream().filter(d -> d.id().equals(id)).reduce((a, b) -> b)
                    .map(d -> Entries.orNull(d.name(), lang) + " (" + id + ")")
                    .orElse(id);
        }

        private void w(String s) throws IOException {
            out.write(s);
        }
    }

    private static String evidence(ConditionFinding.EvidenceRow e) {
        return esc(e.sheet() + "!" + e.row() + (e.id() == null ? "" : " " + e.id()));
    }

    /** A stable anchor for a unit: its row in its file. */
    private static String anchor(UnitEntry r) {
        String key = r.file() + "|" + r.sheet() + "|" + r.row() + "|" + r.ruleSet();
        return "u" + Integer.toHexString(key.hashCode()) + "-" + r.row();
    }

    private static String cls(Outcome o) {
        return switch (o) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case INSUFFICIENT_DATA -> "unknown";
        };
    }

    private static String cls(Verdict v) {
        return switch (v) {
            case ELIGIBLE -> "pass";
            case NOT_ELIGIBLE -> "fail";
            case UNDETERMINED -> "unknown";
            case NOT_IN_FORCE -> "notinforce";
        };
    }
}
