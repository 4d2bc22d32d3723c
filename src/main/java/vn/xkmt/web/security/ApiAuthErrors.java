package vn.xkmt.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers to "who are you?" (401) and "not for you" (403), as JSON. The Basic challenge is
 * not sent to a browser navigating to the API, so that it never caches a password it could later
 * replay on a forged request.
 */
@Component
class ApiAuthErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ApiAuthErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"XKMT\", charset=\"UTF-8\"");
        }
        write(response, 401, "unauthorized", "Cần đăng nhập (HTTP Basic hoặc phiên đăng nhập)",
                "Sign-in required (HTTP Basic or a signed-in session)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "forbidden", "Tài khoản không có quyền thực hiện thao tác này",
                "Your account may not do this");
    }

    private void write(HttpServletResponse response, int status, String code, String vi, String en) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", code);
        body.put("message", Map.of("vi", vi, "en", en));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
