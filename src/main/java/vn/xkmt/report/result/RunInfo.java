package vn.xkmt.report.result;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.text.Lang;

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

    /**
     * A rule set version that decided at least one result, and what the reports show of its manifest: the period
     * it is in force, the provinces it is for, its verdict labels, its criteria, the deadlines and the roll-out
     * plan it sets (each empty or null in a document stored before they were written, schema version 0 and 1).
     */
    public record RuleSetVersion(String id, String version, String contentHash, Bilingual name,
                                 LocalDate effectiveFrom, LocalDate effectiveTo, List<String> provinces,
                                 Map<Verdict, Bilingual> verdictLabels, List<CriterionTitle> criteria,
                                 List<Deadline> deadlines, Plan rollout) {

        public RuleSetVersion {
            provinces = provinces == null ? List.of() : List.copyOf(provinces);
            verdictLabels = VerdictCounts.ordered(verdictLabels);
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
            deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        }

        /** A version known by its identity and name only. */
        public RuleSetVersion(String id, String version, String contentHash, Bilingual name) {
            this(id, version, contentHash, name, null, null, null, null, null, null, null);
        }

        /** The version's label of a verdict, the default one of criteria.md when the document does not give it. */
        public String verdictLabel(Verdict v, Lang lang) {
            Bilingual b = verdictLabels.get(v);
            return b == null ? v.defaultLabel(lang) : b.get(lang);
        }

        /** {@code id@version#hash}, as the evaluation index records it. */
        public String key() {
            return id + "@" + version + "#" + contentHash;
        }
    }

    /** A criterion of a rule set version, in manifest order. */
    public record CriterionTitle(String id, Bilingual title) {}

    /** A deadline a plan sets: when ({@code 16/12}, empty when no date), what, and the passage it comes from. */
    public record Deadline(String due, Bilingual text, String source) {}

    /**
     * A roll-out plan: its phases, the word for an eligible commune ({@code achieved}) and the title of the
     * communes outside every phase ({@code outside}, null when the plan does not name them).
     */
    public record Plan(Bilingual achieved, Bilingual outside, List<Phase> phases) {

        public Plan {
            phases = phases == null ? List.of() : List.copyOf(phases);
        }
    }

    /** A phase of a roll-out plan, with its target of eligible communes (null when none). */
    public record Phase(int number, Bilingual name, LocalDate from, LocalDate to, Integer target, Bilingual population,
                       Bilingual description) {}
}
