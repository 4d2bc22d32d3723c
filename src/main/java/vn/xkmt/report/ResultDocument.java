package vn.xkmt.report;

import vn.xkmt.text.Lang;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xkmt.batch.InputSummary;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.evaluation.CriterionResult;
import vn.xkmt.evaluation.Evidence;
import vn.xkmt.evaluation.Explanations;
import vn.xkmt.evaluation.Finding;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.evaluation.Verdict;

/**
 * The machine-readable form of a run, as the command-line contract fixes it ({@code results},
 * {@code errors}, {@code warnings}) and extended with findings, evidence, remedies, cells to fill
 * and what is needed to reproduce the run. Persons appear by their id only.
 */
public final class ResultDocument {

    private final Map<RuleSetDefinition, Explanations> explanations = new HashMap<>();

    /** The whole run as ordered maps and lists, ready for any JSON writer. */
    public Map<String, Object> of(RunResult run) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("run", runInfo(run));
        doc.put("summary", summary(run.results(), run.ruleSetsUsed()));
        ProblemsByRow byRow = new ProblemsByRow(run.problems());
        doc.put("results", run.results().stream().map(r -> result(r, byRow)).toList());
        doc.put("errors", run.errors().stream().map(ResultDocument::problem).toList());
        doc.put("warnings", run.warnings().stream().map(ResultDocument::problem).toList());
        return doc;
    }

    static Map<String, Object> runInfo(RunResult run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startedAt", run.startedAt().toString());
        m.put("finishedAt", run.finishedAt().toString());
        m.put("xkmtVersion", run.xkmtVersion());
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (InputSummary i : run.inputs()) {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("file", i.file());
            in.put("sha256", i.sha256());
            in.put("communes", i.communes());
            in.put("persons", i.persons());
            in.put("villages", i.villages());
            in.put("models", i.models());
            in.put("annualRows", i.annualRows());
            in.put("errors", i.errors());
            in.put("warnings", i.warnings());
            inputs.add(in);
        }
        m.put("inputs", inputs);
        m.put("ruleSets", run.ruleSetsUsed().stream().map(d -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", d.id());
            r.put("version", d.version());
            r.put("contentHash", d.contentHash());
            r.put("name", bilingual(d.nameVi(), d.nameEn()));
            return r;
        }).toList());
        return m;
    }

    /**
     * {@code units} and {@code verdicts} (counts by verdict code) of the whole run; when the run mixes
     * rule sets, also {@code byRuleSet}: each rule set's units and counts, with its verdict labels in vi
     * and en (from its latest version used), as the console and the HTML report count them.
     */
    static Map<String, Object> summary(List<UnitResult> results, List<RuleSetDefinition> used) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("units", results.size());
        m.put("verdicts", codes(Units.verdicts(results)));
        if (Units.columns(used).size() > 1) {
            List<Map<String, Object>> byRuleSet = new ArrayList<>();
            for (Units.Tally t : Units.byRuleSet(results, used)) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("ruleSet", t.ruleSetId());
                r.put("units", t.units());
                r.put("verdicts", codes(t.counts()));
                Map<String, Object> labels = new LinkedHashMap<>();
                for (Verdict v : Verdict.values()) {
                    labels.put(v.name(), bilingual(t.label(v, Lang.VI), t.label(v, Lang.EN)));
                }
                r.put("verdictLabels", labels);
                byRuleSet.add(r);
            }
            m.put("byRuleSet", byRuleSet);
        }
        return m;
    }

    private static Map<String, Integer> codes(Map<Verdict, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            out.put(v.name(), counts.getOrDefault(v, 0));
        }
        return out;
    }

    public Map<String, Object> result(UnitResult r) {
        return result(r, new ProblemsByRow(List.of()));
    }

    /**
     * One result; {@code unitWarnings} and each criterion's {@code warnings} repeat the run's errors and
     * warnings that explain them (the unit's own row; the rows and cells behind a failing or undecided
     * condition), so that a reader sees them beside what they explain, not only at the end.
     */
    Map<String, Object> result(UnitResult r, ProblemsByRow byRow) {
        Explanations ex = explanations(r.ruleSet());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitCode", r.unitCode());
        m.put("unitName", r.unitName());
        if (r.year() != null) {
            m.put("year", r.year());
        }
        if (r.subject() instanceof Commune c) {
            m.put("province", c.getProvince());
            putIfNotNull(m, "district", c.getDistrict());
        } else {
            putIfNotNull(m, "province", (String) r.subject().value("province"));
        }
        m.put("file", r.subject().getRow().file());
        m.put("row", r.subject().getRow().row());
        m.put("ruleSet", r.ruleSet().id());
        m.put("ruleSetVersion", r.ruleSet().version());
        m.put("ruleSetHash", r.ruleSet().contentHash());
        putIfNotNull(m, "referenceDate", iso(r.referenceDate()));
        m.put("verdict", r.verdict().name());
        m.put("verdictLabel", bilingual(ex.verdict(r.verdict(), Lang.VI), ex.verdict(r.verdict(), Lang.EN)));
        if (r.forReference()) {
            m.put("criteriaForReference", true);
            m.put("notInForce", bilingual(vn.xkmt.report.Texts.notInForce(r, Lang.VI), vn.xkmt.report.Texts.notInForce(r, Lang.EN)));
        }
        putIfNotNull(m, "validUntil", iso(r.validUntil()));
        m.put("cellsToFill", r.cellsToFill().stream().map(CellRef::label).toList());
        List<DataProblem> own = byRow.of(r);
        if (!own.isEmpty()) {
            m.put("unitWarnings", own.stream().map(ResultDocument::noted).toList());
        }
        Map<String, List<DataProblem>> byCriterion = byRow.ofCriteria(r);
        m.put("criteria", r.criteria().stream().map(c -> {
            Map<String, Object> cm = criterion(c, ex);
            List<DataProblem> mine = byCriterion.get(c.id());
            if (mine != null) {
                cm.put("warnings", mine.stream().map(ResultDocument::noted).toList());
            }
            return cm;
        }).toList());
        return m;
    }

    private static Map<String, Object> criterion(CriterionResult c, Explanations ex) {
        // each finding's sentences rendered once, for the criterion's explanation and for the finding's own
        Map<Finding, FindingTexts> texts = new IdentityHashMap<>();
        for (Finding f : c.findings()) {
            texts.computeIfAbsent(f, k -> new FindingTexts(ex.finding(k, Lang.VI), ex.finding(k, Lang.EN), ex.remedy(k, Lang.VI),
                    ex.remedy(k, Lang.EN)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", bilingual(c.criterion().titleVi(), c.criterion().titleEn()));
        m.put("outcome", c.outcome().name());
        m.put("outcomeLabel", bilingual(c.outcome().label(Lang.VI), c.outcome().label(Lang.EN)));
        m.put("explanation", bilingual(ex.criterion(c, f -> texts.get(f).vi(), Lang.VI),
                ex.criterion(c, f -> texts.get(f).en(), Lang.EN)));
        if (c.outcome() == Outcome.FAIL) {
            putIfNotNull(m, "remedy", bilingualOrNull(Explanations.remedy(c, f -> texts.get(f).remedyVi()),
                    Explanations.remedy(c, f -> texts.get(f).remedyEn())));
        }
        putIfNotNull(m, "validUntil", iso(c.validUntil()));
        m.put("findings", c.findings().stream().map(f -> finding(f, texts.get(f))).toList());
        return m;
    }

    /** A finding's explanation and remedy in both languages. */
    private record FindingTexts(String vi, String en, String remedyVi, String remedyEn) {}

    private static Map<String, Object> finding(Finding f, FindingTexts t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("condition", f.condition());
        m.put("outcome", f.outcome().name());
        putIfNotNull(m, "required", f.required());
        putIfNotNull(m, "found", f.found());
        putIfNotNull(m, "shortBy", f.shortBy());
        m.put("explanation", bilingual(t.vi(), t.en()));
        putIfNotNull(m, "remedy", bilingualOrNull(t.remedyVi(), t.remedyEn()));
        putIfNotNull(m, "validUntil", iso(f.validUntil()));
        if (!f.evidence().isEmpty()) {
            m.put("evidence", f.evidence().stream().map(ResultDocument::evidence).toList());
        }
        if (!f.missing().isEmpty()) {
            m.put("cellsToFill", f.missing().stream().map(CellRef::label).toList());
        }
        return m;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sheet", e.sheet());
        m.put("row", e.row());
        m.put("id", e.id());
        if (!e.missing().isEmpty()) {
            m.put("cellsToFill", e.missing().stream().map(CellRef::a1).toList());
        }
        return m;
    }

    /** A problem repeated beside what it explains, with its severity ({@code ERROR} or {@code WARNING}). */
    private static Map<String, Object> noted(DataProblem p) {
        Map<String, Object> m = problem(p);
        m.put("severity", p.isError() ? "ERROR" : "WARNING");
        return m;
    }

    public static Map<String, Object> problem(DataProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("sheet", p.sheet());
        m.put("row", p.row());
        m.put("cell", p.cell());
        m.put("column", p.column());
        m.put("message", bilingual(p.vi(), p.en()));
        return m;
    }

    private Explanations explanations(RuleSetDefinition def) {
        synchronized (explanations) {
            return explanations.computeIfAbsent(def, Explanations::new);
        }
    }

    static Map<String, Object> bilingual(String vi, String en) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vi", vi);
        m.put("en", en);
        return m;
    }

    private static Map<String, Object> bilingualOrNull(String vi, String en) {
        return vi == null && en == null ? null : bilingual(vi, en);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void putIfNotNull(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
