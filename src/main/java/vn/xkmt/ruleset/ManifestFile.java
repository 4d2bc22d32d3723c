package vn.xkmt.ruleset;

import java.util.List;
import java.util.Map;

/** {@code manifest.yaml} of a rule set version, as written by policy staff. */
record ManifestFile(String id, String version, Map<String, String> name, String authority, String document,
                    String source, Effective effective, List<String> provinces, List<String> districts,
                    String subject, Map<String, Map<String, String>> verdictLabels, List<Criterion> criteria,
                    RolloutFile rollout, List<DeadlineFile> deadlines) {

    record Effective(String from, String to) {}

    record Criterion(String id, Map<String, String> title, String passage, List<String> conditions) {}

    /** Optional roll-out plan, for progress reports (Lào Cai's phases). */
    record RolloutFile(Integer borderPhase, Integer defaultPhase, Map<String, String> achieved, List<Phase> phases,
                       Map<String, String> outside) {}

    /**
     * Optional deadline of the plan (Trà Vinh's report dates): the sentence in vi and en, a day and
     * month ({@code "16/12"}) or a date ({@code 2024-06-20}), and the passage that sets it.
     */
    record DeadlineFile(String vi, String en, String dayMonth, String date, String source) {}

    record Phase(Integer phase, Map<String, String> name, String from, String to, Integer target,
                 Map<String, String> population, Map<String, String> description, List<String> communes) {}
}
