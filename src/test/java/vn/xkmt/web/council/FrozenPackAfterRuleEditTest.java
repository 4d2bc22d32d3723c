package vn.xkmt.web.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.testing.RulesCopy;
import vn.xkmt.web.As;
import vn.xkmt.web.WebApp;
import vn.xkmt.web.Workbooks;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.register.Register;

/**
 * A frozen pack does not change when the rules are edited and the same commune is uploaded again
 * under the new rules: its evaluation, SHA-256, rule set hash and result stay as frozen and still
 * match the stored evaluation; the new upload is shown as newer. Runs over a copy of the rules folder.
 */
@SpringBootTest(classes = WebApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:xkmt-frozen;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class FrozenPackAfterRuleEditTest {

    static final Path RULES = copy();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry r) {
        r.add("xkmt.web.rules", RULES::toString);
        r.add("xkmt.web.rules-poll", () -> "0");
    }

    static Path copy() {
        try {
            return RulesCopy.copy(Path.of("rules"), Files.createTempDirectory("xkmt-frozen-").resolve("rules"),
                    rel -> !rel.contains("tests"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    EvaluationService service;
    @Autowired
    Meetings meetings;
    @Autowired
    Register register;
    @Autowired
    RuleSetRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFrozenPackIsUnchangedAfterARuleEditAndAReUpload() throws Exception {
        long first = service.submit(As.APPRAISER_A.user(), "a.xlsx", Workbooks.thanhHoaEligible("FZ-1"));
        long id = meetings.create(Secretaries.THANH_HOA, "thanh-hoa", register.today(), "Hội trường", "");
        meetings.add(id, Secretaries.THANH_HOA, List.of("FZ-1"), Purpose.RECOGNITION, 0);
        meetings.freeze(id, Secretaries.THANH_HOA, 1);
        ItemView before = meetings.view(id, Secretaries.THANH_HOA).items().get(0);
        assertThat(before.item().verdict()).isEqualTo("ELIGIBLE");

        Path params = RULES.resolve("thanh-hoa/2024.2/parameters.yaml");
        String text = Files.readString(params);
        Files.writeString(params, text.replace("    2024-11-01: 10", "    2024-11-01: 1"));
        try {
            assertThat(registry.reload().activated()).contains("thanh-hoa");
            String hashNow = registry.current().version("thanh-hoa", "2024.2").orElseThrow().definition().contentHash();
            assertThat(hashNow).isNotEqualTo(before.item().ruleSetHash());
            long again = service.submit(As.APPRAISER_A.user(), "b.xlsx", Workbooks.thanhHoaEligible("FZ-1"));

            ItemView after = meetings.view(id, Secretaries.THANH_HOA).items().get(0);
            assertThat(after.item()).isEqualTo(before.item());
            assertThat(after.result()).isEqualTo(before.result());
            assertThat(after.result().criteria()).filteredOn(c -> c.id().equals("TH1")).singleElement()
                    .satisfies(c -> assertThat(c.outcome()).isEqualTo(Outcome.PASS));
            assertThat(after.newer().evaluationId()).isEqualTo(again);
            assertThat(after.newer().verdict()).isEqualTo("NOT_ELIGIBLE");
            assertThat(after.newer().ruleSetHash()).isEqualTo(hashNow);
            // the pack's hashes are those of the stored evaluation it names
            assertThat(jdbc.sql("SELECT input_sha256 FROM evaluation WHERE id = ?").param(first).query(String.class).single())
                    .isEqualTo(after.item().inputSha256());
            assertThat(jdbc.sql("SELECT rule_set_hash FROM evaluation_unit WHERE evaluation_id = ?").param(first)
                    .query(String.class).single()).isEqualTo(after.item().ruleSetHash());
            assertThat(jdbc.sql("SELECT verdict FROM evaluation_unit WHERE evaluation_id = ?").param(first)
                    .query(String.class).single()).isEqualTo(after.item().verdict());
        } finally {
            Files.writeString(params, text);
            registry.reload();
        }
    }
}
