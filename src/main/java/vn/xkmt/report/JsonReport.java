package vn.xkmt.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.evaluation.UnitResult;

/**
 * Writes a run as the JSON document of the command-line contract, unit by unit: each unit's part of the document
 * is built, written and let go, so a batch of tens of thousands of units costs the memory of one unit's part, not
 * of the whole document.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {
    }

    public static void write(RunResult run, Path file) throws IOException {
        ReportFile.write(file, out -> write(run, out));
    }

    public static void write(RunResult run, OutputStream out) {
        ResultDocument doc = new ResultDocument();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("run");
            g.writePOJO(ResultDocument.runInfo(run));
            g.writeName("summary");
            g.writePOJO(ResultDocument.summary(run.results(), run.ruleSetsUsed()));
            ProblemsByRow byRow = new ProblemsByRow(run.problems());
            g.writeName("results");
            g.writeStartArray();
            for (UnitResult r : run.results()) {
                Map<String, Object> unit = doc.result(r, byRow);
                g.writePOJO(unit);
            }
            g.writeEndArray();
            g.writeName("errors");
            problems(g, run.errors());
            g.writeName("warnings");
            problems(g, run.warnings());
            g.writeEndObject();
        }
    }

    private static void problems(JsonGenerator g, java.util.List<DataProblem> problems) {
        g.writeStartArray();
        for (DataProblem p : problems) {
            g.writePOJO(ResultDocument.problem(p));
        }
        g.writeEndArray();
    }
}
