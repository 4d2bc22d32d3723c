package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.ContractWorkbook;
import vn.xkmt.testing.PersonBuilder;
import vn.xkmt.web.As;
import vn.xkmt.web.evaluation.EvaluationService;

/** Uploads a Thanh Hóa commune with 9 addicts in the community and reads back TH1's stored outcome. */
record Th1Uploads(MockMvc mvc, EvaluationService evaluations, JsonMapper json, Path tmp) {

    byte[] nineAddicts(String code) throws Exception {
        CommuneBuilder c = CommuneBuilder.thanhHoa(code);
        for (int i = 1; i <= 9; i++) {
            c.with(PersonBuilder.addict(String.format("%s-NN-%03d", code, i)));
        }
        return Files.readAllBytes(c.addTo(ContractWorkbook.create()).write(tmp.resolve(code + ".xlsx")));
    }

    /** TH1's outcome for the commune of a fresh upload, as stored. */
    String th1OfUpload(String code) throws Exception {
        long id = evaluations.submit(As.APPRAISER_A.user(), code + ".xlsx", nineAddicts(code));
        String body = mvc.perform(get("/evaluations/" + id + "/result.json").with(As.APPRAISER_A.signIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> found = new ArrayList<>();
        find(json.readTree(body), found);
        assertThat(found).as(body).hasSize(1);
        return found.get(0);
    }

    /** Every TH1 outcome in a result document. */
    static void find(JsonNode n, List<String> out) {
        if (n.isObject() && "TH1".equals(n.path("id").asString(null)) && n.has("outcome")) {
            out.add(n.get("outcome").asString());
        }
        n.values().forEach(c -> find(c, out));
    }
}
