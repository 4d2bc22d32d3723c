package vn.xkmt.web.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.xkmt.batch.InputSummary;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.AnnualReport;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.Dataset;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.evaluation.Verdict;
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
        return (int) units.stream().filter(u -> v.name().equals(u.verdict())).count();
    }

    /** The result document with only the user's results, and every count and version made from them. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> document(Map<String, Object> doc, XkmtUser user) {
        List<Map<String, Object>> mine = new ArrayList<>();
        for (Object o : (List<Object>) doc.get("results")) {
            Map<String, Object> r = (Map<String, Object>) o;
            Object p = r.get("province");
            if (user.covers(Provinces.key(p == null ? null : p.toString()))) {
                mine.add(r);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>(doc);
        out.put("run", run((Map<String, Object>) doc.get("run"), mine));
        out.put("summary", summary((Map<String, Object>) doc.get("summary"), mine));
        out.put("results", mine);
        out.put("errors", List.of());
        out.put("warnings", List.of());
        return out;
    }

    /** {@code run}: the rule set versions of the user's results; each input counted by those results. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(Map<String, Object> run, List<Map<String, Object>> mine) {
        Map<String, Object> out = new LinkedHashMap<>(run);
        Set<List<Object>> used = new LinkedHashSet<>();
        mine.forEach(r -> used.add(List.of(str(r.get("ruleSet")), str(r.get("ruleSetVersion")), str(r.get("ruleSetHash")))));
        out.put("ruleSets", ((List<Map<String, Object>>) run.getOrDefault("ruleSets", List.of())).stream()
                .filter(d -> used.contains(List.of(str(d.get("id")), str(d.get("version")), str(d.get("contentHash")))))
                .toList());
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Map<String, Object> in : (List<Map<String, Object>>) run.getOrDefault("inputs", List.of())) {
            String file = str(in.get("file"));
            List<Map<String, Object>> ofFile = mine.stream().filter(r -> file == null || file.equals(str(r.get("file"))))
                    .toList();
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("file", in.get("file"));
            i.put("sha256", in.get("sha256"));
            // persons, villages and models are not in the stored result by commune: left out, not guessed
            i.put("communes", ofFile.stream().filter(r -> r.get("year") == null).count());
            i.put("annualRows", ofFile.stream().filter(r -> r.get("year") != null).count());
            i.put("errors", 0);
            i.put("warnings", 0);
            inputs.add(i);
        }
        out.put("inputs", inputs);
        return out;
    }

    /** {@code summary}: units and verdict counts of the user's results, per rule set when the document had that. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(Map<String, Object> summary, List<Map<String, Object>> mine) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("units", mine.size());
        m.put("verdicts", verdicts(mine));
        if (summary != null && summary.get("byRuleSet") instanceof List<?> byRuleSet) {
            List<Map<String, Object>> kept = new ArrayList<>();
            for (Object o : byRuleSet) {
                Map<String, Object> t = new LinkedHashMap<>((Map<String, Object>) o);
                List<Map<String, Object>> of = mine.stream().filter(r -> str(t.get("ruleSet")).equals(str(r.get("ruleSet"))))
                        .toList();
                if (!of.isEmpty()) {
                    t.put("units", of.size());
                    t.put("verdicts", verdicts(of));
                    kept.add(t);
                }
            }
            if (kept.size() > 1) {
                m.put("byRuleSet", kept);
            }
        }
        return m;
    }

    private static Map<String, Integer> verdicts(List<Map<String, Object>> results) {
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            verdicts.put(v.name(), (int) results.stream().filter(r -> v.name().equals(r.get("verdict"))).count());
        }
        return verdicts;
    }

    /** The run for the report writers: the user's results, each input counted by their communes and rows. */
    static RunResult run(RunResult run, Dataset ds, XkmtUser user) {
        List<UnitResult> mine = run.results().stream().filter(r -> user.covers(Provinces.key(province(r)))).toList();
        List<InputSummary> inputs = run.inputs().stream().map(i -> i.file().equals(ds.file()) ? input(i, ds, user)
                : new InputSummary(i.file(), i.sha256(), 0, 0, 0, 0, 0, 0, 0)).toList();
        return new RunResult(run.startedAt(), run.finishedAt(), run.xkmtVersion(), inputs, mine, List.of());
    }

    private static InputSummary input(InputSummary i, Dataset ds, XkmtUser user) {
        List<Commune> rows = ds.communes().stream().filter(c -> user.covers(Provinces.key(c.getProvince()))).toList();
        Set<String> communes = new LinkedHashSet<>();
        rows.stream().map(Commune::getCommuneCode).forEach(communes::add);
        long annual = ds.annualReports().stream().filter(a -> user.covers(Provinces.key(a.getProvince()))).count();
        return new InputSummary(i.file(), i.sha256(), rows.size(),
                (int) ds.persons().stream().filter(p -> communes.contains(p.getCommuneCode())).count(),
                (int) ds.villages().stream().filter(v -> communes.contains(v.getCommuneCode())).count(),
                (int) ds.models().stream().filter(m -> communes.contains(m.getCommuneCode())).count(),
                (int) annual, 0, 0);
    }

    static String province(UnitResult r) {
        return r.subject() instanceof Commune c ? c.getProvince()
                : r.subject() instanceof AnnualReport a ? a.getProvince() : null;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
