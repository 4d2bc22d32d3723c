package vn.xkmt.report.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.text.Lang;

/**
 * Results counted by verdict under the words that name them, the one way the console, the reports and the web
 * count them: one tally of them all when every rule set among them labels its verdicts alike, else one per rule
 * set (labelled as its latest version among them), each in its own words.
 */
public final class VerdictTallies {

    private VerdictTallies() {
    }

    /** The labels of every verdict in vi and en that a rule set version gives. */
    public record Words(String ruleSetId, Map<Verdict, Bilingual> labels) {

        public Words {
            labels = VerdictCounts.ordered(labels);
        }

        /** The labels of {@code label(verdict, lang)}. */
        public static Words of(String ruleSetId, java.util.function.BiFunction<Verdict, Lang, String> label) {
            Map<Verdict, Bilingual> m = new LinkedHashMap<>();
            for (Verdict v : Verdict.values()) {
                m.put(v, new Bilingual(label.apply(v, Lang.VI), label.apply(v, Lang.EN)));
            }
            return new Words(ruleSetId, m);
        }

        /** The labels of criteria.md, for results whose rule set is not known. */
        public static Words defaults(String ruleSetId) {
            return of(ruleSetId, Verdict::defaultLabel);
        }

        public String label(Verdict v, Lang lang) {
            Bilingual b = labels.get(v);
            return b == null ? v.defaultLabel(lang) : b.get(lang);
        }
    }

    /**
     * Some results counted by verdict.
     *
     * @param ruleSetId the rule set whose results these are; null when they are counted together
     * @param words     the labels that name the verdicts
     * @param counts    every verdict, in verdict order
     */
    public record Tally<T>(String ruleSetId, Words words, List<T> items, Map<Verdict, Integer> counts) {

        public int units() {
            return items.size();
        }

        /** The verdicts a count shows: the three of criteria.md always, NOT_IN_FORCE when some unit has it. */
        public List<Verdict> shown() {
            return VerdictTallies.shown(counts);
        }
    }

    /**
     * The tallies of {@code items}.
     *
     * @param words the words of every rule set version concerned, in order: all alike makes one tally (in the
     *              last one's words); else one tally per rule set id, in the order of their first words, each in
     *              the words of its last version
     */
    public static <T> List<Tally<T>> of(List<T> items, Function<T, String> ruleSetOf, Function<T, Verdict> verdictOf,
                                         List<Words> words) {
        if (words.stream().map(Words::labels).distinct().count() <= 1) {
            Words w = words.isEmpty() ? Words.defaults(null) : words.get(words.size() - 1);
            return List.of(new Tally<>(null, w, items, VerdictCounts.count(items, verdictOf)));
        }
        return byRuleSet(items, ruleSetOf, verdictOf, words);
    }

    /** One tally per rule set id, in the order of their first words, each in the words of its last version. */
    public static <T> List<Tally<T>> byRuleSet(List<T> items, Function<T, String> ruleSetOf,
                                                Function<T, Verdict> verdictOf, List<Words> words) {
        Map<String, Words> latest = new LinkedHashMap<>();
        words.forEach(w -> latest.put(w.ruleSetId(), w));
        List<Tally<T>> out = new ArrayList<>();
        latest.forEach((id, w) -> {
            List<T> mine = items.stream().filter(i -> Objects.equals(ruleSetOf.apply(i), id)).toList();
            out.add(new Tally<>(id, w, mine, VerdictCounts.count(mine, verdictOf)));
        });
        return out;
    }

    /** The verdicts a count shows: the three of criteria.md always, NOT_IN_FORCE when some unit has it. */
    public static List<Verdict> shown(Map<Verdict, Integer> counts) {
        List<Verdict> out = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            if (v != Verdict.NOT_IN_FORCE || counts.getOrDefault(v, 0) > 0) {
                out.add(v);
            }
        }
        return out;
    }
}
