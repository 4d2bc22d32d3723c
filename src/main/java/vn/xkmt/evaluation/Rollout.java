package vn.xkmt.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.xkmt.commune.Commune;

/**
 * A province's roll-out plan from the rule set manifest ({@code rollout:}), for progress reports:
 * the phases with their periods and targets. A commune belongs to the phase in its
 * {@code rollout_phase} (Giai đoạn) cell; when that is blank, a border commune belongs to
 * {@code borderPhase} and any other commune to {@code defaultPhase}, each when given.
 *
 * @param borderPhase  phase of a border commune whose Giai đoạn is blank (null: none)
 * @param defaultPhase phase of any other commune whose Giai đoạn is blank (null: none)
 * @param achieved     what the count counts, by language ({@code đủ điều kiện}); may be empty
 */
public record Rollout(Integer borderPhase, Integer defaultPhase, Map<String, String> achieved, List<Phase> phases) {

    /**
     * One phase of the plan.
     *
     * @param target     how many communes the phase is to bring to recognition (null: "the rest")
     * @param population who the phase covers, by language ({@code xã biên giới}); may be empty
     * @param description more about the phase, by language ({@code gồm 8 xã trọng điểm nội địa}); may be empty
     */
    public record Phase(int number, Map<String, String> name, LocalDate from, LocalDate to, Integer target,
                        Map<String, String> population, Map<String, String> description) {

        public Phase {
            name = Map.copyOf(name);
            population = Map.copyOf(population);
            description = Map.copyOf(description);
        }

        /** The description in {@code lang}, or empty. */
        public String description(String lang) {
            return description.getOrDefault(lang, "");
        }

        /** {@code Giai đoạn 1} / {@code Phase 1} unless the manifest names it. */
        public String name(String lang) {
            String n = name.get(lang);
            return n != null ? n : ("en".equals(lang) ? "Phase " : "Giai đoạn ") + number;
        }

        /** {@code xã biên giới} / {@code border communes}; {@code xã} / {@code communes} unless given. */
        public String population(String lang) {
            String p = population.get(lang);
            return p != null ? p : ("en".equals(lang) ? "communes" : "xã");
        }
    }

    public Rollout {
        achieved = Map.copyOf(achieved);
        phases = List.copyOf(phases);
    }

    public Optional<Phase> phase(int number) {
        return phases.stream().filter(p -> p.number() == number).findFirst();
    }

    /** The phase a commune belongs to under this plan, or null when its data does not say. */
    public Integer phaseOf(Commune c) {
        Integer p = c.getRolloutPhase();
        if (p != null) {
            return p;
        }
        if (Boolean.TRUE.equals(c.getBorder()) && borderPhase != null) {
            return borderPhase;
        }
        return defaultPhase;
    }

    /** {@code đủ điều kiện} / {@code eligible} unless the manifest says otherwise. */
    public String achieved(String lang) {
        String a = achieved.get(lang);
        return a != null ? a : ("en".equals(lang) ? "eligible" : "đủ điều kiện");
    }
}
