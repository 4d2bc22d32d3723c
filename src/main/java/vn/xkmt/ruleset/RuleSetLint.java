package vn.xkmt.ruleset;

import vn.xkmt.text.Lang;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xkmt.evaluation.CriterionDef;
import vn.xkmt.evaluation.Deadline;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.evaluation.RuleSetDefinition;

/**
 * Checks a rule set before it is compiled: every rule names its criterion (its name starts with
 * the criterion id and it carries {@code @criterion("ID")}, an id of the manifest), every manifest
 * condition is decided by some rule and has its messages in vi and en, every message of one
 * language exists in the other, every parameter a rule reads exists, and the DRL stays inside the
 * sandbox.
 */
final class RuleSetLint {

    static final List<String> REQUIRED_SUFFIXES = List.of("pass", "fail", "unknown", "remedy");

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern CALL = Pattern.compile("findings\\s*\\.\\s*\\w+\\s*\\(\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"");
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
    private static final Pattern CRITERION_META = Pattern.compile("@criterion\\s*\\(\\s*\"?([^\")\\s]*)\"?\\s*\\)");
    private static final Pattern PARAM = Pattern.compile("Parameter\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"");

    private final RuleSetDefinition def;
    /** Missing messages already reported, as "lang key". */
    private final Set<String> reported = new HashSet<>();

    RuleSetLint(RuleSetDefinition def) {
        this.def = def;
    }

    List<RuleProblem> check() {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> decided = new LinkedHashSet<>();
        def.drl().forEach((file, text) -> checkDrl(file, text, decided, problems));
        for (CriterionDef c : def.criteria()) {
            String manifest = def.folder() + "/" + RuleSetLoader.MANIFEST;
            if (c.conditions().isEmpty()) {
                problems.add(new RuleProblem(manifest, 0, 0, c.id() + ": " + RuleSetWords.both("noConditions")));
            }
            for (String cond : c.conditions()) {
                if (!decided.contains(c.id() + "." + cond)) {
                    problems.add(new RuleProblem(manifest, 0, 0, c.id() + "." + cond
                            + ": " + RuleSetWords.both("noRule")));
                }
                for (Lang lang : Lang.values()) {
                    Map<String, String> msgs = def.messages().getOrDefault(lang.tag(), Map.of());
                    for (String suffix : REQUIRED_SUFFIXES) {
                        String key = c.id() + "." + cond + "." + suffix;
                        if (!msgs.containsKey(key) && reported.add(lang + " " + key)) {
                            problems.add(new RuleProblem(messagesFile(lang), 0, 0, RuleSetWords.both("missingMessage") + ": " + key));
                        }
                    }
                }
            }
        }
        checkLanguagesMatch(problems);
        checkDeadlines(problems);
        return problems;
    }

    /**
     * Every deadline has its sentence in vi and en and its source passage; a sentence names the
     * deadline's date as written in the manifest ({@code 16/12} or {@code 16/12/2023}, zeros allowed).
     */
    private void checkDeadlines(List<RuleProblem> problems) {
        String manifest = def.folder() + "/" + RuleSetLoader.MANIFEST;
        for (int i = 0; i < def.deadlines().size(); i++) {
            Deadline d = def.deadlines().get(i);
            String at = ManifestFile.DeadlineFile.at(i);
            for (Lang lang : Lang.values()) {
                String text = d.text().get(lang.tag());
                if (text == null || text.isBlank()) {
                    problems.add(new RuleProblem(manifest, 0, 0, at + ": " + RuleSetWords.both("noSentence", lang.tag())));
                } else if (!d.due().isEmpty() && !namesDate(text, d)) {
                    problems.add(new RuleProblem(manifest, 0, 0, at + "." + lang.tag() + ": "
                            + RuleSetWords.both("sentenceNoDate", d.due())));
                }
            }
            if (d.source() == null || d.source().isBlank()) {
                problems.add(new RuleProblem(manifest, 0, 0, at + ": " + RuleSetWords.both("noSource")));
            }
        }
    }

    private static boolean namesDate(String text, Deadline d) {
        return dueForms(d).stream()
                .anyMatch(f -> Pattern.compile("(?<!\\d)" + Pattern.quote(f) + "(?!\\d)").matcher(text).find());
    }

    /** How a sentence may write a deadline's date: {@code 6/6}, {@code 06/06}, with the year for a fixed date. */
    private static List<String> dueForms(Deadline d) {
        int day = d.date() != null ? d.date().getDayOfMonth() : d.dayMonth().getDayOfMonth();
        int month = d.date() != null ? d.date().getMonthValue() : d.dayMonth().getMonthValue();
        String year = d.date() != null ? "/" + d.date().getYear() : "";
        List<String> forms = new ArrayList<>();
        for (String dd : List.of(String.valueOf(day), String.format("%02d", day))) {
            for (String mm : List.of(String.valueOf(month), String.format("%02d", month))) {
                forms.add(dd + "/" + mm + year);
            }
        }
        return forms;
    }

    /** Every key of one language's messages exists in the other's (a missing file is reported once, by the loader). */
    private void checkLanguagesMatch(List<RuleProblem> problems) {
        for (Lang lang : Lang.values()) {
            Map<String, String> mine = def.messages().getOrDefault(lang.tag(), Map.of());
            for (Lang other : Lang.values()) {
                Map<String, String> theirs = def.messages().getOrDefault(other.tag(), Map.of());
                if (other == lang || mine.isEmpty()) {
                    continue;
                }
                for (String key : new TreeSet<>(theirs.keySet())) {
                    if (!mine.containsKey(key) && reported.add(lang + " " + key)) {
                        problems.add(new RuleProblem(messagesFile(lang), 0, 0, RuleSetWords.both("missingMessage") + ": " + key
                                + " (" + RuleSetWords.both("presentIn") + " messages_" + other.tag() + ".properties)"));
                    }
                }
            }
        }
    }

    private String messagesFile(Lang lang) {
        return def.folder() + "/messages_" + lang.tag() + ".properties";
    }

    private void checkDrl(String file, String text, Set<String> decided, List<RuleProblem> problems) {
        String path = def.folder() + "/" + file;
        Matcher rule = RULE.matcher(text);
        while (rule.find()) {
            String name = rule.group(1);
            String id = name.split("\\s+", 2)[0];
            if (def.criterion(id).isEmpty()) {
                problems.add(new RuleProblem(path, line(text, rule.start(1)), 0, "luật \"" + name
                        + "\" " + RuleSetWords.both("ruleNoCriterionId")));
            }
            checkCriterionMetadata(path, text, rule, problems);
        }
        Matcher call = CALL.matcher(text);
        while (call.find()) {
            String crit = call.group(1);
            String cond = call.group(2);
            boolean known = def.criterion(crit).map(c -> c.conditions().contains(cond)).orElse(false);
            if (!known) {
                problems.add(new RuleProblem(path, line(text, call.start(1)), 0, crit + "." + cond
                        + ": " + RuleSetWords.both("unknownCondition")));
            }
            decided.add(crit + "." + cond);
        }
        Matcher param = PARAM.matcher(text);
        while (param.find()) {
            if (!def.parameters().containsKey(param.group(1))) {
                problems.add(new RuleProblem(path, line(text, param.start(1)), 0, "tham số \"" + param.group(1)
                        + "\" " + RuleSetWords.both("unknownParameter")));
            }
        }
    }

    /** The rule's header (between its name and {@code when}) carries {@code @criterion("ID")} with an id of the manifest. */
    private void checkCriterionMetadata(String path, String text, Matcher rule, List<RuleProblem> problems) {
        Matcher when = WHEN.matcher(text);
        int end = when.find(rule.end()) ? when.start() : text.length();
        Matcher meta = CRITERION_META.matcher(text).region(rule.end(), end);
        String name = rule.group(1);
        if (!meta.find()) {
            problems.add(new RuleProblem(path, line(text, rule.start(1)), 0, "luật \"" + name
                    + "\" " + RuleSetWords.both("ruleNoCriterion")));
        } else if (def.criterion(meta.group(1)).isEmpty()) {
            problems.add(new RuleProblem(path, line(text, meta.start(1)), 0, "luật \"" + name + "\": tiêu chí @criterion(\""
                    + meta.group(1) + "\") " + RuleSetWords.both("criterionNotInManifest")));
        }
    }

    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
