package vn.xkmt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.UnitEntry;

class ResultJsonTest {

    @Test
    void everySampleWorkbooksResultWrittenReadAndWrittenAgainIsTheSameText() throws Exception {
        for (Path workbook : SampleRuns.workbooks()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JsonReport.write(SampleRuns.run(workbook), out);
            String written = out.toString(StandardCharsets.UTF_8);
            RunDocument read = ResultJson.read(written);
            assertThat(read.schemaVersion()).as(workbook.toString()).isEqualTo(RunDocument.CURRENT);
            assertThat(new String(ResultJson.writePretty(read), StandardCharsets.UTF_8)).as(workbook.toString())
                    .isEqualTo(written);
            assertThat(ResultJson.read(ResultJson.write(read))).as(workbook.toString()).isEqualTo(read);
        }
    }

    @Test
    void aDocumentStoredBeforeTheShapeHadAVersionReadsAsTheSameResultAndWritesAsBeforeWithTheVersionAdded()
            throws Exception {
        for (String name : new String[] {"legacy-hung-yen-khoai-chau.json", "legacy-lao-cai-batch.json"}) {
            String legacy = Files.readString(Path.of("src/test/resources/result", name));
            RunDocument read = ResultJson.read(legacy);
            assertThat(read.schemaVersion()).isEqualTo(RunDocument.LEGACY);
            String rewritten = new String(ResultJson.writePretty(read.current()), StandardCharsets.UTF_8);
            assertThat(rewritten).as(name)
                    .isEqualTo(legacy.replaceFirst("\\{\n", "{\n  \"schemaVersion\" : " + RunDocument.CURRENT + ",\n"));
        }
    }

    @Test
    void aStoredResultReadsBackAsRecordsWithItsVerdictsFindingsAndProblems() throws Exception {
        RunDocument doc = ResultJson.read(Files.readString(Path.of("src/test/resources/result/legacy-lao-cai-batch.json")));
        UnitEntry lc2 = doc.results().stream().filter(u -> u.unitCode().equals("LC-002")).findFirst().orElseThrow();
        assertThat(lc2.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(lc2.district()).isEqualTo("Bát Xát");
        assertThat(lc2.criteria()).anySatisfy(c -> assertThat(c.outcome()).isEqualTo(Outcome.FAIL));
        assertThat(doc.errors()).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo("H17");
            assertThat(p.message().en()).isEqualTo("Nguoi!H17 (Ngày xét nghiệm gần nhất): \"31/02/2024\" is not a date");
        });
        assertThat(doc.warnings()).hasSize(5).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.cell()).isNull();
            assertThat(p.message().vi()).isEqualTo("@SUM(1) cột lạ");
        });
        assertThat(doc.summary().verdicts()).containsKeys(Verdict.values());
    }

    @Test
    void aDocumentOfANewerShapeIsRefusedNotMisread() {
        assertThatThrownBy(() -> ResultJson.read("{\"schemaVersion\":99,\"results\":[]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
    }
}
