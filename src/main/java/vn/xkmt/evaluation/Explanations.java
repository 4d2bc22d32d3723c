package vn.xkmt.evaluation;

import vn.xkmt.text.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.text.StringSubstitutor;
import vn.xkmt.commune.Dates;

/**
 * Renders findings as sentences in Vietnamese or English from the rule set's messages, filled with
 * the finding's numbers ({@code {failed}/{total} người nghiện chưa có hồ sơ quản lý: {ids}}).
 * Lookup: {@code <criterion>.<condition>.<variant>}, the engine's {@code <variant>},
 * {@code <criterion>.<condition>.<outcome>}, the engine's {@code <outcome>}.
 */
public final class Explanations {

    private static final DateTimeFormatter DATE = Dates.DAY;
    private static final Map<String, Map<String, String>> COMMON = loadCommon();

    private final RuleSetDefinition def;

    public Explanations(RuleSetDefinition def) {
        this.def = def;
    }

    /** The sentence for one finding. */
    public String finding(Finding f, Lang lang) {
        String template = null;
        if (f.variant() != null) {
            template = first(lang, f.key() + "." + f.variant().key(), f.variant().key());
        }
        if (template == null) {
            template = first(lang, f.key() + "." + f.outcome().key(), f.outcome().key());
        }
        return fill(template == null ? f.key() : template, f, lang);
    }

    /**
     * What would make a failing finding pass; null when it does not fail. Lookup:
     * {@code <criterion>.<condition>.<variant>.remedy} (a failure of another kind, e.g. figures that
     * are inconsistent), {@code <criterion>.<condition>.remedy}, the engine's {@code remedy}.
     */
    public String remedy(Finding f, Lang lang) {
        if (f.outcome() != Outcome.FAIL) {
            return null;
        }
        String template = null;
        if (f.variant() != null) {
            template = def.messages().getOrDefault(lang.tag(), Map.of()).get(f.key() + "." + f.variant().key() + ".remedy");
        }
        if (template == null) {
            template = first(lang, f.key() + ".remedy", "remedy");
        }
        return template == null ? null : fill(template, f, lang);
    }

    /**
     * The sentences of the findings that decided the criterion, joined; a sentence said twice is said
     * once; then the criterion's note ({@code <criterion>.note}: what the criterion asks that the data
     * cannot tell, e.g. a requirement with no column), when the rule set has one.
     */
    public String criterion(CriterionResult c, Lang lang) {
        return criterion(c, f -> finding(f, lang), lang);
    }

    /** {@link #criterion(CriterionResult, String)} from the findings' sentences already rendered. */
    public String criterion(CriterionResult c, Function<Finding, String> sentence, Lang lang) {
        String joined = criterion(c, sentence);
        String note = def.messages().getOrDefault(lang.tag(), Map.of()).get(c.id() + ".note");
        return note == null || note.isBlank() ? joined : join(List.of(joined, note));
    }

    /** The sentences of the findings that decided the criterion, joined (no note). */
    public static String criterion(CriterionResult c, Function<Finding, String> sentence) {
        return join(deciding(c).stream().map(sentence).distinct().toList());
    }

    /**
     * Sentences joined by {@code "; "}, each after the first starting in lower case as a clause after a
     * semicolon does ({@code Chưa rõ …} → {@code chưa rõ …}); a sentence starting with a code, a number
     * or a name of two capitalised words ({@code Đoàn Thanh niên}, {@code Thôn Đông}) keeps its capital.
     */
    public static String join(List<String> sentences) {
        StringBuilder sb = new StringBuilder();
        for (String s : sentences) {
            if (s == null || s.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("; ").append(lowerFirst(s));
            } else {
                sb.append(s);
            }
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern ORDINARY_START =
            java.util.regex.Pattern.compile("^\\p{Lu}\\p{Ll}*(?=[\\s,:])(?!\\s+\\p{Lu})");

    static String lowerFirst(String s) {
        if (!ORDINARY_START.matcher(s).find()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new String(Character.toChars(Character.toLowerCase(first))) + s.substring(Character.charCount(first));
    }

    /** The remedies of the failing findings, joined; null when the criterion does not fail. */
    public String remedy(CriterionResult c, Lang lang) {
        return remedy(c, f -> remedy(f, lang));
    }

    /** {@link #remedy(CriterionResult, String)} from the findings' remedies already rendered. */
    public static String remedy(CriterionResult c, Function<Finding, String> remedyOf) {
        if (c.outcome() != Outcome.FAIL) {
            return null;
        }
        String r = join(deciding(c).stream().map(remedyOf).filter(s -> s != null && !s.isBlank()).distinct().toList());
        return r.isEmpty() ? null : r;
    }

    /** The findings with the criterion's own outcome: the failing ones, the undecided ones, or all. */
    public static List<Finding> deciding(CriterionResult c) {
        return c.findings().stream().filter(f -> f.outcome() == c.outcome()).toList();
    }

    /** The label of the verdict in this rule set's words. */
    public String verdict(Verdict v, Lang lang) {
        return def.verdictLabel(v, lang);
    }

    private String first(Lang lang, String ruleKey, String commonKey) {
        String t = def.messages().getOrDefault(lang.tag(), Map.of()).get(ruleKey);
        if (t == null) {
            t = COMMON.getOrDefault(lang.tag(), Map.of()).get(commonKey);
        }
        return t;
    }

    /** The template filled with the finding's arguments, in Vietnamese (package-private for its test). */
    static String fill(String template, Finding f) {
        return fill(template, f, Lang.VI);
    }

    /** The template filled with the finding's arguments; {@code {causes}} in {@code lang}. */
    static String fill(String template, Finding f, Lang lang) {
        Map<String, Object> values = new HashMap<>();
        f.args().forEach((k, v) -> values.put(k, v instanceof LocalDate d ? DATE.format(d)
                : v instanceof Causes c ? c.text(lang) : v));
        values.put("criterion", f.criterion());
        values.put("condition", f.condition());
        if (f.validUntil() != null) {
            values.put("validUntil", DATE.format(f.validUntil()));
        }
        String quick = Template.of(template).fill(values);
        return quick != null ? quick : new StringSubstitutor(values, "{", "}").replace(template);
    }

    /**
     * A message template split once into text and {@code {name}} placeholders, so that a batch of
     * thousands of communes does not scan each template anew for every finding. It fills only where
     * the result is certainly what {@link StringSubstitutor} (prefix {@code {}, suffix {@code }}, escape
     * {@code $}, recursive) gives: a template with no {@code $}, no nested or unclosed brace and no
     * {@code :-} default, and values with no {@code {} or {@code $}. Otherwise {@link #fill} answers
     * null and the substitutor does the work.
     */
    private record Template(List<String> parts) {

        private static final Template COMPLEX = new Template(null);
        private static final Map<String, Template> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static Template of(String template) {
            if (template == null) {
                return COMPLEX;
            }
            Template t = CACHE.get(template);
            if (t == null) {
                t = parse(template);
                if (CACHE.size() < 10_000) {
                    CACHE.put(template, t);
                }
            }
            return t;
        }

        /** Even parts are text, odd parts placeholder names. */
        private static Template parse(String s) {
            if (s.indexOf('$') >= 0) {
                return COMPLEX;
            }
            List<String> parts = new java.util.ArrayList<>();
            int from = 0;
            while (true) {
                int open = s.indexOf('{', from);
                if (open < 0) {
                    parts.add(s.substring(from));
                    return new Template(List.copyOf(parts));
                }
                int close = s.indexOf('}', open + 1);
                if (close < 0) {
                    return COMPLEX;
                }
                String name = s.substring(open + 1, close);
                if (name.isEmpty() || name.indexOf('{') >= 0 || name.contains(":-")) {
                    return COMPLEX;
                }
                parts.add(s.substring(from, open));
                parts.add(name);
                from = close + 1;
            }
        }

        String fill(Map<String, Object> values) {
            if (parts == null) {
                return null;
            }
            StringBuilder sb = new StringBuilder(64);
            for (int i = 0; i < parts.size(); i++) {
                String p = parts.get(i);
                if (i % 2 == 0) {
                    sb.append(p);
                    continue;
                }
                Object v = values.get(p);
                if (v == null) {
                    sb.append('{').append(p).append('}');
                    continue;
                }
                String text = v.toString();
                if (text.indexOf('{') >= 0 || text.indexOf('$') >= 0) {
                    return null;
                }
                sb.append(text);
            }
            return sb.toString();
        }
    }

    private static Map<String, Map<String, String>> loadCommon() {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Lang lang : Lang.values()) {
            Properties p = new Properties();
            try (InputStream in = Explanations.class.getResourceAsStream("messages_" + lang.tag() + ".properties")) {
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> m = new HashMap<>();
            p.forEach((k, v) -> m.put(String.valueOf(k), String.valueOf(v)));
            out.put(lang.tag(), Map.copyOf(m));
        }
        return Map.copyOf(out);
    }
}
