package vn.xkmt.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xkmt.evaluation.RuleProblem;

/**
 * What DRL may use: the fact model, the findings API and java.lang / java.time / java.math /
 * java.util. Files, network, reflection, {@code System}, {@code Runtime}, threads, class loading
 * and process creation are refused, by import or by fully qualified name anywhere in the text.
 * A guard against accidents and misuse by trusted policy staff, not a security boundary.
 *
 * <p>Reflection is refused at its entry points, not at {@code getClass()}: {@code $x.getClass()},
 * {@code getName()} and {@code getSimpleName()} only name a type and pass; what reaches members or
 * loaders is refused on any expression ({@code String.class} as much as {@code $x.getClass()}):
 * {@code getMethod(s)}, {@code getField(s)}, {@code getConstructor(s)}, every {@code getDeclared…},
 * {@code getRecordComponents}, {@code setAccessible}, {@code newInstance}, {@code java.lang.reflect},
 * {@code java.lang.invoke} and {@code MethodHandles} (reflection); {@code getClassLoader},
 * {@code ClassLoader}, {@code Class.forName}, {@code ServiceLoader}, {@code getModule} and
 * {@code getResource…} (class loading). The check reads the text with comments and string literals
 * blanked, so a word in a message or a comment is never refused.
 */
final class Sandbox {

    private static final List<String> ALLOWED_IMPORTS = List.of("vn.xkmt.commune.", "vn.xkmt.evaluation.",
            "java.lang.", "java.time.", "java.math.", "java.util.");

    /** Forbidden uses, with the kind named in the error (vi, en). */
    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden("java\\.io\\.|java\\.nio\\.|\\bFiles\\s*\\.|\\bFileInputStream\\b|\\bFileOutputStream\\b|\\bFileWriter\\b|\\bFileReader\\b|\\bRandomAccessFile\\b|\\bZipFile\\b|\\bJarFile\\b|\\bFileHandler\\b", "tệp", "files"),
            new Forbidden("java\\.net\\.|\\bSocket\\b|\\bURL\\s*\\(|\\bHttpClient\\b|\\bURLConnection\\b", "mạng", "network"),
            new Forbidden("java\\.lang\\.reflect\\.|\\.\\s*(?:getDeclared\\w*|getMethods?|getFields?|getConstructors?|getRecordComponents|setAccessible|newInstance)\\s*\\(|\\bMethodHandles?\\b|java\\.lang\\.invoke\\.|\\bUnsafe\\b", "phản chiếu", "reflection"),
            new Forbidden("\\bSystem\\s*\\.", "System", "System"),
            new Forbidden("\\bRuntime\\b", "Runtime", "Runtime"),
            new Forbidden("\\bThread\\b|java\\.util\\.concurrent\\.|\\bExecutors?\\b|\\bForkJoinPool\\b|\\bTimer(?:Task)?\\b", "luồng", "threads"),
            new Forbidden("\\b\\w*ClassLoader\\b|Class\\s*\\.\\s*forName|\\bServiceLoader\\b|\\.\\s*(?:getModule|getResource\\w*)\\s*\\(|\\bdefineClass\\b", "nạp lớp", "class loading"),
            new Forbidden("\\bProcessBuilder\\b|\\bProcess(?:Handle)?\\b|\\.exec\\s*\\(", "tạo tiến trình", "process creation"));

    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+|function\\s+|accumulate\\s+)?([\\w.]+)");

    private record Forbidden(Pattern pattern, String kindVi, String kindEn) {
        Forbidden(String regex, String kindVi, String kindEn) {
            this(Pattern.compile(regex), kindVi, kindEn);
        }
    }

    private Sandbox() {
    }

    static List<RuleProblem> check(String file, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        String code = stripComments(text);
        Matcher imp = IMPORT.matcher(code);
        while (imp.find()) {
            String name = imp.group(1);
            if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                problems.add(new RuleProblem(file, RuleSetLint.line(code, imp.start(1)), 0, "import " + name
                        + " ngoài phạm vi cho phép (mô hình dữ liệu, findings, java.lang/time/math/util) / outside the sandbox"));
            }
        }
        for (Forbidden f : FORBIDDEN) {
            Matcher m = f.pattern().matcher(code);
            while (m.find()) {
                String use = m.group().strip();
                problems.add(new RuleProblem(file, RuleSetLint.line(code, m.start()), 0, "dùng \"" + use
                        + "\" bị cấm (" + f.kindVi() + ") / forbidden use of \"" + use + "\" (" + f.kindEn() + ")"));
            }
        }
        return problems;
    }

    /** Blanks out comments and string literals, keeping line breaks so line numbers hold. */
    static String stripComments(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    sb.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                while (i < text.length() && !(text.charAt(i) == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
                    sb.append(text.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                sb.append("  ");
                i += 2;
            } else if (c == '"') {
                sb.append('"');
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    sb.append(text.charAt(i) == '\n' ? '\n' : ' ');
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                sb.append('"');
                i++;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
