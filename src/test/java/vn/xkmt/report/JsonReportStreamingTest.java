package vn.xkmt.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.testing.TestRuleSets;

/**
 * The JSON report is streamed one result at a time (a flood of unreadable cells makes documents of
 * hundreds of MB): what it writes is, byte for byte, the document {@link ResultDocument#of} holds.
 */
class JsonReportStreamingTest {

    @Test
    void theStreamedDocumentIsTheWholeDocument() throws Exception {
        WorkbookReader reader = new WorkbookReader();
        RunResult run = new Evaluator(TestRuleSets.catalog(), reader::read).run(
                List.of(Path.of("samples", "thanh-hoa.xlsx"), Path.of("samples", "invalid", "many-errors.xlsx")),
                RunOptions.DEFAULT, Progress.NONE);
        assertThat(run.results()).hasSizeGreaterThan(1);
        assertThat(run.errors()).isNotEmpty();

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        JsonReport.write(run, streamed);
        ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        String whole = ResultJson.pretty(new ResultDocument().of(run));

        assertThat(streamed.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(whole);
        JsonNode doc = json.readTree(streamed.toByteArray());
        assertThat(doc.propertyNames()).containsExactly("schemaVersion", "run", "summary", "results", "errors", "warnings");
        assertThat(doc.get("results").size()).isEqualTo(run.results().size());
    }
}
