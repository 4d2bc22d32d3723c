package vn.xkmt.ruleset;

import vn.xkmt.text.Lang;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.xkmt.evaluation.ParameterDef;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.RuleSetException;

/**
 * Reads one rule set version folder ({@code rules/<id>/<version>/}) into a {@link RuleSetDefinition}:
 * {@code manifest.yaml}, {@code parameters.yaml}, {@code messages_vi.properties},
 * {@code messages_en.properties} and one {@code .drl} per criterion. Every problem found is
 * reported with the file it is in; nothing is compiled here.
 */
final class RuleSetLoader {

    static final String MANIFEST = "manifest.yaml";
    static final String PARAMETERS = "parameters.yaml";

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
        RuleSetDefinition def = m.definition(displayFolder + "/" + MANIFEST, problems).parameters(params)
                .messages(messages).drl(drl).contentHash(hash(folder)).folder(displayFolder).build();
        problems.addAll(new RuleSetLint(def).check());
        if (!problems.isEmpty()) {
            throw new RuleSetException(displayFolder, problems);
        }
        return def;
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
            ParameterDef def = (pf == null ? new ParameterFile(null, null, null, null) : pf)
                    .definition(pname, display, problems);
            if (def != null) {
                out.put(pname, def);
            }
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
}
