package vn.xkmt.web.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.ResultJson;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.text.Lang;

/**
 * A pack item's frozen copy, as the database keeps it ({@code meeting_item.result_json}), reads back as the
 * result's own record: the fixture was written by the council before it read items as records (a Thanh Hóa
 * commune failing TH8 on village "Thôn 2").
 */
class FrozenPackItemReadTest {

    static String resource(String name) throws IOException {
        try (InputStream in = FrozenPackItemReadTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFrozenItemReadsWithItsVerdictCriteriaOutcomesAndEvidence() throws IOException {
        UnitEntry u = ResultJson.readUnit(resource("/council/frozen-item-not-eligible.json"));

        assertThat(u.unitCode()).isEqualTo("FX-1");
        assertThat(u.district()).isNull();
        assertThat(u.ruleSetKey()).startsWith("thanh-hoa@2024.2#c6cdc492");
        assertThat(u.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(u.eligible()).isFalse();
        assertThat(u.verdictLabel().get(Lang.VI)).isEqualTo("Chưa đủ điều kiện công nhận");
        assertThat(u.verdictLabel().get("en")).isEqualTo("Not eligible");
        assertThat(u.criteria()).extracting(CriterionEntry::id)
                .containsExactly("TH1", "TH2", "TH3", "TH4", "TH5", "TH6", "TH7", "TH8", "TH9");
        assertThat(u.criteria()).extracting(CriterionEntry::outcome).containsExactly(Outcome.PASS, Outcome.PASS,
                Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.FAIL, Outcome.PASS);
        assertThat(u.notPassing()).extracting(CriterionEntry::id).containsExactly("TH8");
        CriterionEntry th8 = u.notPassing().get(0);
        assertThat(th8.outcomeLabel().get(Lang.EN)).isEqualTo("Fail");
        assertThat(th8.evidence()).containsExactly("Thon!3 Thôn 2");
        assertThat(u.criteria()).filteredOn(CriterionEntry::passing).allSatisfy(c -> assertThat(c.evidence()).isEmpty());
    }

    @Test
    void aFrozenItemWritesBackAsStored() throws IOException {
        String stored = resource("/council/frozen-item-not-eligible.json").strip();

        assertThat(ResultJson.writeUnit(ResultJson.readUnit(stored))).isEqualTo(stored);
    }

    @Test
    void anItemCopiedFromADocumentStoredBeforeTheSchemaVersionReadsAsTheDocumentReaderReadsIt() throws IOException {
        String doc = resource("/result/legacy-hung-yen-khoai-chau.json");
        List<UnitEntry> units = ResultJson.read(doc).results();
        JsonNode raw = JsonMapper.builder().build().readTree(doc).path("results");

        for (int i = 0; i < units.size(); i++) {
            assertThat(ResultJson.readUnit(raw.get(i).toString())).isEqualTo(units.get(i));
        }
        assertThat(units.get(0).criteria()).extracting(CriterionEntry::id)
                .containsExactly("HY1", "HY2", "HY3", "HY4", "HY5", "HY6", "HY7");
    }
}
