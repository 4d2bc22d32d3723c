package vn.xkmt.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Drools' compiler messages as XKMT's problems: each placed on the DRL file, line and (1-based) column
 * it is about, without the positions Drools writes into its text, with what Drools says twice said once.
 */
final class DroolsMessages {

    private DroolsMessages() {
    }

    /** The problems Drools' error messages report, by DRL file and position. */
    static List<RuleProblem> problems(RuleSetDefinition def, List<Message> errors) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : errors) {
            if (errors.size() > 1 && m.getText().contains(NULL_PACKAGE)) {
                continue;
            }
            String path = m.getPath() == null ? "" : m.getPath().substring(m.getPath().lastIndexOf('/') + 1);
            String text = m.getText().strip();
            if (path.endsWith(".java")) {
                if (!GeneratedSourceError.isSourceDump(text)) {
                    problems.add(GeneratedSourceError.locate(def, m.getLine(), text, sources(errors).get(path)));
                }
                continue;
            }
            int line = m.getLine() > 0 ? m.getLine() : lineOf(def.drl().get(path), text);
            problems.add(new RuleProblem(def.folder() + "/" + path, line,
                    column(def.drl().get(path), line, text), plain(text)));
        }
        return problems;
    }

    /** An expression the executable model's parser gave up on, which it reports without a place. */
    static List<RuleProblem> unparsable(RuleSetDefinition def, RuntimeException e) {
        return List.of(new RuleProblem(def.folder(), 0, 0, EngineWords.both("rules.unparsable")
                + " (" + firstLine(e) + ")"));
    }

    /** What an executable-model message quotes: a class it cannot find, an expression it cannot read. */
    private static final Pattern QUOTES = Pattern.compile(
            "(?:Unable to find class: |expression: |Unable to Analyse Expression )(.+?)\\s*:?\\s*$|'([^'\\s]+)'", Pattern.MULTILINE);

    /**
     * The line of an executable-model message, which gives none: the first line of the file, not a
     * comment, holding what the message quotes; 0 when it cannot be found.
     */
    static int lineOf(String drl, String message) {
        if (drl == null) {
            return 0;
        }
        Matcher q = QUOTES.matcher(message);
        while (q.find()) {
            String quoted = (q.group(1) != null ? q.group(1) : q.group(2)).strip();
            String[] lines = drl.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].strip().startsWith("//") && lines[i].contains(quoted)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The generated sources Drools quotes after a Java compile error, by file name. */
    private static Map<String, String> sources(List<Message> errors) {
        Map<String, String> out = new HashMap<>();
        for (Message m : errors) {
            String path = m.getPath() == null ? "" : m.getPath().substring(m.getPath().lastIndexOf('/') + 1);
            if (GeneratedSourceError.isSourceDump(m.getText())) {
                out.put(path, GeneratedSourceError.source(m.getText()));
            }
        }
        return out;
    }

    static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.lines().findFirst().orElse("").strip();
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
    private static final Pattern EXPRESSION = Pattern.compile(
            "(?:Unable to Analyse Expression |expression: |Unable to find class: )(.+?):?\\s*$", Pattern.MULTILINE);

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
}
