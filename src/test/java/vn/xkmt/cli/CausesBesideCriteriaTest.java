package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.PersonBuilder.addict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.testing.CommandRun;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.ContractWorkbook;

/**
 * An undecided condition names, person by person, the cause it waits for — a test dated after the
 * request date, a blank cell — not the list of every possible cause; and the data warning that
 * explains a criterion is given with that criterion (JSON, HTML report), not only at the end.
 */
class CausesBesideCriteriaTest {

    @TempDir
    static Path tmp;

    static JsonNode doc;
    static String html;

    @BeforeAll
    static void evaluate() throws IOException {
        ContractWorkbook wb = ContractWorkbook.create();
        // R = 15/03/2025: NN-003 tested on 17/03/2025; NN-004 not supervised, residence blank; NN-005 fine
        CommuneBuilder.thanhHoa("TH-01").with(addict("NN-003").testedDaysAfter(2),
                addict("NN-004").blank("residence").unsupervised(),
                addict("NN-005")).addTo(wb);
        Path in = wb.write(tmp.resolve("nguyen-nhan.xlsx"));
        Path json = tmp.resolve("r.json");
        Path page = tmp.resolve("r.html");
        CommandRun run = CommandRun.xkmt("evaluate", "--rules", "rules", "--json", json.toString(), "--html",
                page.toString(), in.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1); // the blank residence is a required cell: an error
        doc = JsonMapper.builder().build().readTree(json.toFile());
        html = Files.readString(page, StandardCharsets.UTF_8);
    }

    static JsonNode criterion(String id) {
        for (JsonNode c : doc.get("results").get(0).get("criteria")) {
            if (c.get("id").asString().equals(id)) {
                return c;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void givenATestAfterTheRequestDateAndABlankResidence_thenTheExplanationNamesEachPersonsOwnCause() {
        JsonNode th1 = criterion("TH1");

        assertThat(th1.get("outcome").asString()).isEqualTo("INSUFFICIENT_DATA");
        // each person with the cause of its own condition: NN-004's supervision waits for the residence (in the
        // community or not), NN-003's test is dated after R
        assertThat(th1.get("explanation").get("vi").asString()).isEqualTo("Chưa kết luận được việc theo dõi, giám sát của 1"
                + " người: NN-004: chưa điền hoặc không đọc được «Tình trạng cư trú» (Nguoi!G3); chưa kết luận được kết quả"
                + " xét nghiệm của 1 người: NN-003: xét nghiệm ngày 17/03/2025, sau ngày đề nghị 15/03/2025 (Nguoi!L2) — cần"
                + " kết quả xét nghiệm trong 30 ngày trước ngày đề nghị")
                .doesNotContain("hoặc xét nghiệm sau ngày đề nghị", "NN-005");
        assertThat(th1.get("explanation").get("en").asString()).contains("NN-003: tested on 17/03/2025, after the request"
                + " date 15/03/2025 (Nguoi!L2) — a test within 30 days before the request date is needed");
    }

    @Test
    void givenAWarningOnARowBehindACriterion_thenTheCriterionCarriesIt() {
        JsonNode warnings = criterion("TH1").get("warnings");

        assertThat(warnings).isNotNull();
        assertThat(warnings.toString()).contains("\"severity\":\"WARNING\"", "\"cell\":\"L2\"",
                "Xét nghiệm của NN-003 ngày 17/03/2025 sau ngày đề nghị công nhận 15/03/2025");
        assertThat(criterion("TH6").has("warnings")).as("a passing criterion carries none").isFalse();
    }

    @Test
    void givenAWarningBehindACriterion_thenTheHtmlReportShowsItInThatCriterionsRow() {
        String th1Row = html.substring(html.indexOf("<tr><td><strong>TH1</strong>"));
        th1Row = th1Row.substring(0, th1Row.indexOf("</tr>"));

        assertThat(th1Row).contains("<div class=\"note unknown\">Cảnh báo (Nguoi!L2 (Ngày xét nghiệm gần nhất)): Xét nghiệm"
                + " của NN-003 ngày 17/03/2025 sau ngày đề nghị công nhận 15/03/2025");
    }
}
