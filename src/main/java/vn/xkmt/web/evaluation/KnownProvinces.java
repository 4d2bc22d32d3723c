package vn.xkmt.web.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.web.Provinces;
import vn.xkmt.web.security.XkmtUser;

/** Province names, from the rule sets' manifests and from the rows already evaluated. */
@Component
public class KnownProvinces {

    private final RuleSetRegistry registry;
    private final EvaluationStore store;

    KnownProvinces(RuleSetRegistry registry, EvaluationStore store) {
        this.registry = registry;
        this.store = store;
    }

    /** Every province known, by name. */
    public List<Province> all() {
        Map<String, String> names = new LinkedHashMap<>();
        for (LoadedRuleSet rs : registry.current().all()) {
            rs.definition().provinces().forEach(p -> names.putIfAbsent(Provinces.key(p), p));
        }
        store.provinceNames().forEach((k, v) -> names.putIfAbsent(k, v == null ? k : v));
        List<Province> out = new ArrayList<>();
        names.forEach((k, v) -> out.add(new Province(k, Provinces.slug(v), v)));
        out.sort(Comparator.comparing(Province::name));
        return out;
    }

    /** The provinces a user works for (admins: all). */
    public List<Province> visibleTo(XkmtUser user) {
        if (user.isAdmin()) {
            return all();
        }
        Map<String, Province> known = new LinkedHashMap<>();
        all().forEach(p -> known.put(p.key(), p));
        List<Province> out = new ArrayList<>();
        for (String slug : user.provinces()) {
            String key = Provinces.key(slug);
            out.add(known.getOrDefault(key, new Province(key, slug, slug)));
        }
        out.sort(Comparator.comparing(Province::name));
        return out;
    }

    /** The name of a province key, or the key itself. */
    public Province byKeyOrSlug(String keyOrSlug) {
        String key = Provinces.key(keyOrSlug);
        return all().stream().filter(p -> p.key().equals(key)).findFirst()
                .orElse(new Province(key, Provinces.slug(keyOrSlug), keyOrSlug));
    }

    public String name(String key) {
        return byKeyOrSlug(key).name();
    }
}
