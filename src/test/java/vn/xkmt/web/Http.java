package vn.xkmt.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A real HTTP client against the running test server, keeping its cookies like a browser. */
public final class Http {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_IN_ACTION = Pattern.compile("_csrf=([^\"&]+)");

    private final String base;
    private final HttpClient client;

    public Http(int port) {
        this.base = "http://localhost:" + port;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer as bytes (downloads). */
    public HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page, as a browser asks for it (Accept: text/html). */
    public HttpResponse<String> get(String path) {
        return send(page(path).GET().build());
    }

    public HttpRequest.Builder page(String path) {
        return request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    /** Signs in through the form, as a browser does; returns the answer to the form post. */
    public HttpResponse<String> signIn(String user, String password) {
        String token = match(CSRF_FIELD, get("/login").body());
        return send(page("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password, "_csrf", token))))
                .build());
    }

    /** Uploads through the page's form (the CSRF token from the page's form action). */
    public HttpResponse<String> uploadPage(String fileName, byte[] content) {
        String token = match(CSRF_IN_ACTION, get("/upload").body());
        Multipart m = new Multipart(fileName, content);
        return send(page("/upload?_csrf=" + token).header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(m.body())).build());
    }

    /** Uploads through the API with HTTP Basic. */
    public HttpResponse<String> uploadApi(String user, String password, String fileName, byte[] content) {
        Multipart m = new Multipart(fileName, content);
        return send(request("/api/evaluations").header("Authorization", basic(user, password))
                .header("Content-Type", m.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(m.body())).build());
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static String match(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in " + body);
        }
        return m.group(1);
    }

    /** A multipart/form-data body with one part named "file". */
    public record Multipart(String fileName, byte[] content, String boundary) {

        public Multipart(String fileName, byte[] content) {
            this(fileName, content, "----xkmt" + UUID.randomUUID());
        }

        /** The file's bytes under its own name. */
        public static Multipart of(java.nio.file.Path file) {
            try {
                return new Multipart(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        public byte[] body() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }
}
