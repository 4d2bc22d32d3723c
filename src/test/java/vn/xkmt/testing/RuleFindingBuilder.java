package vn.xkmt.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.xkmt.evaluation.Finding;
import vn.xkmt.evaluation.FindingVariant;
import vn.xkmt.evaluation.Outcome;

/**
 * A finding as a rule would insert it, for tests of how findings are rendered: unless told otherwise
 * a pass with no counts, arguments, evidence, cells to fill, valid-until date nor variant.
 */
public final class RuleFindingBuilder {

    private final String criterion;
    private final String condition;
    private Outcome outcome = Outcome.PASS;
    private Integer required;
    private Integer found;
    private Integer shortBy;
    private final Map<String, Object> args = new LinkedHashMap<>();
    private LocalDate validUntil;
    private FindingVariant variant;

    private RuleFindingBuilder(String criterion, String condition, Outcome outcome) {
        this.criterion = criterion;
        this.condition = condition;
        this.outcome = outcome;
    }

    /** A failing finding of that criterion's condition ({@code TH1}, {@code ho-so}). */
    public static RuleFindingBuilder failing(String criterion, String condition) {
        return new RuleFindingBuilder(criterion, condition, Outcome.FAIL);
    }

    public static RuleFindingBuilder passing(String criterion, String condition) {
        return new RuleFindingBuilder(criterion, condition, Outcome.PASS);
    }

    public RuleFindingBuilder counts(Integer required, Integer found, Integer shortBy) {
        this.required = required;
        this.found = found;
        this.shortBy = shortBy;
        return this;
    }

    public RuleFindingBuilder args(Map<String, Object> values) {
        args.putAll(values);
        return this;
    }

    public RuleFindingBuilder validUntil(LocalDate date) {
        this.validUntil = date;
        return this;
    }

    public RuleFindingBuilder variant(FindingVariant v) {
        this.variant = v;
        return this;
    }

    public Finding build() {
        return new Finding(criterion, condition, outcome, required, found, shortBy, args, List.of(), Set.of(),
                validUntil, variant);
    }
}
