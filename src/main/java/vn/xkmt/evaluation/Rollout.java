package vn.xkmt.evaluation;

import vn.xkmt.text.Lang;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.Names;

/**
 * A province's roll-out plan from the rule set manifest ({@code rollout:}), for progress reports:
 * the phases with their periods and targets. A commune belongs to the phase in its
 * {@code rollout_phase} (Giai đoạn) cell; when that is blank, a border commune belongs to
 * {@code borderPhase} and any other commune to {@code defaultPhase}, each when given. A phase that
 * lists its communes by name ({@code communes:}, Hưng Yên's five pilot communes) holds those and no
 * other: a commune not listed is counted apart, under {@code outside} ("không phải xã thí điểm").
 *
 * @param borderPhase  phase of a border commune whose Giai đoạn is blank (null: none)
 * @param defaultPhase phase of any other commune whose Giai đoạn is blank (null: none)
 * @param achieved     what the count counts, by language ({@code đủ điều kiện}); may be empty
 * @param outside      how communes of no phase are named, by language ({@code không phải xã thí điểm}); may be empty
 */
public record Rollout(Integer borderPhase, Integer defaultPhase, Map<String, String> achieved, List<Phase> phases,
                      Map<String, String> outside) {

    public Rollout(Integer borderPhase, Integer defaultPhase, Map<String, String> achieved, List<Phase> phases) {
        this(borderPhase, defaultPhase, achieved, phases, Map.of());
    }

    /**
     * One phase of the plan.
     *
     * @param target     how many communes the phase is to bring to recognition (null: "the rest")
     * @param population who the phase covers, by language ({@code xã biên giới}); may be empty
     * @param description more about the phase, by language ({@code gồm 8 xã trọng điểm nội địa}); may be empty
     * @param communes   the communes the phase holds, by name ({@code Bình Kiều}); empty: any commune placed in it
     */
    public record Phase(int number, Map<String, String> name, LocalDate from, LocalDate to, Integer target,
                        Map<String, String> population, Map<String, String> description, List<String> communes) {

        public Phase {
            name = Map.copyOf(name);
            population = Map.copyOf(population);
            description = Map.copyOf(description);
            communes = List.copyOf(communes);
        }

        public Phase(int number, Map<String, String> name, LocalDate from, LocalDate to, Integer target,
                     Map<String, String> population, Map<String, String> description) {
            this(number, name, from, to, target, population, description, List.of());
        }

        /** Whether the phase lists its communes and {@code communeName} is one of them (after normalisation). */
        boolean lists(String communeName) {
            String n = normalise(communeName);
            return !n.isEmpty() && communes.stream().anyMatch(x -> normalise(x).equals(n));
        }

        /** The description in {@code lang}, or empty. */
        public String description(Lang lang) {
            return description.getOrDefault(lang.tag(), "");
        }

        /** {@code Giai đoạn 1} / {@code Phase 1} unless the manifest names it. */
        public String name(Lang lang) {
            String n = name.get(lang.tag());
            return n != null ? n : EngineWords.get("rollout.phase", lang, number);
        }

        /** {@code xã biên giới} / {@code border communes}; {@code xã} / {@code communes} unless given. */
        public String population(Lang lang) {
            String p = population.get(lang.tag());
            return p != null ? p : EngineWords.get("rollout.population", lang);
        }
    }

    public Rollout {
        achieved = Map.copyOf(achieved);
        phases = List.copyOf(phases);
        outside = outside == null ? Map.of() : Map.copyOf(outside);
    }

    public Optional<Phase> phase(int number) {
        return phases.stream().filter(p -> p.number() == number).findFirst();
    }

    /**
     * The phase a commune belongs to under this plan, or null when its data does not say or it is not
     * one of the communes its phase lists.
     */
    public Integer phaseOf(Commune c) {
        for (Phase ph : phases) {
            if (ph.lists(c.getCommuneName())) {
                return ph.number();
            }
        }
        Integer p = c.getRolloutPhase();
        if (p == null) {
            p = Boolean.TRUE.equals(c.getBorder()) && borderPhase != null ? borderPhase : defaultPhase;
        }
        Integer chosen = p;
        boolean listedElsewhere = chosen != null && phase(chosen).map(ph -> !ph.communes().isEmpty()).orElse(false);
        return listedElsewhere ? null : chosen;
    }

    /** How communes of no phase are named in {@code lang}, or null when the manifest does not say. */
    public String outside(Lang lang) {
        return outside.get(lang.tag());
    }

    /** A commune name compared without case, diacritics, spaces or a leading "Xã", "Thị trấn", "Phường". */
    static String normalise(String name) {
        return Names.commune(name);
    }

    /** {@code đủ điều kiện} / {@code eligible} unless the manifest says otherwise. */
    public String achieved(Lang lang) {
        String a = achieved.get(lang.tag());
        return a != null ? a : EngineWords.get("rollout.achieved", lang);
    }
}
