package vn.xkmt.web.history;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.xkmt.web.evaluation.KnownProvinces;
import vn.xkmt.web.evaluation.Province;

/** Province keys as names, for templates: {@code ${names.of(s.provinces)}}. */
public final class ProvinceLabels {

    private final Map<String, String> names;

    public ProvinceLabels(KnownProvinces provinces) {
        this.names = provinces.all().stream().collect(Collectors.toMap(Province::key, Province::name, (a, b) -> a));
    }

    public String of(List<String> keys) {
        return String.join(", ", keys.stream().map(k -> names.getOrDefault(k, k)).toList());
    }
}
