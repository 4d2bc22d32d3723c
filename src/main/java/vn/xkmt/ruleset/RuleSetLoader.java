package vn.xkmt.ruleset;

import vn.xkmt.text.Lang;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.xkmt.evaluation.CriterionDef;
import vn.xkmt.evaluation.Deadline;
import vn.xkmt.evaluation.ParameterDef;
import vn.xkmt.evaluation.Rollout;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.RuleSetException;
import vn.xkmt.evaluation.Subject;

/**
 * Reads one rule set version folder ({@code rules/<id>/<version>/}) into a {@link RuleSetDefinition}:
 * {@code manifest.yaml}, {@code parameters.yaml}, {@code messages_vi.properties},
 * {@code messages_en.properties} and one {@code .drl} per criterion. Every problem found is
 * reported with the file it is in; nothing is compiled here.
 */
final class RuleSetLoader {

    static final String MANIFEST = "manifest.yaml";
    static final String PARAMETERS = "parameters.yaml";
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");

    private final ObjectMapper yaml = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    RuleSetDefinition load(Path folder, String displayFolder) {
        List<RuleProblem> problems = new ArrayList<>();
        ManifestFile m = readYaml(folder.resolve(MANIFEST), displayFolder + "/" + MANIFEST, ManifestFile.class, problems);
        Map<String, ParameterDef> params = readParameters(folder.resolve(PARAMETERS), displayFolder + "/" + PARAMETERS, problems);
        Map<String, Map<String, String>> messages = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            messages.put(lang.tag(), readMessages(folder.resolve("messages_" + lang.tag() + ".properties"),
                    displayFolder + "/messages_" + lang.tag() + ".properties", problems));
        }
        Map<String, String> drl = readDrl(folder, displayFolder, problems);
        if (m == null) {
            throw new RuleSetException(displayFolder, problems);
        }
        RuleSetDefinition def = toDefinition(m, params, messages, drl, hash(folder), displayFolder, problems);
        problems.addAll(new RuleSetLint(def).check());
        if (!problems.isEmpty()) {
            throw new RuleSetException(displayFolder, problems);
        }
        return def;
    }

    private RuleSetDefinition toDefinition(ManifestFile m, Map<String, ParameterDef> params,
                                           Map<String, Map<String, String>> messages, Map<String, String> drl,
                                           String hash, String folder, List<RuleProblem> problems) {
        String file = folder + "/" + MANIFEST;
        require(m.id(), "id", file, problems);
        require(m.version(), "version", file, problems);
        Subject subject = Subject.COMMUNE;
        if (m.subject() != null) {
            try {
                subject = Subject.valueOf(m.subject().trim());
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(file, 0, 0, "subject: \"" + m.subject()
                        + "\" " + RuleSetWords.both("subject")));
            }
        }
        List<CriterionDef> criteria = new ArrayList<>();
        if (m.criteria() == null || m.criteria().isEmpty()) {
            problems.add(new RuleProblem(file, 0, 0, RuleSetWords.both("noCriteria")));
        } else {
            for (ManifestFile.Criterion c : m.criteria()) {
                Map<String, String> t = c.title() == null ? Map.of() : c.title();
                criteria.add(new CriterionDef(c.id(), t.getOrDefault("vi", c.id()), t.getOrDefault("en", c.id()),
                        c.passage(), c.conditions() == null ? List.of() : c.conditions()));
            }
        }
        Map<String, String> name = m.name() == null ? Map.of() : m.name();
        ManifestFile.Effective eff = m.effective();
        LocalDate from = eff == null ? null : date(eff.from(), "effective.from", file, problems);
        LocalDate to = eff == null ? null : date(eff.to(), "effective.to", file, problems);
        return new RuleSetDefinition(m.id(), m.version(), name.getOrDefault("vi", m.id()), name.getOrDefault("en", m.id()),
                m.authority(), m.document(), m.source(), from, to,
                m.provinces() == null ? List.of() : m.provinces(), m.districts() == null ? List.of() : m.districts(),
                subject, criteria, params, messages,
                m.verdictLabels() == null ? Map.of() : m.verdictLabels(), drl, hash, folder,
                rollout(m.rollout(), file, problems), deadlines(m.deadlines(), file, problems));
    }

    /**
     * The optional {@code deadlines:} list: a day and month {@code d/m} or a date yyyy-mm-dd, not both.
     * The texts and the passage are checked by {@link RuleSetLint}.
     */
    private static List<Deadline> deadlines(List<ManifestFile.DeadlineFile> list, String file, List<RuleProblem> problems) {
        List<Deadline> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            ManifestFile.DeadlineFile d = list.get(i);
            String at = deadlineAt(i);
            if (d == null) {
                problems.add(new RuleProblem(file, 0, 0, at + ": " + RuleSetWords.both("emptyEntry")));
                continue;
            }
            MonthDay dayMonth = null;
            if (d.dayMonth() != null && !d.dayMonth().isBlank()) {
                Matcher dm = DAY_MONTH.matcher(d.dayMonth().trim());
                try {
                    if (!dm.matches()) {
                        throw new DateTimeException(d.dayMonth());
                    }
                    dayMonth = MonthDay.of(Integer.parseInt(dm.group(2)), Integer.parseInt(dm.group(1)));
                } catch (DateTimeException e) {
                    problems.add(new RuleProblem(file, 0, 0, at + ".dayMonth: \"" + d.dayMonth()
                            + "\" " + RuleSetWords.both("notDayMonth")));
                }
            }
            LocalDate date = date(d.date(), at + ".date", file, problems);
            if (d.dayMonth() != null && !d.dayMonth().isBlank() && d.date() != null && !d.date().isBlank()) {
                problems.add(new RuleProblem(file, 0, 0, at + ": " + RuleSetWords.both("dayMonthAndDate")));
                dayMonth = null;
                date = null;
            }
            Map<String, String> text = new LinkedHashMap<>();
            if (d.vi() != null) {
                text.put("vi", d.vi().strip());
            }
            if (d.en() != null) {
                text.put("en", d.en().strip());
            }
            out.add(new Deadline(text, dayMonth, date, d.source() == null ? null : d.source().strip()));
        }
        return out;
    }

    /** {@code deadlines, hạn thứ 2 / entry 2}: entries counted from 1, as a reader counts them. */
    static String deadlineAt(int index) {
        return "deadlines (" + RuleSetWords.both("deadlineEntry", index + 1) + ")";
    }

    /** The optional {@code rollout:} section: phases numbered once each, dates yyyy-mm-dd, targets ≥ 0. */
    private static Rollout rollout(ManifestFile.RolloutFile r, String file, List<RuleProblem> problems) {
        if (r == null) {
            return null;
        }
        List<Rollout.Phase> phases = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (ManifestFile.Phase p : r.phases() == null ? List.<ManifestFile.Phase>of() : r.phases()) {
            if (p == null || p.phase() == null || p.phase() < 1) {
                problems.add(new RuleProblem(file, 0, 0, "rollout.phases: " + RuleSetWords.both("phaseNumber")));
                continue;
            }
            String at = "rollout.phases[" + p.phase() + "]";
            if (!numbers.add(p.phase())) {
                problems.add(new RuleProblem(file, 0, 0, at + ": " + RuleSetWords.both("duplicatePhase")));
            }
            if (p.target() != null && p.target() < 0) {
                problems.add(new RuleProblem(file, 0, 0, at + ".target: " + RuleSetWords.both("negative")));
            }
            phases.add(new Rollout.Phase(p.phase(), p.name() == null ? Map.of() : p.name(),
                    date(p.from(), at + ".from", file, problems), date(p.to(), at + ".to", file, problems), p.target(),
                    p.population() == null ? Map.of() : p.population(),
                    p.description() == null ? Map.of() : p.description(), p.communes() == null ? List.of() : p.communes()));
            if (p.communes() != null && p.target() != null && p.communes().size() != p.target()) {
                problems.add(new RuleProblem(file, 0, 0, at + ".communes: "
                        + RuleSetWords.both("communesVsTarget", p.communes().size(), p.target())));
            }
        }
        if (phases.isEmpty()) {
            problems.add(new RuleProblem(file, 0, 0, "rollout: " + RuleSetWords.both("noPhases")));
        }
        for (Integer ref : java.util.Arrays.asList(r.borderPhase(), r.defaultPhase())) {
            if (ref != null && !numbers.contains(ref)) {
                problems.add(new RuleProblem(file, 0, 0, "rollout: " + RuleSetWords.both("unknownPhase", ref)));
            }
        }
        return new Rollout(r.borderPhase(), r.defaultPhase(), r.achieved() == null ? Map.of() : r.achieved(), phases,
                r.outside() == null ? Map.of() : r.outside());
    }

    private <T> T readYaml(Path p, String display, Class<T> type, List<RuleProblem> problems) {
        if (!Files.isRegularFile(p)) {
            problems.add(new RuleProblem(display, 0, 0, RuleSetWords.both("fileMissing")));
            return null;
        }
        try {
            return yaml.readValue(p.toFile(), type);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            problems.add(new RuleProblem(display, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    RuleSetWords.both("unreadableYaml") + ": " + e.getOriginalMessage()));
            return null;
        }
    }

    private Map<String, ParameterDef> readParameters(Path p, String display, List<RuleProblem> problems) {
        Map<String, ParameterDef> out = new TreeMap<>();
        if (!Files.isRegularFile(p)) {
            return out;
        }
        Map<?, ?> raw = readYaml(p, display, Map.class, problems);
        if (raw == null) {
            return out;
        }
        for (Map.Entry<?, ?> e : raw.entrySet()) {
            String pname = String.valueOf(e.getKey());
            ParameterFile pf;
            try {
                pf = yaml.convertValue(e.getValue(), ParameterFile.class);
            } catch (JacksonException ex) {
                problems.add(new RuleProblem(display, 0, 0, pname + ": " + ex.getOriginalMessage()));
                continue;
            }
            if (pf == null || pf.values() == null || pf.values().isEmpty()) {
                problems.add(new RuleProblem(display, 0, 0, pname + ": " + RuleSetWords.both("noValues")));
                continue;
            }
            Map<LocalDate, Object> values = new TreeMap<>();
            pf.values().forEach((d, v) -> {
                LocalDate date = date(d, pname + ".values", display, problems);
                if (date != null) {
                    values.put(date, v);
                }
            });
            out.put(pname, ParameterDef.of(pname, pf.unit(), pf.description(), pf.reference(), values));
        }
        return out;
    }

    private static Map<String, String> readMessages(Path p, String display, List<RuleProblem> problems) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(p)) {
            problems.add(new RuleProblem(display, 0, 0, RuleSetWords.both("messagesMissing")));
            return out;
        }
        try {
            Properties props = new Properties();
            props.load(new StringReader(Files.readString(p, StandardCharsets.UTF_8)));
            props.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem(display, 0, 0, RuleSetWords.both("unreadable") + ": " + e.getMessage()));
        }
        return out;
    }

    private static Map<String, String> readDrl(Path folder, String display, List<RuleProblem> problems) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            problems.add(new RuleProblem(display, 0, 0, RuleSetWords.both("folderUnreadable") + ": " + e.getMessage()));
        }
        if (out.isEmpty()) {
            problems.add(new RuleProblem(display, 0, 0, RuleSetWords.both("noDrl")));
        }
        return out;
    }

    /** SHA-256 over the relative path and bytes of every file of the version except its tests. */
    static String hash(Path folder) {
        try {
            return RuleSetFiles.hash(RuleSetFiles.read(folder));
        } catch (IOException e) {
            return "unavailable";
        }
    }

    private static void require(String v, String field, String file, List<RuleProblem> problems) {
        if (v == null || v.isBlank()) {
            problems.add(new RuleProblem(file, 0, 0, RuleSetWords.both("missingField") + ": " + field));
        }
    }

    private static LocalDate date(Object v, String field, String file, List<RuleProblem> problems) {
        if (v == null || String.valueOf(v).isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(v).trim());
        } catch (DateTimeParseException e) {
            problems.add(new RuleProblem(file, 0, 0, field + ": \"" + v
                    + "\" " + RuleSetWords.both("notDate")));
            return null;
        }
    }
}
