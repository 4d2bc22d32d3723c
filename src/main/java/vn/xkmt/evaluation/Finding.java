package vn.xkmt.evaluation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.xkmt.commune.CellRef;

/**
 * What a rule found about one condition of one criterion. Rules insert findings; no text is made
 * here: explanations and remedies are rendered later from the rule set's messages in vi and en,
 * keyed {@code <criterion>.<condition>.<pass|fail|unknown|empty|remedy>}, filled with {@link #args()}.
 *
 * @param required   the count or value the condition requires, when it is a count
 * @param found      the count or value found (the lower bound of a range)
 * @param shortBy    how many fall short (rows failing, households to sign, tests to redo)
 * @param evidence   rows behind a failing or undecided condition
 * @param missing    cells to fill to decide an undecided condition
 * @param validUntil the last request date on which a pass relying on dated tests still holds
 * @param variant    which kind of pass, failure or undecided condition it is ({@code empty} when a "100 %"
 *                   condition passed over an empty population, …); null when its outcome says it all
 */
public record Finding(String criterion, String condition, Outcome outcome, Integer required, Integer found,
                      Integer shortBy, Map<String, Object> args, List<Evidence> evidence, Set<CellRef> missing,
                      LocalDate validUntil, FindingVariant variant) {

    public Finding {
        args = Map.copyOf(args);
        evidence = List.copyOf(evidence);
        missing = missing.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(missing));
    }

    /**
     * This finding without its evidence rows, cells to fill and the values its sentences are rendered from: what
     * a batch keeps of a unit once its details are written, for the counts, verdicts and dates of the summary.
     */
    public Finding withoutDetail() {
        return evidence.isEmpty() && missing.isEmpty() && args.isEmpty() ? this
                : new Finding(criterion, condition, outcome, required, found, shortBy, Map.of(), List.of(), Set.of(),
                        validUntil, variant);
    }

    public String getCriterion() {
        return criterion;
    }

    public String getCondition() {
        return condition;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /** The message key stem, e.g. {@code TH1.duoi-10}. */
    public String key() {
        return criterion + "." + condition;
    }

    public Finding withValidUntil(LocalDate date) {
        return new Finding(criterion, condition, outcome, required, found, shortBy, args, evidence, missing, date, variant);
    }

    Finding withVariant(FindingVariant name) {
        return new Finding(criterion, condition, outcome, required, found, shortBy, args, evidence, missing, validUntil, name);
    }

    Finding withArg(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(args);
        more.put(name, value);
        return new Finding(criterion, condition, outcome, required, found, shortBy, more, evidence, missing, validUntil, variant);
    }
}
