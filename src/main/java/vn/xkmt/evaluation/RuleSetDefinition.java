package vn.xkmt.evaluation;

import vn.xkmt.text.Lang;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule set version as data, read from its folder under {@code rules/}: manifest, dated
 * parameters, messages in vi and en, and the DRL text of each criterion file.
 *
 * @param districts   district names the document is limited to (empty: the whole province)
 * @param drl         DRL sources by file name (one per criterion)
 * @param messages    message templates by language ({@code vi}, {@code en}) then key
 * @param verdictLabels display labels by verdict code then language; may be empty
 * @param contentHash SHA-256 of every file of the version, so a result names exactly what decided it
 * @param rollout     the province's roll-out plan for progress reports; null when the manifest has none
 * @param deadlines   the deadlines the plan sets (report dates), in manifest order; may be empty
 */
public record RuleSetDefinition(String id, String version, String nameVi, String nameEn, String authority,
                                String document, String source, LocalDate effectiveFrom, LocalDate effectiveTo,
                                List<String> provinces, List<String> districts, Subject subject, List<CriterionDef> criteria,
                                Map<String, ParameterDef> parameters, Map<String, Map<String, String>> messages,
                                Map<String, Map<String, String>> verdictLabels, Map<String, String> drl,
                                String contentHash, String folder, Rollout rollout, List<Deadline> deadlines) {

    /** A rule set with no deadlines. */
    public RuleSetDefinition(String id, String version, String nameVi, String nameEn, String authority,
                             String document, String source, LocalDate effectiveFrom, LocalDate effectiveTo,
                             List<String> provinces, List<String> districts, Subject subject, List<CriterionDef> criteria,
                             Map<String, ParameterDef> parameters, Map<String, Map<String, String>> messages,
                             Map<String, Map<String, String>> verdictLabels, Map<String, String> drl,
                             String contentHash, String folder, Rollout rollout) {
        this(id, version, nameVi, nameEn, authority, document, source, effectiveFrom, effectiveTo, provinces, districts,
                subject, criteria, parameters, messages, verdictLabels, drl, contentHash, folder, rollout, List.of());
    }

    /** A rule set with no roll-out plan and no deadlines. */
    public RuleSetDefinition(String id, String version, String nameVi, String nameEn, String authority,
                             String document, String source, LocalDate effectiveFrom, LocalDate effectiveTo,
                             List<String> provinces, List<String> districts, Subject subject, List<CriterionDef> criteria,
                             Map<String, ParameterDef> parameters, Map<String, Map<String, String>> messages,
                             Map<String, Map<String, String>> verdictLabels, Map<String, String> drl,
                             String contentHash, String folder) {
        this(id, version, nameVi, nameEn, authority, document, source, effectiveFrom, effectiveTo, provinces, districts,
                subject, criteria, parameters, messages, verdictLabels, drl, contentHash, folder, null, List.of());
    }

    public RuleSetDefinition {
        provinces = List.copyOf(provinces);
        districts = List.copyOf(districts);
        criteria = List.copyOf(criteria);
        parameters = Map.copyOf(parameters);
        messages = Map.copyOf(messages);
        verdictLabels = Map.copyOf(verdictLabels);
        drl = Map.copyOf(drl);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }

    public Optional<CriterionDef> criterion(String criterionId) {
        return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
    }

    /** In force on {@code date}: from ≤ date ≤ to (an open end has no bound). */
    public boolean inForce(LocalDate date) {
        return date != null && (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public String name(Lang lang) {
        return lang == Lang.EN ? nameEn : nameVi;
    }

    public String verdictLabel(Verdict v, Lang lang) {
        Map<String, String> labels = verdictLabels.get(v.name());
        String l = labels == null ? null : labels.get(lang.tag());
        return l == null ? v.defaultLabel(lang) : l;
    }
}
