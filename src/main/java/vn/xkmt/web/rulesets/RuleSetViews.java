package vn.xkmt.web.rulesets;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.evaluation.CriterionDef;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.ruleset.LoadedRuleSet;

/** Rule set versions as JSON-ready maps: for the pages and for {@code GET /api/rulesets}. */
@Component
public class RuleSetViews {

    private final RuleSetRegistry registry;

    RuleSetViews(RuleSetRegistry registry) {
        this.registry = registry;
    }

    /** Every version in force now, by id then effective date. */
    public List<Map<String, Object>> all() {
        return registry.current().all().stream().map(RuleSetViews::view).toList();
    }

    public List<Map<String, Object>> versions(String id) {
        return registry.current().versions(id).stream().map(RuleSetViews::view).toList();
    }

    static Map<String, Object> view(LoadedRuleSet rs) {
        RuleSetDefinition d = rs.definition();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("version", d.version());
        m.put("contentHash", d.contentHash());
        m.put("name", bilingual(d.nameVi(), d.nameEn()));
        m.put("authority", d.authority());
        m.put("document", d.document());
        m.put("effectiveFrom", iso(d.effectiveFrom()));
        m.put("effectiveTo", iso(d.effectiveTo()));
        m.put("provinces", d.provinces());
        m.put("districts", d.districts());
        m.put("subject", d.subject().name());
        m.put("criteria", d.criteria().stream().map(RuleSetViews::criterion).toList());
        return m;
    }

    private static Map<String, Object> criterion(CriterionDef c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", bilingual(c.titleVi(), c.titleEn()));
        m.put("passage", c.passage());
        m.put("conditions", c.conditions());
        return m;
    }

    private static Map<String, Object> bilingual(String vi, String en) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vi", vi);
        m.put("en", en);
        return m;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
