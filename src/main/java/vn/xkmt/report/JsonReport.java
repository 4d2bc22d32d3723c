package vn.xkmt.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.batch.RunResult;

/** Writes a run as the JSON document of the command-line contract. */
public final class JsonReport {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {
    }

    public static void write(RunResult run, Path file) throws IOException {
        ReportFile.write(file, out -> write(run, out));
    }

    /** Writes the document as {@link ResultDocument#of} holds it, streaming: one result in memory at a time. */
    public static void write(RunResult run, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            new ResultDocument().write(run, new ResultDocument.Members() {
                @Override
                public void member(String name, Object value) {
                    g.writeName(name);
                    g.writePOJO(value);
                }

                @Override
                public void results(Stream<Map<String, Object>> results) {
                    g.writeName("results");
                    g.writeStartArray();
                    results.forEach(g::writePOJO);
                    g.writeEndArray();
                }
            });
            g.writeEndObject();
        }
    }
}
