package vn.xkmt.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.report.ResultDocument;
import vn.xkmt.report.ResultJson;

/**
 * The API's answer to anything refused or failed: an RFC 9457 problem document
 * ({@code application/problem+json}) with {@code type}, {@code title}, {@code status}, {@code detail}
 * and {@code instance}, extended with the short {@code error} code, the reason in both languages
 * ({@code message.vi}, {@code message.en}) and any data problems that explain it. Never a trace.
 */
public final class ProblemJson {

    public static final MediaType TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    private ProblemJson() {
    }

    /** The problem document of a refusal, for the request's path. */
    public static Map<String, Object> of(WebProblem p, String instance) {
        HttpStatus status = HttpStatus.resolve(p.status());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "urn:xkmt:problem:" + p.code());
        m.put("title", status == null ? "Error" : status.getReasonPhrase());
        m.put("status", p.status());
        m.put("error", p.code());
        m.put("detail", p.vi() + " / " + p.en());
        m.put("message", new vn.xkmt.text.Text(p.vi(), p.en()).asMap());
        if (instance != null) {
            m.put("instance", instance);
        }
        List<JsonNode> problems = p.details().stream().map(d -> ResultJson.tree(ResultDocument.problem(d))).toList();
        if (!problems.isEmpty()) {
            m.put("problems", problems);
        }
        return m;
    }

    /** Writes the problem as the whole answer (status, content type, body). */
    public static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, WebProblem p)
            throws IOException {
        response.setStatus(p.status());
        response.setContentType(TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(of(p, path(request))));
    }

    /** The request's path inside the application (no host, no query). */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Whether the caller is the API: a path under {@code /api/} or {@code /actuator/}. */
    public static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator"));
    }
}
