package vn.xkmt.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
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

    public static void write(RunResult run, OutputStream out) {
        JSON.writeValue(out, new ResultDocument().of(run));
    }
}
