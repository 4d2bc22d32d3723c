package vn.xkmt.evaluation;

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
import java.util.stream.Collectors;
import org.apache.commons.text.StringSubstitutor;

/**
 * Renders findings as sentences in Vietnamese or English from the rule set's messages, filled with
 * the finding's numbers ({@code {failed}/{total} người nghiện chưa có hồ sơ quản lý: {ids}}).
 * Lookup: {@code <criterion>.<condition>.<variant>}, the engine's {@code <variant>},
 * {@code <criterion>.<condition>.<outcome>}, the engine's {@code <outcome>}.
 */
public final class Explanations {

    public static final List<String> LANGS = List.of("vi", "en");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, Map<String, String>> COMMON = loadCommon();

    private final RuleSetDefinition def;

    public Explanations(RuleSetDefinition def) {
        this.def = def;
    }

    /** The sentence for one finding. */
    public String finding(Finding f, String lang) {
        String template = null;
        if (f.variant() != null) {
            template = first(lang, f.key() + "." + f.variant(), f.variant());
        }
        if (template == null) {
            template = first(lang, f.key() + "." + f.outcome().key(), f.outcome().key());
        }
        return fill(template == null ? f.key() : template, f);
    }

    /**
     * What would make a failing finding pass; null when it does not fail. Lookup:
     * {@code <criterion>.<condition>.<variant>.remedy} (a failure of another kind, e.g. figures that
     * are inconsistent), {@code <criterion>.<condition>.remedy}, the engine's {@code remedy}.
     */
    public String remedy(Finding f, String lang) {
        if (f.outcome() != Outcome.FAIL) {
            return null;
        }
        String template = null;
        if (f.variant() != null) {
            template = def.messages().getOrDefault(lang, Map.of()).get(f.key() + "." + f.variant() + ".remedy");
        }
        if (template == null) {
            template = first(lang, f.key() + ".remedy", "remedy");
        }
        return template == null ? null : fill(template, f);
    }

    /** The sentences of the findings that decided the criterion, joined; a sentence said twice is said once. */
    public String criterion(CriterionResult c, String lang) {
        return deciding(c).stream().map(f -> finding(f, lang)).distinct().collect(Collectors.joining("; "));
    }

    /** The remedies of the failing findings, joined; null when the criterion does not fail. */
    public String remedy(CriterionResult c, String lang) {
        if (c.outcome() != Outcome.FAIL) {
            return null;
        }
        String r = deciding(c).stream().map(f -> remedy(f, lang)).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("; "));
        return r.isEmpty() ? null : r;
    }

    /** The findings with the criterion's own outcome: the failing ones, the undecided ones, or all. */
    public static List<Finding> deciding(CriterionResult c) {
        return c.findings().stream().filter(f -> f.outcome() == c.outcome()).toList();
    }

    /** The label of the verdict in this rule set's words. */
    public String verdict(Verdict v, String lang) {
        return def.verdictLabel(v, lang);
    }

    private String first(String lang, String ruleKey, String commonKey) {
        String t = def.messages().getOrDefault(lang, Map.of()).get(ruleKey);
        if (t == null) {
            t = COMMON.getOrDefault(lang, Map.of()).get(commonKey);
        }
        return t;
    }

    private static String fill(String template, Finding f) {
        Map<String, Object> values = new HashMap<>();
        f.args().forEach((k, v) -> values.put(k, v instanceof LocalDate d ? DATE.format(d) : v));
        values.put("criterion", f.criterion());
        values.put("condition", f.condition());
        if (f.validUntil() != null) {
            values.put("validUntil", DATE.format(f.validUntil()));
        }
        return new StringSubstitutor(values, "{", "}").replace(template);
    }

    private static Map<String, Map<String, String>> loadCommon() {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (String lang : LANGS) {
            Properties p = new Properties();
            try (InputStream in = Explanations.class.getResourceAsStream("messages_" + lang + ".properties")) {
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> m = new HashMap<>();
            p.forEach((k, v) -> m.put(String.valueOf(k), String.valueOf(v)));
            out.put(lang, Map.copyOf(m));
        }
        return Map.copyOf(out);
    }
}
