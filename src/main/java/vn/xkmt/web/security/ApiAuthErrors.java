package vn.xkmt.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.web.ProblemJson;
import vn.xkmt.web.WebProblem;

/**
 * The API's answers to "who are you?" (401), "not for you" (403) and "too many failed sign-ins"
 * (429, with {@code Retry-After}), as problem documents. The Basic challenge is not sent to a
 * browser navigating to the API, so that it never caches a password it could later replay on a
 * forged request, nor during a lock-out, when no password would be looked at.
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
        if (e instanceof SignInLocked locked) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(locked.seconds()));
            ProblemJson.write(request, response, json, WebProblem.of(429, "sign-in-locked", locked.seconds()));
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"XKMT\", charset=\"UTF-8\"");
        }
        ProblemJson.write(request, response, json, WebProblem.of(401, "unauthorized.api"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemJson.write(request, response, json, WebProblem.of(403, "forbidden.api"));
    }
}
