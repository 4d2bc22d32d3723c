package vn.xkmt.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
import vn.xkmt.evaluation.Rollout;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.result.Bilingual;
import vn.xkmt.report.result.ConditionFinding;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.Problem;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.RunInfo;
import vn.xkmt.report.result.Summary;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.report.result.VerdictCounts;
import vn.xkmt.text.Lang;

/**
 * Builds the result of a run, once, as the record tree of {@link RunDocument}: the command-line contract
 * ({@code results}, {@code errors}, {@code warnings}) extended with findings, evidence, remedies, cells to fill
 * and what is needed to reproduce the run. Persons appear by their id only. {@link ResultJson} writes it.
 */
public final class ResultDocument {

    private final Map<RuleSetDefinition, Explanations> explanations = new HashMap<>();

    /** The whole run. */
    public RunDocument of(RunResult run) {
        ProblemsByRow byRow = new ProblemsByRow(run.problems());
        return new RunDocument(RunDocument.CURRENT, runInfo(run), summary(run.results(), run.ruleSetsUsed()),
                run.results().stream().map(r -> result(r, byRow)).toList(), problems(run.errors()),
                problems(run.warnings()));
    }

    static RunInfo runInfo(RunResult run) {
        List<RunInfo.InputFile> inputs = run.inputs().stream().map(ResultDocument::input).toList();
        List<RunInfo.RuleSetVersion> ruleSets = run.ruleSetsUsed().stream().map(ResultDocument::ruleSet).toList();
        return new RunInfo(run.startedAt(), run.finishedAt(), run.xkmtVersion(), inputs, ruleSets);
    }

    /** A rule set version with what the reports show of its manifest. */
    static RunInfo.RuleSetVersion ruleSet(RuleSetDefinition d) {
        Map<Verdict, Bilingual> labels = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            labels.put(v, new Bilingual(d.verdictLabel(v, Lang.VI), d.verdictLabel(v, Lang.EN)));
        }
        List<RunInfo.CriterionTitle> criteria = d.criteria().stream()
                .map(c -> new RunInfo.CriterionTitle(c.id(), new Bilingual(c.titleVi(), c.titleEn()))).toList();
        List<RunInfo.Deadline> deadlines = d.deadlines().stream()
                .map(x -> new RunInfo.Deadline(x.due(), new Bilingual(x.text(Lang.VI), x.text(Lang.EN)), x.source())).toList();
        return new RunInfo.RuleSetVersion(d.id(), d.version(), d.contentHash(), new Bilingual(d.nameVi(), d.nameEn()),
                d.effectiveFrom(), d.effectiveTo(), d.provinces(), labels, criteria, deadlines, plan(d.rollout()));
    }

    private static RunInfo.Plan plan(Rollout r) {
        if (r == null) {
            return null;
        }
        return new RunInfo.Plan(new Bilingual(r.achieved(Lang.VI), r.achieved(Lang.EN)),
                Bilingual.orNull(r.outside(Lang.VI), r.outside(Lang.EN)), r.phases().stream()
                        .map(p -> new RunInfo.Phase(p.number(), new Bilingual(p.name(Lang.VI), p.name(Lang.EN)), p.from(),
                                p.to(), p.target(), new Bilingual(p.population(Lang.VI), p.population(Lang.EN)),
                                new Bilingual(p.description(Lang.VI), p.description(Lang.EN))))
                        .toList());
    }

    /**
     * The run with each unit's verdict and criteria outcomes only (no explanation, finding or evidence): what a
     * batch keeps of every unit to write the reports' summaries once the units' details are written.
     */
    public RunDocument outline(RunResult run) {
        return new RunDocument(RunDocument.CURRENT, runInfo(run), summary(run.results(), run.ruleSetsUsed()),
                run.results().stream().map(ResultDocument::outline).toList(), problems(run.errors()),
                problems(run.warnings()));
    }

    private static UnitEntry outline(UnitResult r) {
        List<CriterionEntry> criteria = r.criteria().stream().map(c -> new CriterionEntry(c.id(),
                new Bilingual(c.criterion().titleVi(), c.criterion().titleEn()), c.outcome(),
                new Bilingual(c.outcome().label(Lang.VI), c.outcome().label(Lang.EN)), null, null, c.validUntil(), List.of(),
                List.of())).toList();
        return unit(r, criteria, List.of(), r.ruleSet().verdictLabel(r.verdict(), Lang.VI),
                r.ruleSet().verdictLabel(r.verdict(), Lang.EN));
    }

    /** Every problem of the run in its order, each with its severity, as the reports list them. */
    public static List<Problem> ordered(List<DataProblem> problems) {
        return problems.stream().map(p -> problem(p, p.isError() ? "ERROR" : "WARNING")).toList();
    }

    private static RunInfo.InputFile input(InputSummary i) {
        return new RunInfo.InputFile(i.file(), i.sha256(), i.communes(), i.persons(), i.villages(), i.models(),
                i.annualRows(), i.errors(), i.warnings());
    }

    /**
     * {@code units} and {@code verdicts} (counts by verdict code) of the whole run; when the run mixes rule sets,
     * also {@code byRuleSet}: each rule set's units and counts, with its verdict labels in vi and en (from its
     * latest version used), as the console and the HTML report count them.
     */
    static Summary summary(List<UnitResult> results, List<RuleSetDefinition> used) {
        List<Summary.RuleSetCount> byRuleSet = List.of();
        if (Units.columns(used).size() > 1) {
            byRuleSet = Units.byRuleSet(results, used).stream()
                    .map(t -> new Summary.RuleSetCount(t.ruleSetId(), t.units(), t.counts(), t.words().labels())).toList();
        }
        return new Summary(results.size(), VerdictCounts.count(results, UnitResult::verdict), byRuleSet);
    }

    /**
     * The records of a workbook's units, given to {@code each} one at a time as each is built (then let go);
     * {@code problems} are those of their rows.
     */
    public void results(List<UnitResult> units, List<DataProblem> problems, java.util.function.Consumer<UnitEntry> each) {
        ProblemsByRow byRow = new ProblemsByRow(problems);
        for (UnitResult r : units) {
            each.accept(result(r, byRow));
        }
    }

    public UnitEntry result(UnitResult r) {
        return result(r, new ProblemsByRow(List.of()));
    }

    /**
     * One result; {@code unitWarnings} and each criterion's {@code warnings} repeat the run's errors and
     * warnings that explain them (the unit's own row; the rows and cells behind a failing or undecided
     * condition), so that a reader sees them beside what they explain, not only at the end.
     */
    UnitEntry result(UnitResult r, ProblemsByRow byRow) {
        Explanations ex = explanations(r.ruleSet());
        Map<String, List<DataProblem>> byCriterion = byRow.ofCriteria(r);
        List<CriterionEntry> criteria = r.criteria().stream()
                .map(c -> criterion(c, ex, noted(byCriterion.getOrDefault(c.id(), List.of())))).toList();
        return unit(r, criteria, noted(byRow.of(r)), ex.verdict(r.verdict(), Lang.VI), ex.verdict(r.verdict(), Lang.EN));
    }

    private static UnitEntry unit(UnitResult r, List<CriterionEntry> criteria, List<Problem> unitWarnings,
                                  String verdictVi, String verdictEn) {
        String province;
        String district;
        if (r.subject() instanceof Commune c) {
            province = c.getProvince();
            district = c.getDistrict();
        } else {
            province = (String) r.subject().value("province");
            district = r.subject().value("district") instanceof String d ? d : null;
        }
        return new UnitEntry(r.unitCode(), r.unitName(), r.year(), province, district, r.subject().getRow().file(),
                r.subject().getRow().row(), r.ruleSet().id(), r.ruleSet().version(), r.ruleSet().contentHash(),
                r.referenceDate(), r.verdict(), new Bilingual(verdictVi, verdictEn), r.forReference(),
                r.forReference() ? new Bilingual(Texts.notInForce(r, Lang.VI), Texts.notInForce(r, Lang.EN)) : null,
                r.validUntil(), r.cellsToFill().stream().map(CellRef::label).toList(), unitWarnings, criteria,
                r.subject().getRow().sheet(), phaseOf(r),
                new Bilingual(r.ruleSet().nameVi(), r.ruleSet().nameEn()));
    }

    private static CriterionEntry criterion(CriterionResult c, Explanations ex, List<Problem> warnings) {
        // each finding's sentences rendered once, for the criterion's explanation and for the finding's own
        Map<Finding, FindingTexts> texts = new IdentityHashMap<>();
        for (Finding f : c.findings()) {
            texts.computeIfAbsent(f, k -> new FindingTexts(ex.finding(k, Lang.VI), ex.finding(k, Lang.EN), ex.remedy(k, Lang.VI),
                    ex.remedy(k, Lang.EN)));
        }
        Bilingual remedy = c.outcome() != Outcome.FAIL ? null
                : Bilingual.orNull(Explanations.remedy(c, f -> texts.get(f).remedyVi()),
                        Explanations.remedy(c, f -> texts.get(f).remedyEn()));
        return new CriterionEntry(c.id(), new Bilingual(c.criterion().titleVi(), c.criterion().titleEn()), c.outcome(),
                new Bilingual(c.outcome().label(Lang.VI), c.outcome().label(Lang.EN)),
                new Bilingual(ex.criterion(c, f -> texts.get(f).vi(), Lang.VI), ex.criterion(c, f -> texts.get(f).en(), Lang.EN)),
                remedy, c.validUntil(), c.findings().stream().map(f -> finding(f, texts.get(f))).toList(), warnings);
    }

    /** A finding's explanation and remedy in both languages. */
    private record FindingTexts(String vi, String en, String remedyVi, String remedyEn) {}

    private static ConditionFinding finding(Finding f, FindingTexts t) {
        return new ConditionFinding(f.condition(), f.outcome(), f.required(), f.found(), f.shortBy(),
                new Bilingual(t.vi(), t.en()), Bilingual.orNull(t.remedyVi(), t.remedyEn()), f.validUntil(),
                f.evidence().stream().map(ResultDocument::evidence).toList(),
                f.missing().stream().map(CellRef::label).toList());
    }

    private static ConditionFinding.EvidenceRow evidence(Evidence e) {
        return new ConditionFinding.EvidenceRow(e.sheet(), e.row(), e.id(), e.missing().stream().map(CellRef::a1).toList());
    }

    /** Problems repeated beside what they explain, each with its severity ({@code ERROR} or {@code WARNING}). */
    private static List<Problem> noted(List<DataProblem> problems) {
        return problems.stream().map(p -> problem(p, p.isError() ? "ERROR" : "WARNING")).toList();
    }

    static List<Problem> problems(List<DataProblem> problems) {
        return problems.stream().map(ResultDocument::problem).toList();
    }

    public static Problem problem(DataProblem p) {
        return problem(p, null);
    }

    private static Problem problem(DataProblem p, String severity) {
        return new Problem(p.file(), p.sheet(), p.row(), p.cell(), p.column(), new Bilingual(p.vi(), p.en()), severity);
    }

    private Explanations explanations(RuleSetDefinition def) {
        synchronized (explanations) {
            return explanations.computeIfAbsent(def, Explanations::new);
        }
    }

    /** The phase of a result's commune under its rule set's plan, or null. */
    private static Integer phaseOf(UnitResult r) {
        Rollout rollout = r.ruleSet().rollout();
        return rollout != null && r.subject() instanceof Commune c ? rollout.phaseOf(c) : null;
    }
}
