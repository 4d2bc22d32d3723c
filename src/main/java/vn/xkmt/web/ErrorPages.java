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
            case 400 -> new WebProblem(400, "bad-request", "Yêu cầu không hợp lệ.", "The request is not valid.");
            case 401 -> new WebProblem(401, "unauthorized", "Cần đăng nhập.", "Sign-in required.");
            case 403 -> "csrf".equals(reason)
                    ? new WebProblem(403, "csrf", "Biểu mẫu đã hết hạn (phiên đăng nhập đã thay đổi). Hãy tải lại trang rồi thử lại.",
                    "The form has expired (the session changed). Reload the page and try again.")
                    : new WebProblem(403, "forbidden", "Tài khoản của bạn không có quyền xem trang này.",
                    "Your account may not see this page.");
            case 404 -> new WebProblem(404, "not-found", "Không tìm thấy trang này.", "This page does not exist.");
            case 405 -> new WebProblem(405, "method-not-allowed", "Thao tác không được hỗ trợ ở địa chỉ này.",
                    "This method is not supported at this address.");
            case 406 -> new WebProblem(406, "not-acceptable", "Không có dạng trả lời như yêu cầu.",
                    "No answer in the form asked for.");
            case 413 -> new WebProblem(413, "too-large", "Tệp quá lớn.", "The file is too large.");
            case 415 -> new WebProblem(415, "unsupported-media-type", "Kiểu nội dung gửi lên không được hỗ trợ.",
                    "The content type sent is not supported.");
            case 429 -> new WebProblem(429, "too-many", "Quá nhiều yêu cầu; hãy thử lại sau.",
                    "Too many requests; try again later.");
            case 503 -> new WebProblem(503, "unavailable", "Máy chủ tạm thời không phục vụ được; hãy thử lại sau.",
                    "The server is unavailable for now; try again later.");
            default -> status >= 500
                    ? new WebProblem(status, "server-error", "Đã có lỗi trên máy chủ. Lỗi đã được ghi lại; hãy thử lại sau.",
                    "Something went wrong on the server. It has been logged; try again later.")
                    : new WebProblem(status, "error", "Yêu cầu không thực hiện được.", "The request could not be done.");
        };
    }
}
