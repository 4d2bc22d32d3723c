package vn.xkmt.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.xkmt.batch.RunResult;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.result.Bilingual;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.Problem;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.RunInfo;
import vn.xkmt.report.result.Summary;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.report.result.VerdictTallies;
import vn.xkmt.text.Lang;

/**
 * What the workbook and the HTML report render: a run's record tree and its problems in the order they were
 * found, each with its severity. From a stored document the errors come before the warnings; a document of
 * schema version 0 or 1 lacks its rule sets' criteria, labels, deadlines and plans, and the reports show what
 * the units themselves carry.
 */
record ReportRun(RunDocument doc, List<Problem> problems) {

    ReportRun {
        problems = List.copyOf(problems);
    }

    /** A stored or read document. */
    static ReportRun of(RunDocument doc) {
        List<Problem> all = new ArrayList<>();
        doc.errors().forEach(p -> all.add(p.withSeverity(true)));
        doc.warnings().forEach(p -> all.add(p.withSeverity(false)));
        return new ReportRun(doc, all);
    }

    /** A run of the engine, built into records once. */
    static ReportRun of(RunResult run) {
        return new ReportRun(new ResultDocument().of(run), ResultDocument.ordered(run.problems()));
    }

    /**
     * What a document stored in an older shape (schema version 0 or 1) cannot show, in a language; null for a
     * document of today's shape.
     */
    String olderShape(Lang lang) {
        return doc.schemaVersion() >= 2 ? null
                : Texts.t("olderShape", lang).replace("{0}", String.valueOf(doc.schemaVersion()));
    }

    List<UnitEntry> results() {
        return doc.results();
    }

    RunInfo info() {
        return doc.run();
    }

    List<RunInfo.RuleSetVersion> used() {
        return doc.run().ruleSets();
    }

    int errors() {
        return doc.errors().size();
    }

    int warnings() {
        return doc.warnings().size();
    }

    /** The rule set version that decided a unit; one known by identity only when the document does not list it. */
    RunInfo.RuleSetVersion ruleSet(UnitEntry u) {
        for (RunInfo.RuleSetVersion v : used()) {
            if (v.id().equals(u.ruleSet()) && v.version().equals(u.ruleSetVersion())
                    && (u.ruleSetHash() == null || Objects.equals(v.contentHash(), u.ruleSetHash()))) {
                return v;
            }
        }
        return new RunInfo.RuleSetVersion(u.ruleSet(), u.ruleSetVersion(), u.ruleSetHash(),
                new Bilingual(u.ruleSet(), u.ruleSet()));
    }

    /** One criterion column of a summary: a rule set's criterion, titled from its latest version used. */
    record Column(String ruleSetId, String id, Bilingual title) {

        String title(Lang lang) {
            return title == null ? "" : Entries.nz(title.get(lang));
        }
    }

    /**
     * The criteria of the rule sets used, grouped by rule set id, in manifest order; a version whose criteria the
     * document does not list gives those of its units, in the order they come.
     */
    Map<String, List<Column>> columns() {
        Map<String, Map<String, Column>> byRuleSet = new LinkedHashMap<>();
        for (RunInfo.RuleSetVersion def : used()) {
            Map<String, Column> cols = byRuleSet.computeIfAbsent(def.id(), k -> new LinkedHashMap<>());
            if (!def.criteria().isEmpty()) {
                for (RunInfo.CriterionTitle c : def.criteria()) {
                    cols.put(c.id(), new Column(def.id(), c.id(), c.title()));
                }
            } else {
                for (UnitEntry u : results()) {
                    if (u.ruleSet().equals(def.id()) && u.ruleSetVersion().equals(def.version())) {
                        for (CriterionEntry c : u.criteria()) {
                            cols.put(c.id(), new Column(def.id(), c.id(), c.title()));
                        }
                    }
                }
            }
        }
        Map<String, List<Column>> out = new LinkedHashMap<>();
        byRuleSet.forEach((id, cols) -> out.put(id, new ArrayList<>(cols.values())));
        return out;
    }

    /** The labels of every rule set version used, as the tallies name verdicts. */
    List<VerdictTallies.Words> words() {
        Map<String, Map<Verdict, Bilingual>> stored = new LinkedHashMap<>();
        for (Summary.RuleSetCount c : doc.summary().byRuleSet()) {
            stored.put(c.ruleSet(), c.verdictLabels());
        }
        List<VerdictTallies.Words> out = new ArrayList<>();
        for (RunInfo.RuleSetVersion d : used()) {
            if (!d.verdictLabels().isEmpty()) {
                out.add(new VerdictTallies.Words(d.id(), d.verdictLabels()));
            } else {
                out.add(VerdictTallies.Words.of(d.id(), (v, lang) -> label(d, v, lang, stored.get(d.id()))));
            }
        }
        return out;
    }

    /** A verdict's label when the version does not list them: as stored in the summary, or as its units say. */
    private String label(RunInfo.RuleSetVersion d, Verdict v, Lang lang, Map<Verdict, Bilingual> stored) {
        if (stored != null && stored.get(v) != null) {
            return stored.get(v).get(lang);
        }
        for (UnitEntry u : results()) {
            if (u.ruleSet().equals(d.id()) && u.verdict() == v && u.verdictLabel() != null) {
                return u.verdictLabel().get(lang);
            }
        }
        return v.defaultLabel(lang);
    }

    /** The counts by verdict, one tally of the whole run or one per rule set ({@link VerdictTallies}). */
    List<Entries.Tally> tallies() {
        return VerdictTallies.of(results(), UnitEntry::ruleSet, UnitEntry::verdict, words()).stream()
                .map(Entries.Tally::new).toList();
    }

    /**
     * The rule set versions used whose plan sets deadlines, each list once: two versions of a rule set with the
     * same deadlines show them once, as the later.
     */
    List<RunInfo.RuleSetVersion> withDeadlines() {
        Map<List<Object>, RunInfo.RuleSetVersion> out = new LinkedHashMap<>();
        for (RunInfo.RuleSetVersion d : used()) {
            if (!d.deadlines().isEmpty()) {
                List<Object> key = List.of(d.id(), d.deadlines());
                out.remove(key);
                out.put(key, d);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The verdict label of a unit, as its rule set version gives it. */
    String verdictLabel(UnitEntry u, Lang lang) {
        return u.verdictLabel() != null ? u.verdictLabel().get(lang) : ruleSet(u).verdictLabel(u.verdict(), lang);
    }
}
