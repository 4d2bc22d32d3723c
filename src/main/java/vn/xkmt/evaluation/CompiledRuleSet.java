package vn.xkmt.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
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

    private final RuleLimits limits;

    private CompiledRuleSet(RuleSetDefinition definition, KieBase kieBase, RuleLimits limits) {
        this.definition = definition;
        this.kieBase = kieBase;
        this.limits = limits;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** Compiles the DRL of a rule set under the default limits. */
    public static CompiledRuleSet compile(RuleSetDefinition def) {
        return compile(def, RuleLimits.DEFAULTS);
    }

    /**
     * Compiles the DRL of a rule set with Drools' executable model, so that every constraint and
     * consequence becomes bytecode; checks every generated class against the rule allowlist; meters
     * it; and builds the KieBase from the checked classes only. Every compile error and every refused
     * use is reported with its file, line and (1-based) column.
     */
    public static CompiledRuleSet compile(RuleSetDefinition def, RuleLimits limits) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("vn.xkmt.rules", def.id().replaceAll("[^A-Za-z0-9]", "_"),
                "0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        def.drl().forEach((name, text) -> kfs.write("src/main/resources/" + packagePath(def) + "/" + name,
                operatorMethods(text)));
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            throw new RuleSetException(def.id() + " " + def.version(), DroolsMessages.unparsable(def, e));
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
        List<RuleProblem> problems = new ArrayList<>(
                DroolsMessages.problems(def, builder.getResults().getMessages(Message.Level.ERROR)));
        if (!problems.isEmpty()) {
            throw new RuleSetException(def.id() + " " + def.version(), problems);
        }
        Map<String, byte[]> classes = generatedClasses((InternalKieModule) builder.getKieModule(), def, problems);
        RuleSourceLocator locator = new RuleSourceLocator(def.folder(), def.drl(), classes);
        problems.addAll(locator.problems(new RuleBytecodeCheck(RuleAllowlist.get(), classes,
                CompiledRuleSet.class.getClassLoader()).check()));
        if (!problems.isEmpty()) {
            throw new RuleSetException(def.id() + " " + def.version(), problems);
        }
        Map<String, byte[]> metered = new TreeMap<>();
        classes.forEach((name, bytes) -> metered.put(name, RuleMeter.meter(bytes)));
        return new CompiledRuleSet(def, kieBase(def, metered, limits), limits);
    }

    /** {@code a.and(b)}: the executable model's parser reads and/or/not after a dot as its own operators. */
    private static final Pattern OPERATOR_METHOD = Pattern.compile("\\)\\s*\\.\\s*(and|or|not)\\s*\\(");

    /**
     * {@code a.and(b)}, {@code a.or(b)}, {@code a.not()} on three-valued values, as rules have always
     * written them, under the names the executable model's parser accepts ({@code andAlso},
     * {@code orElse}, {@code negated}): its parser reads and/or/not after a dot as operators. Same
     * lines, so every position a message gives stays right; the allowlist checks the compiled result.
     */
    static String operatorMethods(String drl) {
        Matcher m = OPERATOR_METHOD.matcher(drl);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = switch (m.group(1)) {
                case "and" -> "andAlso";
                case "or" -> "orElse";
                default -> "negated";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(drl.substring(m.start(), m.start(1)) + name
                    + drl.substring(m.end(1), m.end())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Where Drools writes the project's own model class, which the KieBase built here does not need. */
    private static final String PROJECT_MODEL = "org/drools/project/model/";

    /** Every class generated from the rule set's DRL, by internal name; a DRL package outside {@code xkmt.} is refused. */
    private static Map<String, byte[]> generatedClasses(InternalKieModule module, RuleSetDefinition def,
                                                        List<RuleProblem> problems) {
        Map<String, byte[]> classes = new TreeMap<>();
        for (String file : module.getFileNames()) {
            if (!file.endsWith(".class") || file.startsWith(PROJECT_MODEL)) {
                continue;
            }
            String name = file.substring(0, file.length() - ".class".length());
            if (!name.startsWith("xkmt/")) {
                problems.add(new RuleProblem(def.folder(), 0, 0, EngineWords.both("rules.package",
                        name.substring(0, Math.max(0, name.lastIndexOf('/'))).replace('/', '.'))));
                continue;
            }
            classes.put(name, module.getBytes(file));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(def.id() + " " + def.version(), problems);
        }
        return classes;
    }

    /** The rules' model classes, defined from the checked bytes, built into a KieBase under the limits. */
    private static KieBase kieBase(RuleSetDefinition def, Map<String, byte[]> classes, RuleLimits limits) {
        RuleClassLoader loader = new RuleClassLoader(classes, CompiledRuleSet.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        try (RuleBudget budget = RuleBudget.open(limits)) {
            for (String name : classes.keySet()) {
                String simple = name.substring(name.lastIndexOf('/') + 1);
                if (!MODEL_CLASS.matcher(simple).matches()) {
                    continue;
                }
                Class<?> c = loader.loadClass(name.replace('/', '.'));
                if (Model.class.isAssignableFrom(c)) {
                    models.add((Model) c.getDeclaredConstructor().newInstance());
                }
            }
            return KieBaseBuilder.createKieBaseFromModel(models, configuration());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new RuleSetException(def.id() + " " + def.version(), List.of(new RuleProblem(def.folder(), 0, 0,
                    EngineWords.both("rules.notBuilt") + ": " + DroolsMessages.firstLine(e))));
        }
    }

    /**
     * No sharing of beta nodes between rules: the executable model judges two accumulates alike by
     * their source patterns, and would hand one rule's collected members to another rule whose
     * accumulate reads the same facts with a different function.
     */
    private static KieBaseConfiguration configuration() {
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setProperty("drools.shareBetaNodes", "false");
        return conf;
    }

    /** {@code Rules<hash>}: the class of each DRL package that lists its rules. */
    private static final Pattern MODEL_CLASS = Pattern.compile("Rules[0-9A-F]{16,}");

    private static String packagePath(RuleSetDefinition def) {
        return "xkmt/" + def.id().replaceAll("[^A-Za-z0-9]", "_");
    }

    public RuleSetDefinition definition() {
        return definition;
    }

    public RuleLimits limits() {
        return limits;
    }

    /**
     * Evaluates one unit in a session of its own. Never throws on data: unknown values stay undecided.
     * Rule code that reaches a limit, or fails, stops this unit only: every criterion is then
     * undetermined with the reason ({@link UnitResult#stoppedBy()}).
     */
    public UnitResult evaluate(UnitFacts unit) {
        Fired fired = fire(unit);
        List<Finding> findings = fired.findings();
        Map<String, List<Finding>> byCriterion = new HashMap<>();
        findings.forEach(f -> byCriterion.computeIfAbsent(f.criterion(), k -> new ArrayList<>()).add(f));
        List<CriterionResult> results = new ArrayList<>();
        for (CriterionDef c : definition.criteria()) {
            results.add(fired.stopped() == null ? decide(c, byCriterion.getOrDefault(c.id(), List.of()))
                    : stopped(c, fired.stopped()));
        }
        Verdict verdict = Verdict.of(results.stream().map(CriterionResult::outcome).toList());
        return new UnitResult(unit.subject(), unit.unitCode(), unit.unitName(), unit.year(), unit.referenceDate(),
                definition, verdict, results);
    }

    /** What a session produced: its findings, or why it was stopped ({@code stopped-…} variant). */
    private record Fired(List<Finding> findings, FindingVariant stopped) {
    }

    private Fired fire(UnitFacts unit) {
        KieSession session = sessions.newKieSession();
        boolean reusable = false;
        try (RuleBudget budget = RuleBudget.open(limits)) {
            try {
                session.setGlobal("findings", new Findings(unit.file(), unit.presentSheets(), unit.lostRows(),
                        unit.referenceDate(), definition.effectiveTo()));
                session.insert(unit.subject());
                for (Fact f : unit.members()) {
                    session.insert(f);
                }
                definition.parameters().values().forEach(p -> session.insert(p.at(unit.referenceDate())));
                int count = session.fireAllRules(limits.maxFirings());
                if (count >= limits.maxFirings()) {
                    budget.firingsExceeded();
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError | RuleBudget.RuleLimitExceeded e) {
                return new Fired(List.of(), stopReason(budget, e));
            }
            if (budget.exceeded() != null) {
                return new Fired(List.of(), stopReason(budget, null));
            }
            List<Finding> out = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Finding)) {
                out.add((Finding) o);
            }
            reusable = true;
            return new Fired(out, null);
        } finally {
            if (reusable) {
                session.dispose();
            } else {
                session.destroy();
            }
        }
    }

    /** {@code stopped-steps|time|memory|firings|error}: the engine's message variants for a stopped unit. */
    private static FindingVariant stopReason(RuleBudget budget, Throwable e) {
        RuleBudget.Limit limit = budget.exceeded();
        if (limit == null) {
            for (Throwable t = e; t != null && limit == null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof RuleBudget.RuleLimitExceeded r) {
                    limit = r.limit();
                } else if (t instanceof OutOfMemoryError) {
                    limit = RuleBudget.Limit.MEMORY;
                }
            }
        }
        return FindingVariant.stoppedBy(limit);
    }

    private CriterionResult stopped(CriterionDef c, FindingVariant reason) {
        Finding f = new FindingBuilder(c.id(), "rules").outcome(Outcome.INSUFFICIENT_DATA).variant(reason)
                .arg("firings", limits.maxFirings()).arg("steps", limits.maxSteps())
                .arg("seconds", limits.maxTime().toSeconds()).arg("megabytes", limits.maxAllocatedBytes() >> 20).build();
        return new CriterionResult(c, Outcome.INSUFFICIENT_DATA, List.of(f));
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
        return new FindingBuilder(c.id(), condition).outcome(Outcome.INSUFFICIENT_DATA).variant(FindingVariant.NO_RULE).build();
    }
}
