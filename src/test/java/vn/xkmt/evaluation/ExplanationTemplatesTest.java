package vn.xkmt.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.testing.RuleFindingBuilder;
import vn.xkmt.testing.TestRuleSets;

/**
 * Explanations are filled from pre-split templates when that certainly gives what the
 * substitutor gives, and by the substitutor otherwise: every message of every rule set, and
 * awkward templates and values, come out the same either way.
 */
class ExplanationTemplatesTest {

    @Test
    void everyMessageOfEveryRuleSetIsFilledAsTheSubstitutorFillsIt() {
        List<String> templates = new ArrayList<>();
        for (LoadedRuleSet rs : TestRuleSets.catalog().all()) {
            rs.definition().messages().values().forEach(m -> templates.addAll(m.values()));
        }
        assertThat(templates).hasSizeGreaterThan(100);
        for (Map<String, Object> args : argSets()) {
            Finding f = finding(args);
            for (String t : templates) {
                assertThat(Explanations.fill(t, f)).as(t + " with " + args).isEqualTo(substitutor(t, f));
            }
        }
    }

    @Test
    void awkwardTemplatesAndValuesToo() {
        List<String> templates = List.of("", "plain", "{ids}", "{}", "{unknown} then {total}", "{a{b}c}", "{total",
                "total}", "$", "${total}", "$${total}", "{total:-7}", "{nope:-7}", "{…} {ids}", "{{ids}}", "{ids}{ids}",
                "{ total }", "{criterion}.{condition} {validUntil}", "{date}");
        for (Map<String, Object> args : argSets()) {
            Finding f = finding(args);
            for (String t : templates) {
                assertThat(Explanations.fill(t, f)).as(t + " with " + args).isEqualTo(substitutor(t, f));
            }
        }
    }

    private static List<Map<String, Object>> argSets() {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Map.of("total", 14, "failed", 2, "ids", "NN-007, NN-012", "unknown", 0));
        out.add(Map.of("total", 0, "ids", "", "date", LocalDate.of(2025, 3, 1), "limit", 10L));
        out.add(Map.of("ids", "{total}", "total", 3)); // a person id that looks like a placeholder
        out.add(Map.of("ids", "A$B", "total", "${ids}"));
        out.add(Map.of("ids", "x}y", "cells", "Nguoi!H17 (Ngày xét nghiệm gần nhất)"));
        return out;
    }

    private static Finding finding(Map<String, Object> args) {
        return RuleFindingBuilder.failing("TH1", "ho-so").counts(0, 1, 1).args(args).validUntil(LocalDate.of(2025, 4, 14))
                .build();
    }

    /** What filling was before templates were pre-split. */
    private static String substitutor(String template, Finding f) {
        Map<String, Object> values = new HashMap<>();
        f.args().forEach((k, v) -> values.put(k, v instanceof LocalDate d
                ? java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d) : v));
        values.put("criterion", f.criterion());
        values.put("condition", f.condition());
        if (f.validUntil() != null) {
            values.put("validUntil", java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(f.validUntil()));
        }
        try {
            return new StringSubstitutor(values, "{", "}").replace(template);
        } catch (IllegalStateException cycle) {
            return "cycle: " + cycle.getMessage();
        }
    }
}
