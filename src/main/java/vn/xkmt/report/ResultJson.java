package vn.xkmt.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.report.result.Bilingual;
import vn.xkmt.report.result.ConditionFinding;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.Problem;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.RunInfo;
import vn.xkmt.report.result.Summary;
import vn.xkmt.report.result.UnitEntry;

/**
 * The JSON of a {@link RunDocument}, written and read back: the shape of the command-line contract, each record's
 * components in order, an absent optional left out (the records carry no JSON annotations: the mix-ins here say
 * which). The reader takes every shape version up to {@link RunDocument#CURRENT}, and documents stored before the
 * shape carried a version ({@link RunDocument#LEGACY}, the same shape without {@code schemaVersion}).
 */
public final class ResultJson {

    /** Pretty-printed, as the command line writes it. */
    static final JsonMapper PRETTY = mapper(true);
    /** On one line, as the web stores it. */
    static final JsonMapper COMPACT = mapper(false);

    private ResultJson() {
    }

    private static JsonMapper mapper(boolean indent) {
        JsonMapper.Builder b = JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(RunInfo.InputFile.class, InputFileJson.class)
                .addMixIn(RunInfo.RuleSetVersion.class, RuleSetVersionJson.class)
                .addMixIn(RunInfo.Plan.class, PlanJson.class)
                .addMixIn(Summary.class, SummaryJson.class)
                .addMixIn(UnitEntry.class, UnitJson.class)
                .addMixIn(CriterionEntry.class, CriterionJson.class)
                .addMixIn(ConditionFinding.class, FindingJson.class)
                .addMixIn(ConditionFinding.EvidenceRow.class, EvidenceJson.class)
                .addMixIn(Problem.class, ProblemJson.class);
        if (indent) {
            b.enable(SerializationFeature.INDENT_OUTPUT);
        }
        return b.build();
    }

    /** The document as the web stores it (one line). */
    public static String write(RunDocument doc) {
        return COMPACT.writeValueAsString(doc);
    }

    /** The document pretty-printed, as the command line and the downloads write it. */
    public static byte[] writePretty(RunDocument doc) {
        return PRETTY.writeValueAsBytes(doc);
    }

    public static void writePretty(RunDocument doc, OutputStream out) {
        PRETTY.writeValue(out, doc);
    }

    /** Any part of a document (a unit, a problem), pretty-printed. */
    static String pretty(Object part) {
        return PRETTY.writeValueAsString(part);
    }

    /** A part of a document as a JSON tree in the document's shape, for an answer that embeds it. */
    public static JsonNode tree(Object part) {
        return COMPACT.valueToTree(part);
    }

    /**
     * Reads a stored or written document back. Refused when it was written by a newer program (a shape this one
     * does not know).
     */
    public static RunDocument read(String json) {
        JsonNode tree = COMPACT.readTree(json);
        int version = tree.path("schemaVersion").asInt(RunDocument.LEGACY);
        if (version > RunDocument.CURRENT) {
            throw new IllegalArgumentException("result schema version " + version + " is newer than this program's ("
                    + RunDocument.CURRENT + ")");
        }
        return COMPACT.treeToValue(tree, RunDocument.class);
    }

    /** One unit's result on its own, as a council meeting's item stores it (one line). */
    public static String writeUnit(UnitEntry unit) {
        return COMPACT.writeValueAsString(unit);
    }

    /** One unit's result as stored on its own (a council meeting's item). */
    public static UnitEntry readUnit(String json) {
        return COMPACT.readValue(json, UnitEntry.class);
    }

    // what is left out when absent; every other component is written, null or not

    private abstract static class InputFileJson {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Integer persons();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Integer villages();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Integer models();
    }

    private abstract static class RuleSetVersionJson {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object effectiveFrom();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object effectiveTo();
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<String> provinces();
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract java.util.Map<?, ?> verdictLabels();
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<RunInfo.CriterionTitle> criteria();
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<RunInfo.Deadline> deadlines();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract RunInfo.Plan rollout();
    }

    private abstract static class PlanJson {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Bilingual outside();
    }

    private abstract static class SummaryJson {
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Summary.RuleSetCount> byRuleSet();
    }

    private abstract static class UnitJson {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Integer year();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract String province();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract String district();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object referenceDate();
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) abstract boolean criteriaForReference();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Bilingual notInForce();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object validUntil();
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Problem> unitWarnings();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract String sheet();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Integer phase();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Bilingual ruleSetName();
    }

    private abstract static class CriterionJson {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Bilingual remedy();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object validUntil();
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Problem> warnings();
    }

    private abstract static class FindingJson {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Integer required();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Integer found();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Integer shortBy();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Bilingual remedy();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object validUntil();
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<ConditionFinding.EvidenceRow> evidence();
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<String> cellsToFill();
    }

    private abstract static class EvidenceJson {
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<String> cellsToFill();
    }

    private abstract static class ProblemJson {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract String severity();
    }
}
