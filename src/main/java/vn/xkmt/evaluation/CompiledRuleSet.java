package vn.xkmt.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Compiles the DRL of a rule set; every compile error is reported with its file, line and (1-based) column. */
    public static CompiledRuleSet compile(RuleSetDefinition def) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("vn.xkmt.rules", def.id().replaceAll("[^A-Za-z0-9]", "_"),
                "0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        def.drl().forEach((name, text) -> kfs.write("src/main/resources/" + packagePath(def) + "/" + name, text));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message m : errors) {
            if (errors.size() > 1 && m.getText().contains(NULL_PACKAGE)) {
                continue;
            }
            String path = m.getPath() == null ? "" : m.getPath().substring(m.getPath().lastIndexOf('/') + 1);
            String text = m.getText().strip();
            problems.add(new RuleProblem(def.folder() + "/" + path, m.getLine(),
                    column(def.drl().get(path), m.getLine(), text), plain(text)));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(def.id() + " " + def.version(), problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        ks.getRepository().removeKieModule(releaseId);
        return new CompiledRuleSet(def, container.getKieBase());
    }

    /** Drools' follow-up to a parse error, which says nothing the parse error does not. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    /** {@code [ERR 101] Line 10:31 }: said again, better, by the problem's own line and column. */
    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+\\s+");
    /** {@code [Line: 14, Column: 4]}: the start of the rule's pattern, said better by the problem's own position. */
    private static final Pattern ANALYSER_POSITION = Pattern.compile("\\s*\\[Line: \\d+, Column: \\d+\\][^\\n]*");

    /** The message without the positions Drools writes into it, which the problem's own line and column replace. */
    static String plain(String message) {
        return ANALYSER_POSITION.matcher(PARSER_PREFIX.matcher(message).replaceFirst("")).replaceAll("").strip();
    }

    private static final Pattern PARSER_POSITION = Pattern.compile("\\bLine (\\d+):(\\d+)\\b");
    private static final Pattern QUOTED = Pattern.compile("'([^'\\s]+)'");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):?\\s*$", Pattern.MULTILINE);

    /**
     * The 1-based column of a compile error on its line. Drools' builder reports none (always 0), so
     * it is taken from the parser's {@code Line L:C} (0-based) when there is one, else from where the
     * type or expression the message quotes first appears on the line, else the line's first
     * character that is not blank; 0 when the line is not in the file.
     */
    static int column(String drl, int line, String message) {
        Matcher parser = PARSER_POSITION.matcher(message);
        if (parser.find() && Integer.parseInt(parser.group(1)) == line) {
            return Integer.parseInt(parser.group(2)) + 1;
        }
        String[] lines = drl == null ? new String[0] : drl.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return 0;
        }
        String text = lines[line - 1];
        for (Matcher m : List.of(QUOTED.matcher(message), EXPRESSION.matcher(message))) {
            if (m.find()) {
                int at = text.indexOf(m.group(1).strip());
                if (at >= 0) {
                    return at + 1;
                }
            }
        }
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return first < text.length() ? first + 1 : 0;
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
            session.setGlobal("findings", new Findings(unit.file(), unit.presentSheets(), unit.referenceDate(),
                    definition.effectiveTo()));
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
