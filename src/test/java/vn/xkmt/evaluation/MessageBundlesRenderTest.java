package vn.xkmt.evaluation;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.xkmt.commune.CellRef;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.testing.RuleFindingBuilder;
import vn.xkmt.testing.TestRuleSets;

/**
 * Every message of every bundle in use renders with sample values without an unfilled placeholder or
 * a doubled word ({@code thôn Thôn Đông}): the messages of the version of each rule set that answers
 * today (its latest; earlier versions are kept unchanged so that stored evaluations re-run as they
 * were), the engine's common messages, and the web app's vi and en bundles.
 */
class MessageBundlesRenderTest {

    /** Two words alike in a row, ignoring case ({@code thôn Thôn}, {@code người người}). */
    static final Pattern DOUBLED = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(\\p{L}+)\\s+\\1(?![\\p{L}\\p{N}])");
    /** A placeholder left as written: {@code {ids}} of a rule message, {@code {0}} of a page message. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9_]+}");

    /**
     * A value for every argument the findings API gives a message; {@code ids} is tried as persons
     * and as villages, whose names start with their kind ({@code Thôn Đông}).
     */
    static List<Map<String, Object>> samples() {
        CellRef l17 = new CellRef("x.xlsx", "Nguoi", "L", 17, "Ngày xét nghiệm gần nhất");
        CellRef g5 = new CellRef("x.xlsx", "Nguoi", "G", 5, "Tình trạng cư trú");
        Causes causes = new Causes(List.of(
                new Causes.Row("NN-003", List.of(new Causes.TestAfter(l17, LocalDate.of(2025, 11, 23), LocalDate.of(2025, 11, 20), 30))),
                new Causes.Row("NN-004", List.of(new Causes.Blank(g5)))));
        Map<String, Object> base = new HashMap<>();
        for (String k : List.of("total", "failed", "unknown", "found", "short", "upper", "gap", "bound", "limit", "value",
                "required", "part", "whole", "needed", "days")) {
            base.put(k, 7);
        }
        base.put("percent", 80);
        base.put("growth", 5);
        base.put("cells", "Nguoi!L17, Xa!H2");
        base.put("cell", "Xa!M2");
        base.put("blank", "BaoCaoNam!S2");
        base.put("sheet", "Nguoi");
        base.put("count", 3);
        base.put("firings", 10000);
        base.put("steps", 20000000);
        base.put("seconds", 10);
        base.put("megabytes", 1024);
        base.put("rows", "5, 6, 7");
        base.put("row", 5);
        base.put("other", "Người");
        base.put("contract", "Nguoi");
        base.put("code", "CLASS_II");
        base.put("valueEn", "Class II");
        base.put("date", LocalDate.of(2025, 2, 13));
        base.put("earliest", LocalDate.of(2024, 3, 15));
        base.put("causes", causes);
        List<Map<String, Object>> out = new ArrayList<>();
        for (String ids : List.of("NN-001, NN-002", "Thôn Đông, Tổ dân phố 3")) {
            Map<String, Object> m = new HashMap<>(base);
            m.put("ids", ids);
            out.add(m);
        }
        return out;
    }

    static Finding finding(Map<String, Object> args) {
        return RuleFindingBuilder.failing("TH1", "ho-so").counts(1, 2, 3).args(args).validUntil(LocalDate.of(2025, 4, 9))
                .build();
    }

    static void check(String bundle, String key, String text, List<String> problems) {
        Matcher left = PLACEHOLDER.matcher(text);
        if (left.find()) {
            problems.add(bundle + " " + key + ": unfilled " + left.group() + " in «" + text + "»");
        }
        Matcher doubled = DOUBLED.matcher(text);
        if (doubled.find()) {
            problems.add(bundle + " " + key + ": doubled «" + doubled.group() + "» in «" + text + "»");
        }
    }

    @Test
    void everyRuleSetMessageRendersWithoutAnUnfilledPlaceholderOrADoubledWord() {
        List<String> problems = new ArrayList<>();
        int rendered = 0;
        for (String id : TestRuleSets.catalog().ids()) {
            List<LoadedRuleSet> versions = TestRuleSets.catalog().versions(id);
            RuleSetDefinition def = versions.get(versions.size() - 1).definition();
            for (Lang lang : Lang.values()) {
                for (var e : new TreeMap<>(def.messages().getOrDefault(lang.tag(), Map.of())).entrySet()) {
                    for (Map<String, Object> args : samples()) {
                        check(def.id() + " " + def.version() + " " + lang, e.getKey(),
                                Explanations.fill(e.getValue(), finding(args), lang), problems);
                        rendered++;
                    }
                }
            }
        }
        assertThat(rendered).isGreaterThan(500);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEngineMessageRendersWithoutAnUnfilledPlaceholderOrADoubledWord() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            Properties p = load("/vn/xkmt/evaluation/messages_" + lang + ".properties");
            assertThat(p).isNotEmpty();
            for (String key : new TreeMap<>(toMap(p)).keySet()) {
                for (Map<String, Object> args : samples()) {
                    Map<String, Object> withCondition = new HashMap<>(args);
                    check("engine " + lang, key, Explanations.fill(p.getProperty(key), finding(withCondition), lang), problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyWebPageMessageRendersWithoutAnUnfilledPlaceholderOrADoubledWord() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("/i18n/messages.properties", "/i18n/messages_en.properties")) {
            Properties p = load(file);
            assertThat(p.size()).as(file).isGreaterThan(100);
            for (var e : new TreeMap<>(toMap(p)).entrySet()) {
                // Spring's MessageFormat: {0}, {1} … with sample values, as the pages pass them
                Object[] args = {"12", "Thanh Hóa", "3", "4", "5"};
                String text = e.getValue().contains("{0") || e.getValue().contains("{1")
                        ? new java.text.MessageFormat(e.getValue().replace("'", "''")).format(args)
                        : e.getValue();
                check(file, e.getKey(), text, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aDoubledWordAndAnUnfilledPlaceholderAreCaught() {
        List<String> problems = new ArrayList<>();
        check("t", "k1", Explanations.fill("{gap} hộ còn lại phải ký cam kết (thôn {ids})", finding(samples().get(1)), Lang.VI),
                problems);
        check("t", "k2", Explanations.fill("Cần điền {cellz}", finding(samples().get(0)), Lang.VI), problems);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("doubled «thôn Thôn»");
        assertThat(problems.get(1)).contains("unfilled {cellz}");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesRenderTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new HashMap<>();
        p.forEach((k, v) -> m.put(String.valueOf(k), String.valueOf(v)));
        return m;
    }
}
