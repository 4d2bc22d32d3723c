package vn.xkmt.report.result;

import java.time.Instant;
import java.util.List;

/** When the run ran, under which program, over which inputs and rule set versions (what reproduces it). */
public record RunInfo(Instant startedAt, Instant finishedAt, String xkmtVersion, List<InputFile> inputs,
                      List<RuleSetVersion> ruleSets) {

    public RunInfo {
        inputs = List.copyOf(inputs);
        ruleSets = List.copyOf(ruleSets);
    }

    /**
     * One input workbook and what was read from it; {@code persons}, {@code villages} and {@code models} are
     * null when not known (a partial view counts communes and annual rows only).
     */
    public record InputFile(String file, String sha256, int communes, Integer persons, Integer villages,
                            Integer models, int annualRows, int errors, int warnings) {}

    /** A rule set version that decided at least one result. */
    public record RuleSetVersion(String id, String version, String contentHash, Bilingual name) {

        /** {@code id@version#hash}, as the evaluation index records it. */
        public String key() {
            return id + "@" + version + "#" + contentHash;
        }
    }
}
