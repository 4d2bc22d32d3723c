package vn.xkmt.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code xkmt serve} as a real process of its own (the test class path, as {@link ServeCommandTest}
 * starts it), its output kept; {@link #kill} ends it by its process id with SIGKILL.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    final String name;
    private final Process process;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private int port = -1;

    private ServerProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread drain = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException e) {
                // the process ended
            }
        }, "drain-" + name);
        drain.setDaemon(true);
        drain.start();
    }

    static ServerProcess start(String name, Path workDir, List<String> serveArgs, java.util.Map<String, String> env)
            throws IOException {
        List<String> args = new ArrayList<>(List.of("-Xmx700m", "vn.xkmt.Xkmt", "serve"));
        args.addAll(serveArgs);
        ProcessBuilder pb = ServeCommandTest.xkmt(workDir, args.toArray(String[]::new));
        pb.environment().putAll(env);
        return new ServerProcess(name, pb.start());
    }

    /** Waits until the server listens and its readiness probe says UP; returns its port. */
    int awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newHttpClient();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (port < 0) {
                synchronized (lines) {
                    for (String line : lines) {
                        Matcher m = STARTED.matcher(line);
                        if (m.find()) {
                            port = Integer.parseInt(m.group(1));
                        }
                    }
                }
            } else {
                try {
                    String body = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString()).body();
                    if (body.contains("\"UP\"")) {
                        return port;
                    }
                } catch (IOException e) {
                    // not yet
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError(name + " did not start:\n" + log());
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    String log() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** {@code kill -9 <pid>}: no shutdown hook, no clean close of anything. */
    void kill() throws Exception {
        Process k = new ProcessBuilder("kill", "-9", Long.toString(pid())).inheritIO().start();
        k.waitFor(10, TimeUnit.SECONDS);
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
