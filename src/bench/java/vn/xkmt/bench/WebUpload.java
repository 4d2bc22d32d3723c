package vn.xkmt.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Web upload latency of a one-commune workbook: {@code xkmt serve --demo} started as a child process
 * (in-memory H2, no hourly limit), then {@code POST /api/evaluations} from one client, one request
 * at a time, after a warm-up. The client signs in with HTTP Basic once and keeps the session cookie
 * ({@code XKMT_SESSION}), as docs/web.md advises: the password's bcrypt check is paid once per
 * session, not per request. For comparison, a client that keeps no cookie pays it on every request.
 */
public final class WebUpload {

    /** Latencies in milliseconds, sorted. */
    public record Latencies(String client, List<Double> millis) {
        public double percentile(double p) {
            if (millis.isEmpty()) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * millis.size()) - 1;
            return millis.get(Math.max(0, Math.min(millis.size() - 1, i)));
        }
    }

    public record Result(boolean available, String note, List<Latencies> runs, String loadBefore) {}

    static final String USER = "appraiser.thanhhoa";
    static final String PASSWORD = "thanhhoa-demo-2025";

    private WebUpload() {
    }

    /** Whether the jar has the {@code serve} command. */
    public static boolean available(Path jar) {
        String help = Machine.run(Machine.javaBin(), "-jar", jar.toString(), "serve", "--help");
        return help.contains("serve") && !help.contains("Unmatched argument") && !help.contains("Unknown");
    }

    public static Result measure(Path jar, Path workbook, Path workDir, List<String> jvmArgs, int warmup, int measured)
            throws IOException, InterruptedException {
        if (!available(jar)) {
            return new Result(false, "this jar has no `serve` command", List.of(), Machine.load());
        }
        Files.createDirectories(workDir);
        int port = freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(Machine.javaBin());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", jar.toString(), "serve", "--demo", "--port", Integer.toString(port),
                "--spring.datasource.url=jdbc:h2:mem:xkmt-bench;DB_CLOSE_DELAY=-1",
                "--xkmt.web.uploads-per-hour=0", "--xkmt.web.rules=" + Path.of("rules").toAbsolutePath(),
                "--logging.level.root=WARN"));
        Process server = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("serve.log").toFile()).start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            waitUntilUp(base, server);
            byte[] file = Files.readAllBytes(workbook);
            String load = Machine.load();
            List<Latencies> runs = new ArrayList<>();
            runs.add(uploads("Basic once, then the session cookie", base, file, true, warmup, measured));
            runs.add(uploads("Basic on every request, no cookie (bcrypt each time)", base, file, false,
                    Math.max(5, warmup / 5), Math.max(20, measured / 5)));
            return new Result(true, "", runs, load);
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static Latencies uploads(String name, URI base, byte[] file, boolean keepSession, int warmup, int measured)
            throws IOException, InterruptedException {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (keepSession) {
            b.cookieHandler(new CookieManager());
        }
        HttpClient client = b.build();
        String boundary = "xkmtbench" + System.nanoTime();
        byte[] body = multipart(boundary, "mot-xa.xlsx", file);
        String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/evaluations"))
                .header("Authorization", auth).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < warmup + measured; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 201) {
                throw new IllegalStateException("upload answered " + r.statusCode() + ": "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
            if (i >= warmup) {
                times.add(ms);
            }
        }
        times.sort(Double::compare);
        return new Latencies(name, times);
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void waitUntilUp(URI base, Process server) throws InterruptedException {
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("xkmt serve exited with " + server.exitValue() + " (see serve.log)");
            }
            try {
                HttpResponse<String> r = c.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("xkmt serve did not come up within 3 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
