package vn.xkmt.web.evaluation;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Provinces by their names on pages ({@code Lào Cai}), never by the slug or key an account or a rule
 * set stores ({@code lao-cai}). Templates call it as {@code @provinceNames}.
 */
@Component
public class ProvinceNames {

    private final KnownProvinces provinces;

    ProvinceNames(KnownProvinces provinces) {
        this.provinces = provinces;
    }

    /** {@code Lào Cai, Thanh Hóa} for {@code [lao-cai, thanh-hoa]} (slugs or keys); an unknown one as it is. */
    public String of(Collection<String> slugsOrKeys) {
        return slugsOrKeys.stream().map(this::one).collect(Collectors.joining(", "));
    }

    /** The name of one province slug or key. */
    public String one(String slugOrKey) {
        try {
            Province p = provinces.byKeyOrSlug(slugOrKey);
            return p == null ? slugOrKey : p.name();
        } catch (RuntimeException e) {
            return slugOrKey;
        }
    }
}
