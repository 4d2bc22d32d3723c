package vn.xkmt.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.web.Http;
import vn.xkmt.web.WebApp;

/**
 * Every {@code <!-- example: api USER METHOD PATH [@FILE | JSON] -->} block of the README is the answer the
 * running server gives today, asked over real HTTP in the README's order on a database of its own (so the ids
 * are the README's), with the README's demo passwords; answers are shortened the same way each time.
 */
@SpringBootTest(classes = WebApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:xkmt-doc-examples;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class ApiExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile("(\\S+) (GET|POST|PUT|DELETE) (\\S+)(?: (.+))?");
    private static final Pattern DEMO_ACCOUNT = Pattern.compile("^\\| `([a-z.]+)` \\| `([^`]+)` \\|");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void everyApiExampleInTheReadmeIsWhatTheServerAnswersToday() {
        Http http = new Http(port);
        Map<String, String> passwords = demoPasswords();

        List<String> differences = DocumentedExamples.check("api", args -> ask(http, passwords, args));

        assertThat(differences).isEmpty();
    }

    @Test
    void theReadmeShowsEachApiCallByAskingTheServer() {
        List<String> shown = DocumentedExamples.examples(Path.of("README.md"), "api").stream()
                .map(DocumentedExamples.Example::args).toList();

        assertThat(shown).anyMatch(a -> a.contains("POST /api/evaluations "))
                .anyMatch(a -> a.contains("GET /api/evaluations?"))
                .anyMatch(a -> a.contains("/rerun"))
                .anyMatch(a -> a.contains("GET /api/register/"))
                .anyMatch(a -> a.contains("POST /api/register/registrations/corrections"))
                .anyMatch(a -> a.contains("GET /api/rulesets"));
    }

    private static String ask(Http http, Map<String, String> passwords, String args) {
        Matcher m = EXAMPLE.matcher(args);
        assertThat(m.matches()).as("an api example is «USER METHOD PATH [@FILE | JSON]»: %s", args).isTrue();
        String user = m.group(1);
        String method = m.group(2);
        String path = m.group(3);
        String body = m.group(4);
        HttpRequest.Builder request = http.request(path);
        StringBuilder curl = new StringBuilder("curl");
        if (!user.equals("-")) {
            String password = passwords.get(user);
            assertThat(password).as("%s in the README's table of demo accounts", user).isNotNull();
            request.header("Authorization", Http.basic(user, password));
            curl.append(" -u ").append(user).append(':').append(password).append(" -c jar -b jar");
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
            curl.append(method.equals("GET") ? "" : " -X " + method);
        } else if (body.startsWith("@")) {
            Http.Multipart upload = Http.Multipart.of(Path.of(body.substring(1)));
            request.header("Content-Type", upload.contentType()).method(method,
                    HttpRequest.BodyPublishers.ofByteArray(upload.body()));
            curl.append(" -F file=").append(body);
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            curl.append(" -H 'Content-Type: application/json' -d '").append(body).append('\'');
        }
        curl.append(" '").append("http://localhost:8080").append(path).append('\'');
        HttpResponse<String> answer = http.send(request.build());
        StringBuilder shown = new StringBuilder("HTTP/1.1 ").append(answer.statusCode()).append('\n');
        answer.headers().firstValue("Location").ifPresent(l -> shown.append("Location: ").append(l).append('\n'));
        shown.append(answer.body().isBlank() ? "" : ShortJson.of(JSON.readTree(answer.body())));
        return DocumentedExamples.block(curl.toString(), shown.toString());
    }

    /** The demo accounts' passwords as the README's table gives them. */
    private static Map<String, String> demoPasswords() {
        Map<String, String> passwords = new HashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("README.md"))) {
                Matcher m = DEMO_ACCOUNT.matcher(line);
                if (m.find()) {
                    passwords.put(m.group(1), m.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
