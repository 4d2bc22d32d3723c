package vn.xkmt.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.xkmt.commune.CellRef;

/** Assembles a {@link Finding}; package-private, used by {@link Findings}. */
final class FindingBuilder {

    static final int MAX_IDS = 20;

    private final String criterion;
    private final String condition;
    private Outcome outcome = Outcome.PASS;
    private Integer required;
    private Integer found;
    private Integer shortBy;
    private final Map<String, Object> args = new LinkedHashMap<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final Set<CellRef> missing = new LinkedHashSet<>();
    private LocalDate validUntil;
    private FindingVariant variant;

    FindingBuilder(String criterion, String condition) {
        this.criterion = criterion;
        this.condition = condition;
    }

    FindingBuilder outcome(Outcome o) {
        this.outcome = o;
        return this;
    }

    FindingBuilder counts(Integer required, Integer found, Integer shortBy) {
        this.required = required;
        this.found = found;
        this.shortBy = shortBy;
        arg("required", required);
        arg("found", found);
        arg("short", shortBy);
        return this;
    }

    FindingBuilder arg(String name, Object value) {
        if (value != null) {
            args.put(name, value);
        }
        return this;
    }

    /** Every argument of {@code more} (those given later replace them). */
    FindingBuilder args(Map<String, Object> more) {
        more.forEach(this::arg);
        return this;
    }

    FindingBuilder evidence(Evidence e) {
        evidence.add(e);
        return this;
    }

    FindingBuilder missing(Set<CellRef> cells) {
        missing.addAll(cells);
        return this;
    }

    FindingBuilder validUntil(LocalDate d) {
        this.validUntil = d;
        return this;
    }

    FindingBuilder variant(FindingVariant v) {
        this.variant = v;
        return this;
    }

    /** {@code NN-007, NN-012}, at most {@value #MAX_IDS} ids then {@code … (+N)}. */
    static String ids(List<String> ids) {
        if (ids.size() <= MAX_IDS) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, MAX_IDS)) + " … (+" + (ids.size() - MAX_IDS) + ")";
    }

    Finding build() {
        if (!missing.isEmpty()) {
            List<String> cells = missing.stream().map(CellRef::a1).toList();
            arg("cells", ids(cells));
        }
        return new Finding(criterion, condition, outcome, required, found, shortBy, args, evidence, missing,
                validUntil, variant);
    }
}
