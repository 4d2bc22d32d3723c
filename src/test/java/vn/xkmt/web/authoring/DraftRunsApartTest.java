package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.web.As;
import vn.xkmt.web.evaluation.EvaluationService;

/**
 * A draft whose rule never ends is run in a worker JVM, killed at the worker's wall-clock limit, and
 * answered with a clear page; meanwhile the server answers another user's upload at once, and it is
 * the same process afterwards.
 */
@TestPropertySource(properties = {"xkmt.web.rule-check.timeout=6s", "spring.datasource.url=jdbc:h2:mem:xkmt-apart;DB_CLOSE_DELAY=-1"})
class DraftRunsApartTest extends EditorContext {

    static final String V = "/rules/thanh-hoa/2024.1";

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    JsonMapper json;

    @TempDir
    Path tmp;

    @Test
    void givenADraftThatNeverEnds_whenItsImpactIsAsked_thenTheWorkerIsKilledAndAnotherUploadIsAnsweredMeanwhile()
            throws Exception {
        Th1Uploads uploads = new Th1Uploads(mvc, evaluations, json, tmp);
        assertThat(uploads.th1OfUpload("TH-L01")).isEqualTo("PASS");
        var editor = As.EDITOR.signIn();
        String th9 = Files.readString(rules().resolve("thanh-hoa/2024.1/TH9-mo-hinh.drl"));
        String manifest = Files.readString(rules().resolve("thanh-hoa/2024.1/manifest.yaml"));
        mvc.perform(post(V + "/files/TH9-mo-hinh.drl").with(editor).with(csrf()).param("content", th9 + """

                rule "TH9 vòng lặp không bao giờ dừng"
                    @criterion("TH9")
                when
                    $c : Commune()
                then
                    long n = 0;
                    while (n >= 0) { n = n + 1; if (n == Long.MAX_VALUE) { n = 0; } }
                end
                """)).andExpect(status().is3xxRedirection());
        mvc.perform(post(V + "/files/manifest.yaml").with(editor).with(csrf())
                .param("content", manifest + "\nlimits:\n  steps: 2000000000\n  seconds: 120\n"))
                .andExpect(status().is3xxRedirection());
        long pid = ProcessHandle.current().pid();

        long started = System.nanoTime();
        CompletableFuture<String> impact = CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(post(V + "/impact").with(editor).with(csrf())).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(2000); // the worker is up and looping
        long upload = System.nanoTime();
        assertThat(uploads.th1OfUpload("TH-L02")).isEqualTo("PASS");
        long uploadMillis = (System.nanoTime() - upload) / 1_000_000;
        String page = impact.get(60, TimeUnit.SECONDS);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertThat(impact.isDone()).isTrue();
        assertThat(uploadMillis).as("another user's upload while the draft loops").isLessThan(1000);
        assertThat(page).contains("kiểm tra dừng sau 6 giây: luật chạy quá lâu hoặc mãi không dừng")
                .contains("the check stopped after 6 seconds");
        assertThat(seconds).isBetween(5L, 30L);
        assertThat(ProcessHandle.current().pid()).isEqualTo(pid);
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("rules-worker"))).isEmpty();
    }
}
