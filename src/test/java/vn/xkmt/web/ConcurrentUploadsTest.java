package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Twenty uploads at once, by two appraisers of two provinces: every one answered, none lost or mixed. */
@WebTest
class ConcurrentUploadsTest {

    static final int UPLOADS = 20;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void twentyConcurrentUploads() throws Exception {
        run(port, jdbc, json);
    }

    /** Shared with the PostgreSQL test. */
    static void run(int port, JdbcClient jdbc, JsonMapper json) throws Exception {
        String tag = "CC" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Map<String, String> shaByCode = new HashMap<>();
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < UPLOADS; i++) {
            boolean a = i % 2 == 0;
            String code = tag + "-" + (a ? "TH" : "LC") + "-" + i;
            byte[] content = a ? Workbooks.thanhHoa(code) : Workbooks.laoCai(code);
            shaByCode.put(code, sha256(content));
            calls.add(() -> {
                start.await();
                return new Http(port).uploadApi(a ? "appraiser.thanhhoa" : "appraiser.laocai",
                        a ? As.PASSWORD_A : As.PASSWORD_B, code + ".xlsx", content);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (Callable<HttpResponse<String>> c : calls) {
            futures.add(pool.submit(c));
        }
        start.countDown();
        Map<Long, String> codeById = new HashMap<>();
        for (Future<HttpResponse<String>> f : futures) {
            HttpResponse<String> r = f.get(5, TimeUnit.MINUTES);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            JsonNode body = json.readTree(r.body());
            JsonNode results = body.path("result").path("results");
            assertThat(results.size()).isEqualTo(1);
            String code = results.get(0).path("unitCode").asString();
            long id = body.path("evaluation").path("id").asLong();
            assertThat(body.path("evaluation").path("fileName").asString()).isEqualTo(code + ".xlsx");
            assertThat(body.path("evaluation").path("sha256").asString()).isEqualTo(shaByCode.get(code));
            assertThat(r.headers().firstValue("Location")).hasValue("/api/evaluations/" + id);
            codeById.put(id, code);
        }
        pool.shutdown();
        assertThat(codeById).hasSize(UPLOADS);
        assertThat(codeById.values()).containsExactlyInAnyOrderElementsOf(shaByCode.keySet());

        // The history holds each upload once, with its own file, bytes, commune and uploader.
        for (Map.Entry<Long, String> e : codeById.entrySet()) {
            String code = e.getValue();
            Map<String, Object> row = jdbc.sql("SELECT file_name, input_sha256, created_by, units FROM evaluation WHERE id = ?")
                    .param(e.getKey()).query().singleRow();
            assertThat(row.values()).containsExactly(code + ".xlsx", shaByCode.get(code),
                    code.contains("TH") ? "appraiser.thanhhoa" : "appraiser.laocai", 1);
            assertThat(jdbc.sql("SELECT unit_code FROM evaluation_unit WHERE evaluation_id = ?").param(e.getKey())
                    .query(String.class).list()).containsExactly(code);
            byte[] stored = jdbc.sql("SELECT content FROM evaluation_input WHERE evaluation_id = ?").param(e.getKey())
                    .query((rs, n) -> rs.getBytes(1)).single();
            assertThat(sha256(stored)).isEqualTo(shaByCode.get(code));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation_unit WHERE unit_code LIKE :p").param("p", tag + "%")
                .query(Long.class).single()).isEqualTo(UPLOADS);
        HttpResponse<String> list = new Http(port).send(new Http(port).request("/api/evaluations?size=200&commune=" + tag + "-TH")
                .header("Authorization", Http.basic("appraiser.thanhhoa", As.PASSWORD_A)).build());
        assertThat(json.readTree(list.body()).path("total").asLong()).isEqualTo(UPLOADS / 2);
    }

    static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }
}
