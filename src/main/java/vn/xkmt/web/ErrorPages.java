package vn.xkmt.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every answer the container turns into an error (unknown URL, wrong method, a refusal by the
 * security filters, an uncaught exception) and {@code /error} itself: a problem document for the API
 * and for callers that ask for JSON, an error page in both languages for browsers. Never a trace,
 * never an exception message, never {@code {"status":999}}: {@code /error} asked for directly is
 * an unknown page (404).
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    @RequestMapping
    Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 && i <= 599 ? i : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s.substring(Math.min(s.length(), request.getContextPath().length()))
                : ProblemJson.path(request);
        if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            LOG.error("Request {} {} failed", request.getMethod(), path, t);
        }
        WebProblem p = problem(status, request.getAttribute("xkmtReason"));
        if (ProblemJson.isApi(path) || wantsJson(request)) {
            return ResponseEntity.status(status).contentType(ProblemJson.TYPE).body(ProblemJson.of(p, path));
        }
        ModelAndView mv = new ModelAndView("error");
        mv.addObject("problem", p);
        mv.addObject("status", status);
        mv.addObject("path", path);
        mv.setStatus(HttpStatus.valueOf(status));
        return mv;
    }

    /** A caller that asks for JSON and not for a page. */
    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }

    static WebProblem problem(int status, Object reason) {
        return switch (status) {
            case 400 -> WebProblem.of(400, "bad-request.page");
            case 401 -> WebProblem.of(401, "unauthorized.page");
            case 403 -> "csrf".equals(reason)
                    ? WebProblem.of(403, "csrf")
                    : WebProblem.of(403, "forbidden.page");
            case 404 -> WebProblem.of(404, "not-found.page");
            case 405 -> WebProblem.of(405, "method-not-allowed");
            case 406 -> WebProblem.of(406, "not-acceptable");
            case 413 -> WebProblem.of(413, "too-large.page");
            case 415 -> WebProblem.of(415, "unsupported-media-type");
            case 429 -> WebProblem.of(429, "too-many.page");
            case 503 -> WebProblem.of(503, "unavailable");
            default -> status >= 500
                    ? WebProblem.of(status, "server-error")
                    : WebProblem.of(status, "error");
        };
    }
}
