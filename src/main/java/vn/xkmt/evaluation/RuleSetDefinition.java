package vn.xkmt.evaluation;

import vn.xkmt.text.Lang;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 *                    <p>
 *                    Built with {@link #builder()}, by name: {@code RuleSetDefinition.builder().id("tra-vinh")…build()}.
 */
public record RuleSetDefinition(String id, String version, String nameVi, String nameEn, String authority,
                                String document, String source, LocalDate effectiveFrom, LocalDate effectiveTo,
                                List<String> provinces, List<String> districts, Subject subject, List<CriterionDef> criteria,
                                Map<String, ParameterDef> parameters, Map<String, Map<String, String>> messages,
                                Map<String, Map<String, String>> verdictLabels, Map<String, String> drl,
                                String contentHash, String folder, Rollout rollout, List<Deadline> deadlines) {

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

    /** A rule set built by name: anything not given is empty (a commune rule set, no plan, no deadlines). */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RuleSetDefinition} component by component. */
    public static final class Builder {

        private String id;
        private String version;
        private String nameVi;
        private String nameEn;
        private String authority;
        private String document;
        private String source;
        private LocalDate effectiveFrom;
        private LocalDate effectiveTo;
        private List<String> provinces = List.of();
        private List<String> districts = List.of();
        private Subject subject = Subject.COMMUNE;
        private final List<CriterionDef> criteria = new ArrayList<>();
        private final Map<String, ParameterDef> parameters = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> messages = new LinkedHashMap<>();
        private Map<String, Map<String, String>> verdictLabels = Map.of();
        private final Map<String, String> drl = new LinkedHashMap<>();
        private String contentHash;
        private String folder;
        private Rollout rollout;
        private List<Deadline> deadlines = List.of();

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** The rule set's name in Vietnamese and English. */
        public Builder name(String vi, String en) {
            this.nameVi = vi;
            this.nameEn = en;
            return this;
        }

        public Builder authority(String authority) {
            this.authority = authority;
            return this;
        }

        public Builder document(String document) {
            this.document = document;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** The first and last day the version is in force; either may be null (no bound). */
        public Builder effective(LocalDate from, LocalDate to) {
            this.effectiveFrom = from;
            this.effectiveTo = to;
            return this;
        }

        public Builder provinces(List<String> provinces) {
            this.provinces = provinces;
            return this;
        }

        public Builder districts(List<String> districts) {
            this.districts = districts;
            return this;
        }

        public Builder subject(Subject subject) {
            this.subject = subject;
            return this;
        }

        /** The criteria, in order (replacing any given before). */
        public Builder criteria(List<CriterionDef> list) {
            criteria.clear();
            criteria.addAll(list);
            return this;
        }

        public Builder criterion(CriterionDef c) {
            criteria.add(c);
            return this;
        }

        /** The parameters by name (replacing any given before). */
        public Builder parameters(Map<String, ParameterDef> map) {
            parameters.clear();
            parameters.putAll(map);
            return this;
        }

        public Builder parameter(ParameterDef p) {
            parameters.put(p.name(), p);
            return this;
        }

        /** The message templates by language then key (replacing any given before). */
        public Builder messages(Map<String, Map<String, String>> map) {
            messages.clear();
            messages.putAll(map);
            return this;
        }

        /** The message templates of one language ({@code vi}, {@code en}) by key. */
        public Builder messages(String lang, Map<String, String> templates) {
            messages.put(lang, templates);
            return this;
        }

        public Builder verdictLabels(Map<String, Map<String, String>> labels) {
            this.verdictLabels = labels;
            return this;
        }

        /** The DRL sources by file name (replacing any given before). */
        public Builder drl(Map<String, String> files) {
            drl.clear();
            drl.putAll(files);
            return this;
        }

        public Builder drl(String fileName, String text) {
            drl.put(fileName, text);
            return this;
        }

        public Builder contentHash(String hash) {
            this.contentHash = hash;
            return this;
        }

        public Builder folder(String folder) {
            this.folder = folder;
            return this;
        }

        public Builder rollout(Rollout rollout) {
            this.rollout = rollout;
            return this;
        }

        public Builder deadlines(List<Deadline> deadlines) {
            this.deadlines = deadlines;
            return this;
        }

        public RuleSetDefinition build() {
            return new RuleSetDefinition(id, version, nameVi, nameEn, authority, document, source, effectiveFrom,
                    effectiveTo, provinces, districts, subject, criteria, parameters, messages, verdictLabels, drl,
                    contentHash, folder, rollout, deadlines);
        }
    }
}
