package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.web.evaluation.EvaluationService;

/**
 * A workbook with communes of Thanh Hóa and Lào Cai and Trà Vinh's annual rows, seen over real HTTP
 * by the appraiser of Thanh Hóa: every output — history page, API list, result page, JSON download,
 * API answer, report workbook, printable report — holds only the Thanh Hóa commune, and its counts,
 * rule set versions and hashes, and deadlines are those of that commune alone. The admin, who sees
 * it whole, sees the others (so the test can tell the difference).
 */
@WebTest
class PartialViewTest {

    static final String[] TH = {"Thanh Hóa", "PV-TH1", "Xã Phần Một"};
    static final String[] LC1 = {"Lào Cai", "PV-LC1", "Xã Phần Hai"};
    static final String[] LC2 = {"Lào Cai", "PV-LC2", "Xã Phần Ba"};
    /** What only the other provinces' units bring: their communes, Trà Vinh's units, labels and deadlines. */
    static final List<String> OTHERS = List.of("PV-LC1", "PV-LC2", "Xã Phần Hai", "Xã Phần Ba", "Lào Cai",
            "Tỉnh Trà Vinh", "Huyện Càng Long", "Đạt toàn bộ chỉ tiêu", "16/12", "16/6", "lao-cai@", "tra-vinh@");

    @LocalServerPort
    int port;
    @Autowired
    EvaluationService service;
    @Autowired
    JsonMapper json;

    long id;
    List<String> otherHashes;
    Http thanhHoa;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void upload() {
        id = service.submit(As.ADMIN.user(), "ba-tinh.xlsx", Workbooks.communesAndTraVinhAnnualRows(TH, LC1, LC2));
        Http admin = new Http(port);
        admin.signIn("admin", As.PASSWORD_ADMIN);
        Map<String, Object> whole = json.readValue(admin.send(admin.request("/api/evaluations/" + id).GET().build()).body(),
                Map.class);
        List<String> ruleSets = (List<String>) ((Map<String, Object>) whole.get("evaluation")).get("ruleSets");
        assertThat(ruleSets).anyMatch(r -> r.startsWith("thanh-hoa@")).anyMatch(r -> r.startsWith("lao-cai@"))
                .anyMatch(r -> r.startsWith("tra-vinh@"));
        otherHashes = new ArrayList<>();
        ruleSets.stream().filter(r -> !r.startsWith("thanh-hoa@")).forEach(r -> otherHashes.add(r.substring(r.indexOf('#') + 1)));
        String adminPage = admin.get("/evaluations/" + id).body();
        assertThat(adminPage).contains("PV-LC1", "Tỉnh Trà Vinh", "id=\"deadlines\"", "16/12").contains(otherHashes);

        thanhHoa = new Http(port);
        assertThat(thanhHoa.signIn("appraiser.thanhhoa", As.PASSWORD_A).headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
    }

    String text(String path) {
        HttpResponse<String> r = thanhHoa.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    byte[] bytes(String path) {
        HttpResponse<byte[]> r = thanhHoa.sendBytes(thanhHoa.request(path).GET().build());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    void onlyThanhHoa(String output) {
        assertThat(output).contains("PV-TH1").doesNotContain(OTHERS).doesNotContain(otherHashes)
                .doesNotContain(Workbooks.SECRET_NAME);
    }

    @Test
    void theHistoryPageCountsOnlyTheirCommune() {
        String page = text("/evaluations?commune=PV-TH1");
        String row = page.substring(page.indexOf("data-id=\"" + id + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        String text = row.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
        assertThat(text).contains("Thanh Hóa ba-tinh.xlsx admin 1 ");
        assertThat(row).doesNotContain(OTHERS);
        // the warnings column counts none of the other provinces' warnings
        assertThat(text).endsWith(" 0 ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiListCountsOnlyTheirCommune() {
        String body = thanhHoa.send(thanhHoa.request("/api/evaluations?commune=PV-TH1").GET().build()).body();
        Map<String, Object> item = ((List<Map<String, Object>>) json.readValue(body, Map.class).get("items")).stream()
                .filter(i -> ((Number) i.get("id")).longValue() == id).findFirst().orElseThrow();
        assertThat(item).containsEntry("units", 1).containsEntry("errors", 0).containsEntry("warnings", 0)
                .containsEntry("provinces", List.of("thanhhoa"));
        assertThat((List<String>) item.get("ruleSets")).singleElement().asString().startsWith("thanh-hoa@");
        assertThat(((Number) item.get("eligible")).intValue() + ((Number) item.get("notEligible")).intValue()
                + ((Number) item.get("undetermined")).intValue()).isEqualTo(1);
        assertThat(body).doesNotContain(otherHashes);
    }

    @Test
    void theResultPageShowsOnlyTheirCommuneItsCountsAndItsRuleSet() {
        String page = text("/evaluations/" + id);
        onlyThanhHoa(page);
        assertThat(page).contains("id=\"partial\"", "thanh-hoa@2024.2#").doesNotContain("id=\"deadlines\"", "id=\"errors\"",
                "id=\"warnings\"", "đơn vị");
        assertThat(AnnualTargetPagesTest.text(page, "<div id=\"summary\"", "</div>")).startsWith("1 xã:");
        onlyThanhHoa(text("/evaluations/" + id + "?lang=en"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonDownloadAndTheApiAnswerHoldOnlyTheirCommuneAndItsCounts() {
        for (String path : List.of("/evaluations/" + id + "/result.json", "/api/evaluations/" + id)) {
            String body = thanhHoa.send(thanhHoa.request(path).GET().build()).body();
            onlyThanhHoa(body);
            Map<String, Object> m = json.readValue(body, Map.class);
            Map<String, Object> doc = m.containsKey("result") ? (Map<String, Object>) m.get("result") : m;
            assertThat((Map<String, Object>) doc.get("summary")).containsEntry("units", 1).doesNotContainKey("byRuleSet");
            Map<String, Object> run = (Map<String, Object>) doc.get("run");
            assertThat((List<Map<String, Object>>) run.get("ruleSets")).singleElement()
                    .satisfies(r -> assertThat(r).containsEntry("id", "thanh-hoa"));
            assertThat((List<Map<String, Object>>) run.get("inputs")).singleElement().satisfies(i -> assertThat(i)
                    .containsEntry("communes", 1).containsEntry("annualRows", 0).containsEntry("errors", 0)
                    .doesNotContainKeys("persons", "villages", "models"));
            assertThat((List<Object>) doc.get("results")).hasSize(1);
            assertThat((List<Object>) doc.get("errors")).isEmpty();
            if (m.containsKey("evaluation")) {
                assertThat(m).containsEntry("complete", false).doesNotContainKey("hiddenUnits");
                assertThat((Map<String, Object>) m.get("evaluation")).containsEntry("units", 1);
            }
        }
    }

    @Test
    void theReportWorkbookHoldsOnlyTheirCommuneAndCountsItsRows() throws Exception {
        byte[] xlsx = bytes("/evaluations/" + id + "/report.xlsx");
        String cells = ResultPagesTest.cells(xlsx);
        onlyThanhHoa(cells);
        // the run record of the stored result: 1 commune, no annual row, no error or warning; persons, villages and
        // models are not in the stored result by commune: left out, as in the JSON
        assertThat(cells).contains("ba-tinh.xlsx\t" + text("/evaluations/" + id).replaceAll("(?s).*id=\"sha\">([0-9a-f]+)<.*", "$1")
                + "\t1\t0\t0\t0\t");
    }

    @Test
    void thePrintableReportHoldsOnlyTheirCommuneAndCountsItsRows() {
        String html = text("/evaluations/" + id + "/report.html");
        onlyThanhHoa(html);
        assertThat(html).contains("<td>1</td><td></td><td>0</td><td>0</td><td>0</td>")
                .contains("<span class=\"n\">1</span>");
    }
}
