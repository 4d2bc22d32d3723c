package vn.xkmt.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.Subject;
import vn.xkmt.evaluation.Verdict;

/**
 * Every message key the code names exists in its bundle, in both languages: the keys written as literals in the calls
 * of each feature's accessor ({@code Texts.t("title", …)}, {@code RuleSetWords.both("noDrl")}), and the keys the code
 * builds from an enum or a choice ({@code "verdict." + name()}), and the web's problems ({@code WebProblem.of(404,
 * "not-found")}).
 */
class MessageKeysInCodeTest {

    /** Accessor (as a regular expression naming the call) → bundle, per source folder. */
    private record Accessor(String folder, Pattern call, String bundle, boolean keyIsSecond) {}

    private static final List<Accessor> ACCESSORS = List.of(
            new Accessor("report", Pattern.compile("(?<![\\w.])(?:Texts\\.)?t\\("), "vn.xkmt.report.messages", false),
            new Accessor("evaluation", Pattern.compile("EngineWords\\.(?:get|both)\\("), "vn.xkmt.evaluation.labels", false),
            new Accessor("batch", Pattern.compile("(?<![\\w.])(?:vi|en|both)\\(|WORDS\\.get\\("), "vn.xkmt.batch.messages", false),
            new Accessor("ruleset", Pattern.compile("RuleSetWords\\.both\\("), "vn.xkmt.ruleset.messages", false),
            new Accessor("ruleset", Pattern.compile("RuleSetWords\\.in\\("), "vn.xkmt.ruleset.messages", true),
            new Accessor("cli", Pattern.compile("CliWords\\.(?:both|tight)\\("), "vn.xkmt.cli.messages", false),
            new Accessor("cli", Pattern.compile("CliWords\\.in\\("), "vn.xkmt.cli.messages", true),
            new Accessor("cli", Pattern.compile("(?<![\\w.])fail\\("), "vn.xkmt.cli.messages", false),
            new Accessor("authoring", Pattern.compile("AuthoringWords\\.(?:both|tight)\\(|(?<![\\w.])refused\\([^,]*,"),
                    "vn.xkmt.authoring.messages", false),
            new Accessor("ingest", Pattern.compile("(?<![\\w.])of\\(|WORDS\\.text\\("), "vn.xkmt.ingest.messages", false));

    private static final Pattern KEY = Pattern.compile("\"([A-Za-z][\\w-]*(?:\\.[\\w-]+)*)\"");

    @Test
    void everyKeyNamedInTheCodeIsInItsBundleInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Accessor a : ACCESSORS) {
            Messages bundle = Messages.of(a.bundle());
            for (String key : keysCalled(Path.of("src/main/java/vn/xkmt", a.folder()), a)) {
                named++;
                check(bundle, a.bundle(), key, missing);
            }
        }
        assertThat(named).isGreaterThan(150);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyWebProblemTheCodeNamesIsInTheProblemBundleInBothLanguages() throws IOException {
        Accessor problems = new Accessor("web", Pattern.compile("WebProblem\\.(?:of|detailed)\\("), "vn.xkmt.web.problems", true);
        List<String> missing = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> folders = Files.walk(Path.of("src/main/java/vn/xkmt/web"))) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                keys.addAll(keysCalled(folder, problems));
            }
        }
        for (String key : keys) {
            check(Messages.of(problems.bundle()), "problems", key, missing);
        }
        assertThat(keys).contains("not-found", "forbidden-province", "no-file", "too-large", "too-many.uploads", "csrf")
                .hasSizeGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBuiltFromAnEnumOrAChoiceIsInItsBundleInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            check(Messages.of("vn.xkmt.evaluation.labels"), "labels", "verdict." + v.name(), missing);
        }
        for (Outcome o : Outcome.values()) {
            check(Messages.of("vn.xkmt.evaluation.labels"), "labels", "outcome." + o.name(), missing);
        }
        for (Subject s : Subject.values()) {
            check(Messages.of("vn.xkmt.batch.messages"), "batch", "subject." + s.name(), missing);
        }
        for (String limit : List.of("firings", "steps", "seconds", "megabytes")) {
            check(Messages.of("vn.xkmt.ruleset.messages"), "ruleset", "unit." + limit, missing);
        }
        for (String kind : List.of("error", "warning")) {
            for (String one : List.of("", ".one")) {
                for (String where : List.of("otherRows", "inColumn")) {
                    check(Messages.of("vn.xkmt.ingest.messages"), "ingest", "similar." + kind + one + "." + where, missing);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(Verdict.ELIGIBLE.defaultLabel(Lang.EN)).isEqualTo("Eligible for recognition");
        assertThat(Outcome.INSUFFICIENT_DATA.label(Lang.VI)).isEqualTo("Chưa đủ dữ liệu");
    }

    private static void check(Messages bundle, String name, String key, List<String> missing) {
        for (Lang l : Lang.values()) {
            if (!bundle.has(key, l)) {
                missing.add(name + "_" + l.tag() + ": " + key);
            }
        }
    }

    /** The literal keys in the accessor's key argument (both sides of a choice {@code a ? "x" : "y"}). */
    private static TreeSet<String> keysCalled(Path folder, Accessor a) throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = a.call().matcher(src);
                while (m.find()) {
                    String arg = argument(src, m.end(), a.keyIsSecond() ? 1 : 0);
                    if (arg.contains("+")) {
                        continue; // a key built at run time: see the enum and choice test
                    }
                    Matcher k = KEY.matcher(arg);
                    while (k.find()) {
                        keys.add(k.group(1));
                    }
                }
            }
        }
        return keys;
    }

    /** The {@code index}-th argument of the call whose arguments start at {@code from}. */
    private static String argument(String src, int from, int index) {
        int depth = 0;
        int n = 0;
        StringBuilder arg = new StringBuilder();
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (src.charAt(end) != '"') {
                    end += src.charAt(end) == '\\' ? 2 : 1;
                }
                if (n == index) {
                    arg.append(src, i, end + 1);
                }
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth-- == 0) {
                    break;
                }
            } else if (c == ',' && depth == 0) {
                if (n++ == index) {
                    break;
                }
                continue;
            }
            if (n == index) {
                arg.append(c);
            }
        }
        return arg.toString();
    }

}
