package vn.xkmt.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.batch.RunResult;

class JsonReportTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Test
    void theDocumentWrittenUnitByUnitIsTheWholeDocumentOfTheRun() {
        RunResult run = Fixtures.run(Fixtures.sample());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(run, out);
        JsonNode written = JSON.readTree(out.toByteArray());
        JsonNode whole = ResultJson.tree(new ResultDocument().of(run));
        assertThat(written).isEqualTo(whole);
        assertThat(written.propertyNames()).containsExactly("schemaVersion", "run", "summary", "results", "errors", "warnings");
        assertThat(written.get("results")).hasSize(run.results().size());
        assertThat(written.get("errors")).hasSize(run.errors().size());
        assertThat(written.get("warnings")).hasSize(run.warnings().size());
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\n  \"results\" : [");
    }
}
