package vn.xkmt.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import vn.xkmt.commune.Fact;

/**
 * A rule set version compiled into one Drools KieBase, built once and shared by all threads; each
 * unit is evaluated in a session of its own. The engine knows no province: the rules decide
 * conditions, and a criterion's outcome is the three-valued AND of its conditions.
 */
public final class CompiledRuleSet {

    private static final AtomicLong BUILDS = new AtomicLong();

    private final RuleSetDefinition definition;
    private final KieBase kieBase;
    /**
     * Sessions are reused: disposing a pooled session resets it and gives it back, so evaluating a
     * commune does not build a session's node memories anew (docs/performance.md).
     */
    private final KieSessionsPool sessions;

    private CompiledRuleSet(RuleSetDefinition definition, KieBase kieBase) {
        this.definition = definition;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** Compiles the DRL of a rule set; every compile error is reported with its file, line and column. */
    public static CompiledRuleSet compile(RuleSetDefinition def) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("vn.xkmt.rules", def.id().replaceAll("[^A-Za-z0-9]", "_"),
                "0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        def.drl().forEach((name, text) -> kfs.write("src/main/resources/" + packagePath(def) + "/" + name, text));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath().substring(m.getPath().lastIndexOf('/') + 1);
            problems.add(new RuleProblem(def.folder() + "/" + path, m.getLine(), m.getColumn(), m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(def.id() + " " + def.version(), problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        ks.getRepository().removeKieModule(releaseId);
        return new CompiledRuleSet(def, container.getKieBase());
    }

    private static String packagePath(RuleSetDefinition def) {
        return "xkmt/" + def.id().replaceAll("[^A-Za-z0-9]", "_");
    }

    public RuleSetDefinition definition() {
        return definition;
    }

    /** Evaluates one unit in a session of its own. Never throws on data: unknown values stay undecided. */
    public UnitResult evaluate(UnitFacts unit) {
        List<Finding> findings = fire(unit);
        Map<String, List<Finding>> byCriterion = new HashMap<>();
        findings.forEach(f -> byCriterion.computeIfAbsent(f.criterion(), k -> new ArrayList<>()).add(f));
        List<CriterionResult> results = new ArrayList<>();
        for (CriterionDef c : definition.criteria()) {
            results.add(decide(c, byCriterion.getOrDefault(c.id(), List.of())));
        }
        Verdict verdict = Verdict.of(results.stream().map(CriterionResult::outcome).toList());
        return new UnitResult(unit.subject(), unit.unitCode(), unit.unitName(), unit.year(), unit.referenceDate(),
                definition, verdict, results);
    }

    private List<Finding> fire(UnitFacts unit) {
        KieSession session = sessions.newKieSession();
        try {
            session.setGlobal("findings", new Findings(unit.file(), unit.presentSheets()));
            session.insert(unit.subject());
            for (Fact f : unit.members()) {
                session.insert(f);
            }
            definition.parameters().values().forEach(p -> session.insert(p.at(unit.referenceDate())));
            session.fireAllRules();
            List<Finding> out = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Finding)) {
                out.add((Finding) o);
            }
            return out;
        } finally {
            session.dispose();
        }
    }

    /** A criterion is the AND of its conditions; a condition no rule decided is reported, never passed. */
    private static CriterionResult decide(CriterionDef c, List<Finding> found) {
        Map<String, Finding> byCondition = new LinkedHashMap<>();
        for (String cond : c.conditions()) {
            found.stream().filter(f -> f.condition().equals(cond)).findFirst()
                    .ifPresentOrElse(f -> byCondition.put(cond, f), () -> byCondition.put(cond, undecided(c, cond)));
        }
        found.stream().filter(f -> !byCondition.containsKey(f.condition())).forEach(f -> byCondition.put(f.condition(), f));
        Outcome outcome = Outcome.PASS;
        for (Finding f : byCondition.values()) {
            outcome = outcome.and(f.outcome());
        }
        return new CriterionResult(c, outcome, new ArrayList<>(byCondition.values()));
    }

    private static Finding undecided(CriterionDef c, String condition) {
        return new FindingBuilder(c.id(), condition).outcome(Outcome.INSUFFICIENT_DATA).variant("norule").build();
    }
}
