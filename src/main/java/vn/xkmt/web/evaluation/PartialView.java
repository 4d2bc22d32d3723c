package vn.xkmt.web.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.RunInfo;
import vn.xkmt.report.result.Summary;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.report.result.VerdictCounts;
import vn.xkmt.web.Provinces;
import vn.xkmt.web.security.XkmtUser;

/**
 * A stored evaluation cut down to what a user of only some of its provinces may see, before anything
 * is rendered or counted: the results of their provinces; counts (units, verdicts, communes, persons,
 * villages, models, annual rows) of those results only; the rule set versions (with their hashes, and
 * so the deadlines their plans set) that decided those results only; the provinces they cover only;
 * no errors or warnings (those may be about the others' rows). Used for the list, history, result
 * page, JSON and API answers, and the report workbook and printable HTML.
 */
final class PartialView {

    private PartialView() {
    }

    /** The list entry: counts and rule set versions of the user's units. */
    static EvaluationSummary summary(EvaluationSummary s, List<UnitRow> units, XkmtUser user) {
        List<UnitRow> mine = units.stream().filter(u -> user.covers(u.province())).toList();
        Set<String> used = new LinkedHashSet<>();
        mine.forEach(u -> used.add(u.ruleSetId() + "@" + u.ruleSetVersion() + "#" + u.ruleSetHash()));
        List<String> ruleSets = s.ruleSets().stream().filter(used::contains).toList();
        return new EvaluationSummary(s.id(), s.createdAt(), s.createdBy(), s.fileName(), s.sha256(), s.size(),
                s.xkmtVersion(), ruleSets, mine.size(), count(mine, Verdict.ELIGIBLE), count(mine, Verdict.NOT_ELIGIBLE),
                count(mine, Verdict.UNDETERMINED), 0, 0, s.durationMs(),
                s.provinces().stream().filter(user::covers).toList());
    }

    private static int count(List<UnitRow> units, Verdict v) {
        return VerdictCounts.count(units, u -> Verdict.valueOf(u.verdict())).get(v);
    }

    /** The result document with only the user's results, and every count and version made from them. */
    static RunDocument document(RunDocument doc, XkmtUser user) {
        List<UnitEntry> mine = doc.results(r -> user.covers(Provinces.key(r.province())));
        return new RunDocument(doc.schemaVersion(), run(doc.run(), mine), summary(doc.summary(), mine), mine, List.of(),
                List.of());
    }

    /** {@code run}: the rule set versions of the user's results; each input counted by those results. */
    private static RunInfo run(RunInfo run, List<UnitEntry> mine) {
        Set<String> used = new LinkedHashSet<>();
        mine.forEach(r -> used.add(r.ruleSetKey()));
        List<RunInfo.RuleSetVersion> ruleSets = run.ruleSets().stream().filter(d -> used.contains(d.key())).toList();
        List<RunInfo.InputFile> inputs = new ArrayList<>();
        for (RunInfo.InputFile in : run.inputs()) {
            String file = in.file();
            List<UnitEntry> ofFile = mine.stream().filter(r -> file == null || file.equals(r.file())).toList();
            // persons, villages and models are not in the stored result by commune: left out, not guessed
            inputs.add(new RunInfo.InputFile(in.file(), in.sha256(), (int) ofFile.stream().filter(r -> !r.annual()).count(),
                    null, null, null, (int) ofFile.stream().filter(UnitEntry::annual).count(), 0, 0));
        }
        return new RunInfo(run.startedAt(), run.finishedAt(), run.xkmtVersion(), inputs, ruleSets);
    }

    /** {@code summary}: units and verdict counts of the user's results, per rule set when the document had that. */
    private static Summary summary(Summary summary, List<UnitEntry> mine) {
        List<Summary.RuleSetCount> kept = new ArrayList<>();
        for (Summary.RuleSetCount t : summary.byRuleSet()) {
            List<UnitEntry> of = mine.stream().filter(r -> t.ruleSet().equals(r.ruleSet())).toList();
            if (!of.isEmpty()) {
                kept.add(new Summary.RuleSetCount(t.ruleSet(), of.size(), VerdictCounts.count(of, UnitEntry::verdict),
                        t.verdictLabels()));
            }
        }
        return new Summary(mine.size(), VerdictCounts.count(mine, UnitEntry::verdict), kept.size() > 1 ? kept : List.of());
    }
}
