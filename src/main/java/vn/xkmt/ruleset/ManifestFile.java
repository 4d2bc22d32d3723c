package vn.xkmt.ruleset;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xkmt.evaluation.CriterionDef;
import vn.xkmt.evaluation.Deadline;
import vn.xkmt.evaluation.Rollout;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.Subject;

/**
 * {@code manifest.yaml} of a rule set version, as written by policy staff, and what it says as a rule
 * set's definition: every problem of its own fields is reported with the file.
 */
record ManifestFile(String id, String version, Map<String, String> name, String authority, String document,
                    String source, Effective effective, List<String> provinces, List<String> districts,
                    String subject, Map<String, Map<String, String>> verdictLabels, List<Criterion> criteria,
                    RolloutFile rollout, List<DeadlineFile> deadlines) {

    record Effective(String from, String to) {}

    record Criterion(String id, Map<String, String> title, String passage, List<String> conditions) {

        /** The criterion, titled by its id in a language the manifest gives no title in. */
        CriterionDef definition() {
            Map<String, String> t = title == null ? Map.of() : title;
            return new CriterionDef(id, t.getOrDefault("vi", id), t.getOrDefault("en", id), passage,
                    conditions == null ? List.of() : conditions);
        }
    }

    /**
     * The rule set the manifest describes, all but what its other files hold (parameters, messages,
     * DRL) and what the loader knows (content hash, folder).
     *
     * @param file the manifest as shown in problems ({@code rules/<id>/<version>/manifest.yaml})
     */
    RuleSetDefinition.Builder definition(String file, List<RuleProblem> problems) {
        require(id, "id", file, problems);
        require(version, "version", file, problems);
        Subject subjectOf = Subject.COMMUNE;
        if (subject != null) {
            try {
                subjectOf = Subject.valueOf(subject.trim());
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(file, 0, 0, "subject: \"" + subject
                        + "\" " + RuleSetWords.both("subject")));
            }
        }
        List<CriterionDef> criteriaOf = new ArrayList<>();
        if (criteria == null || criteria.isEmpty()) {
            problems.add(new RuleProblem(file, 0, 0, RuleSetWords.both("noCriteria")));
        } else {
            for (Criterion c : criteria) {
                criteriaOf.add(c.definition());
            }
        }
        Map<String, String> names = name == null ? Map.of() : name;
        LocalDate from = effective == null ? null : YamlDate.parse(effective.from(), "effective.from", file, problems);
        LocalDate to = effective == null ? null : YamlDate.parse(effective.to(), "effective.to", file, problems);
        return RuleSetDefinition.builder().id(id).version(version)
                .name(names.getOrDefault("vi", id), names.getOrDefault("en", id))
                .authority(authority).document(document).source(source).effective(from, to)
                .provinces(provinces == null ? List.of() : provinces)
                .districts(districts == null ? List.of() : districts)
                .subject(subjectOf).criteria(criteriaOf)
                .verdictLabels(verdictLabels == null ? Map.of() : verdictLabels)
                .rollout(rollout == null ? null : rollout.rollout(file, problems))
                .deadlines(deadlines(file, problems));
    }

    private static void require(String v, String field, String file, List<RuleProblem> problems) {
        if (v == null || v.isBlank()) {
            problems.add(new RuleProblem(file, 0, 0, RuleSetWords.both("missingField") + ": " + field));
        }
    }

    /**
     * The optional {@code deadlines:} list: a day and month {@code d/m} or a date yyyy-mm-dd, not both.
     * The texts and the passage are checked by {@link RuleSetLint}.
     */
    private List<Deadline> deadlines(String file, List<RuleProblem> problems) {
        List<Deadline> out = new ArrayList<>();
        if (deadlines == null) {
            return out;
        }
        for (int i = 0; i < deadlines.size(); i++) {
            DeadlineFile d = deadlines.get(i);
            String at = DeadlineFile.at(i);
            if (d == null) {
                problems.add(new RuleProblem(file, 0, 0, at + ": " + RuleSetWords.both("emptyEntry")));
                continue;
            }
            out.add(d.deadline(at, file, problems));
        }
        return out;
    }

    /** Optional roll-out plan, for progress reports (Lào Cai's phases). */
    record RolloutFile(Integer borderPhase, Integer defaultPhase, Map<String, String> achieved, List<Phase> phases,
                       Map<String, String> outside) {

        /** The {@code rollout:} section: phases numbered once each, dates yyyy-mm-dd, targets ≥ 0. */
        Rollout rollout(String file, List<RuleProblem> problems) {
            List<Rollout.Phase> phasesOf = new ArrayList<>();
            Set<Integer> numbers = new HashSet<>();
            for (Phase p : phases == null ? List.<Phase>of() : phases) {
                if (p == null || p.phase() == null || p.phase() < 1) {
                    problems.add(new RuleProblem(file, 0, 0, "rollout.phases: " + RuleSetWords.both("phaseNumber")));
                    continue;
                }
                String at = "rollout.phases[" + p.phase() + "]";
                if (!numbers.add(p.phase())) {
                    problems.add(new RuleProblem(file, 0, 0, at + ": " + RuleSetWords.both("duplicatePhase")));
                }
                phasesOf.add(p.phase(at, file, problems));
            }
            if (phasesOf.isEmpty()) {
                problems.add(new RuleProblem(file, 0, 0, "rollout: " + RuleSetWords.both("noPhases")));
            }
            for (Integer ref : Arrays.asList(borderPhase, defaultPhase)) {
                if (ref != null && !numbers.contains(ref)) {
                    problems.add(new RuleProblem(file, 0, 0, "rollout: " + RuleSetWords.both("unknownPhase", ref)));
                }
            }
            return new Rollout(borderPhase, defaultPhase, achieved == null ? Map.of() : achieved, phasesOf,
                    outside == null ? Map.of() : outside);
        }
    }

    /**
     * Optional deadline of the plan (Trà Vinh's report dates): the sentence in vi and en, a day and
     * month ({@code "16/12"}) or a date ({@code 2024-06-20}), and the passage that sets it.
     */
    record DeadlineFile(String vi, String en, String dayMonth, String date, String source) {

        private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");

        /** {@code deadlines, hạn thứ 2 / entry 2}: entries counted from 1, as a reader counts them. */
        static String at(int index) {
            return "deadlines (" + RuleSetWords.both("deadlineEntry", index + 1) + ")";
        }

        /** @param at the entry, as {@link #at} names it */
        Deadline deadline(String at, String file, List<RuleProblem> problems) {
            MonthDay dayMonthOf = null;
            if (dayMonth != null && !dayMonth.isBlank()) {
                Matcher dm = DAY_MONTH.matcher(dayMonth.trim());
                try {
                    if (!dm.matches()) {
                        throw new DateTimeException(dayMonth);
                    }
                    dayMonthOf = MonthDay.of(Integer.parseInt(dm.group(2)), Integer.parseInt(dm.group(1)));
                } catch (DateTimeException e) {
                    problems.add(new RuleProblem(file, 0, 0, at + ".dayMonth: \"" + dayMonth
                            + "\" " + RuleSetWords.both("notDayMonth")));
                }
            }
            LocalDate dateOf = YamlDate.parse(date, at + ".date", file, problems);
            if (dayMonth != null && !dayMonth.isBlank() && date != null && !date.isBlank()) {
                problems.add(new RuleProblem(file, 0, 0, at + ": " + RuleSetWords.both("dayMonthAndDate")));
                dayMonthOf = null;
                dateOf = null;
            }
            Map<String, String> text = new LinkedHashMap<>();
            if (vi != null) {
                text.put("vi", vi.strip());
            }
            if (en != null) {
                text.put("en", en.strip());
            }
            return new Deadline(text, dayMonthOf, dateOf, source == null ? null : source.strip());
        }
    }

    record Phase(Integer phase, Map<String, String> name, String from, String to, Integer target,
                 Map<String, String> population, Map<String, String> description, List<String> communes) {

        /** @param at the phase, as problems name it ({@code rollout.phases[2]}) */
        Rollout.Phase phase(String at, String file, List<RuleProblem> problems) {
            if (target != null && target < 0) {
                problems.add(new RuleProblem(file, 0, 0, at + ".target: " + RuleSetWords.both("negative")));
            }
            Rollout.Phase out = new Rollout.Phase(phase, name == null ? Map.of() : name,
                    YamlDate.parse(from, at + ".from", file, problems), YamlDate.parse(to, at + ".to", file, problems),
                    target, population == null ? Map.of() : population,
                    description == null ? Map.of() : description, communes == null ? List.of() : communes);
            if (communes != null && target != null && communes.size() != target) {
                problems.add(new RuleProblem(file, 0, 0, at + ".communes: "
                        + RuleSetWords.both("communesVsTarget", communes.size(), target)));
            }
            return out;
        }
    }
}
