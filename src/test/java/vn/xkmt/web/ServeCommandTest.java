package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.cli.XkmtCommand;

/** {@code xkmt serve} starts the web application and keeps running; the other commands never start Spring. */
class ServeCommandTest {

    @TempDir
    Path dir;

    static ProcessBuilder xkmt(Path workDir, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true);
    }

    @Test
    void serveIsASubcommand() {
        StringWriter out = new StringWriter();
        int code = XkmtCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "serve", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("serve", "--port", "--demo", "H2");
    }

    @Test
    void otherCommandsNeverLoadSpringBoot() throws Exception {
        Process p = xkmt(dir, "-verbose:class", "vn.xkmt.Xkmt", "validate", "--help").start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(log).contains("vn.xkmt.cli.XkmtCommand").doesNotContain("org.springframework.boot.SpringApplication ",
                "org.springframework.context.ApplicationContext ");
    }

    @Test
    void serveStartsOnAnH2FileUnderDataAndStaysUp() throws Exception {
        Process p = xkmt(dir, "vn.xkmt.Xkmt", "serve", "--port=0", "--demo").start();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread drain = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        try {
            Pattern started = Pattern.compile("Tomcat started on port (\\d+)");
            int port = -1;
            String health = "";
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!health.contains("\"UP\"") && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(300);
                if (port < 0) {
                    synchronized (lines) {
                        for (String line : lines) {
                            Matcher m = started.matcher(line);
                            if (m.find()) {
                                port = Integer.parseInt(m.group(1));
                            }
                        }
                    }
                } else {
                    health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                }
            }
            assertThat(health).as(String.join("\n", lines)).contains("\"UP\"");
            // an upload with full names: the log says what happened, never who is in the workbook
            Http http = new Http(port);
            assertThat(http.uploadApi("appraiser.thanhhoa", As.PASSWORD_A, "th.xlsx", Workbooks.thanhHoa("SV-1"))
                    .statusCode()).isEqualTo(201);
            assertThat(http.uploadApi("appraiser.thanhhoa", As.PASSWORD_A, "x.xlsx", new byte[0]).statusCode()).isEqualTo(400);
            Thread.sleep(500);
            assertThat(p.isAlive()).as("serve keeps running").isTrue();
            try (var files = Files.list(dir.resolve("data"))) {
                assertThat(files.map(f -> f.getFileName().toString())).anyMatch(f -> f.startsWith("xkmt") && f.endsWith(".db"));
            }
            // the H2 file has a generated password, kept for its owner only: never sa with an empty one
            Path password = dir.resolve("data/xkmt-db.password");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(password)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(password).trim()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(lines).noneMatch(l -> l.contains("Exception"));
            assertThat(lines).anyMatch(l -> l.contains("Evaluation") && l.contains("stored"));
            assertThat(lines).noneMatch(l -> l.contains(Workbooks.SECRET_NAME));
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
