package vn.xkmt.ruleset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.xkmt.evaluation.RuleLimits;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.evaluation.RuleSetException;
import vn.xkmt.text.Lang;

/**
 * The optional {@code limits:} of a manifest: what one unit's evaluation may cost under this rule
 * set ({@code firings}, {@code steps}, {@code seconds}, {@code megabytes}); each left out keeps its
 * default ({@link RuleLimits#DEFAULTS}) and none may exceed its ceiling, so a rule set can ask for
 * more room but never for an unbounded evaluation.
 */
final class ManifestLimits {

    static final int MAX_FIRINGS = 1_000_000;
    static final long MAX_STEPS = 2_000_000_000L;
    static final int MAX_SECONDS = 120;
    static final int MAX_MEGABYTES = 4096;

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record Section(LimitsFile limits) {}

    record LimitsFile(Long firings, Long steps, Long seconds, Long megabytes) {}

    private ManifestLimits() {
    }

    static RuleLimits read(Path folder, String displayFolder) {
        Path manifest = folder.resolve(RuleSetLoader.MANIFEST);
        String file = displayFolder + "/" + RuleSetLoader.MANIFEST;
        LimitsFile l;
        try {
            l = Files.isRegularFile(manifest) ? YAML.readValue(manifest.toFile(), Section.class).limits() : null;
        } catch (JacksonException e) {
            return RuleLimits.DEFAULTS; // the manifest's own reading reports what is wrong with it
        }
        if (l == null) {
            return RuleLimits.DEFAULTS;
        }
        List<RuleProblem> problems = new ArrayList<>();
        RuleLimits d = RuleLimits.DEFAULTS;
        long firings = value(l.firings(), d.maxFirings(), MAX_FIRINGS, "firings", file, problems);
        long steps = value(l.steps(), d.maxSteps(), MAX_STEPS, "steps", file, problems);
        long seconds = value(l.seconds(), d.maxTime().toSeconds(), MAX_SECONDS, "seconds", file, problems);
        long mb = value(l.megabytes(), d.maxAllocatedBytes() >> 20, MAX_MEGABYTES, "megabytes", file, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(displayFolder, problems);
        }
        return new RuleLimits((int) firings, steps, Duration.ofSeconds(seconds), mb << 20);
    }

    private static long value(Long given, long dflt, long ceiling, String key, String file,
                              List<RuleProblem> problems) {
        if (given == null) {
            return dflt;
        }
        if (given < 1 || given > ceiling) {
            String unitVi = RuleSetWords.in(Lang.VI, "unit." + key);
            problems.add(new RuleProblem(file, 0, 0, RuleSetWords.in(Lang.VI, "limit", key, ceiling + " " + unitVi, given)
                    + " / " + RuleSetWords.in(Lang.EN, "limit", key, ceiling, given)));
            return dflt;
        }
        return given;
    }
}
