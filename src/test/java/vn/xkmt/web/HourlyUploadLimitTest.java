package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.XkmtUser;

/**
 * {@code xkmt.web.uploads-per-hour} (3 here): the upload after the limit is refused with 429 and a
 * clear message in both languages, on the page and in the API; simultaneous uploads never pass it.
 */
@WithoutDemoProfile
class HourlyUploadLimitTest {

    static final int LIMIT = WithoutDemoProfile.UPLOADS_PER_HOUR;

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    static XkmtUser appraiser(String name) {
        return new XkmtUser(name, "-", true, List.of(Role.APPRAISER), List.of("thanh-hoa"));
    }

    static MockMultipartFile file(String code) {
        return new MockMultipartFile("file", "th.xlsx", AccessMatrixTest.XLSX, Workbooks.thanhHoa(code));
    }

    long stored(String user) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE created_by = ?").param(user).query(Long.class).single();
    }

    @Test
    void thePageUploadAfterTheLimitGets429WithAClearMessageInBothLanguages() throws Exception {
        var me = user(appraiser("limit.page"));
        for (int i = 0; i < LIMIT; i++) {
            mvc.perform(multipart("/upload").file(file("HL-P" + i)).with(me).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        String vi = mvc.perform(multipart("/upload").file(file("HL-PX")).with(me).with(csrf()))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(vi).contains("data-code=\"too-many\"", "data-status=\"429\"",
                "Bạn đã tải lên " + LIMIT + " tệp trong một giờ qua", "hãy thử lại sau").doesNotContain("Exception", "at org.");
        String en = mvc.perform(multipart("/upload").file(file("HL-PY")).param("lang", "en").with(me).with(csrf()))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("You have uploaded " + LIMIT + " files in the last hour", "try again later");
        assertThat(stored("limit.page")).isEqualTo(LIMIT);
    }

    @Test
    void theApiUploadAfterTheLimitGets429WithBothMessages() throws Exception {
        var me = user(appraiser("limit.api"));
        for (int i = 0; i < LIMIT; i++) {
            mvc.perform(multipart("/api/evaluations").file(file("HL-A" + i)).with(me).with(csrf()))
                    .andExpect(status().isCreated());
        }
        String body = mvc.perform(multipart("/api/evaluations").file(file("HL-AX")).with(me).with(csrf()))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode answer = json.readTree(body);
        assertThat(answer.get("status").asInt()).isEqualTo(429);
        assertThat(answer.get("error").asString()).isEqualTo("too-many");
        assertThat(answer.get("message").get("vi").asString()).contains("trong một giờ qua");
        assertThat(answer.get("message").get("en").asString()).contains("in the last hour");
        // another account has its own limit
        mvc.perform(multipart("/api/evaluations").file(file("HL-AO")).with(user(appraiser("limit.other"))).with(csrf()))
                .andExpect(status().isCreated());
    }

    @Test
    void simultaneousUploadsOfOneAccountNeverPassTheLimit() throws Exception {
        int tries = LIMIT + 5;
        XkmtUser me = appraiser("limit.burst");
        ExecutorService pool = Executors.newFixedThreadPool(tries);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < tries; i++) {
                String code = "HL-C" + i;
                Callable<Integer> upload = () -> {
                    start.await();
                    try {
                        service.submit(me, code + ".xlsx", Workbooks.thanhHoa(code));
                        return 201;
                    } catch (WebProblem p) {
                        return p.status();
                    }
                };
                answers.add(pool.submit(upload));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(LIMIT);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(tries - LIMIT);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored("limit.burst")).isEqualTo(LIMIT);
    }
}
