package vn.xkmt.web.evaluation;

import vn.xkmt.text.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.evaluation.Deadline;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.ruleset.LoadedRuleSet;

/**
 * The deadlines the plans of an evaluation's rule set versions set ({@code deadlines:} of their
 * manifests: Trà Vinh's half-year report before 16/6 and annual report before 16/12), for its result
 * page. Only the recorded version itself speaks: a version no longer loaded shows none rather than
 * another year's dates.
 */
@Component
public class PlanDeadlines {

    /** One plan's deadlines, in the page's language. */
    public record Plan(String ruleSetId, String name, List<String> deadlines) {

        public Plan {
            deadlines = List.copyOf(deadlines);
        }
    }

    private final RuleSetRegistry registry;

    PlanDeadlines(RuleSetRegistry registry) {
        this.registry = registry;
    }

    /** The plans among {@code ruleSets} ({@code id@version#hash}) that set deadlines; the same list once. */
    public List<Plan> of(List<String> ruleSets, Lang lang) {
        Map<List<Object>, Plan> out = new LinkedHashMap<>();
        for (String recorded : ruleSets) {
            RecordedRules.Ref ref = RecordedRules.Ref.parse(recorded);
            if (ref == null) {
                continue;
            }
            registry.current().version(ref.id(), ref.version()).map(LoadedRuleSet::definition)
                    .filter(d -> !d.deadlines().isEmpty())
                    .ifPresent(d -> out.putIfAbsent(List.of(d.id(), d.deadlines()), plan(d, lang)));
        }
        return new ArrayList<>(out.values());
    }

    private static Plan plan(RuleSetDefinition d, Lang lang) {
        return new Plan(d.id(), d.name(lang), d.deadlines().stream().map(x -> x.text(lang)).toList());
    }
}
