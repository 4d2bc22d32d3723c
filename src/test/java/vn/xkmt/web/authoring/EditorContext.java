package vn.xkmt.web.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.xkmt.web.WebApp;

/**
 * The web application over a copy of the rules folder (without golden workbooks) and its own draft
 * folder, so that the rule editor tests may publish. Every subclass shares one application context
 * and one copy (its own in-memory database).
 */
@SpringBootTest(classes = WebApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:xkmt-editor;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
abstract class EditorContext {

    static final Path ROOT = copyRules();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry r) {
        r.add("xkmt.web.rules", () -> ROOT.resolve("rules").toString());
        r.add("xkmt.web.rule-drafts", () -> ROOT.resolve("drafts").toString());
        r.add("xkmt.web.rules-poll", () -> "0"); // tests call RulesFolderWatcher.poll() themselves
    }

    static Path rules() {
        return ROOT.resolve("rules");
    }

    private static Path copyRules() {
        try {
            Path root = Files.createTempDirectory("xkmt-editor-");
            Path src = Path.of("rules");
            try (Stream<Path> s = Files.walk(src)) {
                for (Path p : s.toList()) {
                    Path rel = src.relativize(p);
                    if (rel.toString().contains("tests")) {
                        continue;
                    }
                    Path t = root.resolve("rules").resolve(rel.toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t);
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
