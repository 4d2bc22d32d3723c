package vn.xkmt.web.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.web.ProblemJson;
import vn.xkmt.web.WebProperties;

/**
 * Refuses an upload whose declared size is over the limit before anything reads its body, so the
 * browser gets our "too large" page (413) rather than the container's: the page is rendered by
 * {@code /upload/too-large}, the API answers JSON. Uploads without a declared size are bounded by
 * the multipart limits and by the check in the evaluation service.
 */
@Component
// after Spring Session's filter, so that the page it forwards to sees the signed-in session (kept in the database)
@Order(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 1)
class UploadSizeFilter extends OncePerRequestFilter {

    /** Room for the multipart headers and the other form fields around the file. */
    static final long OVERHEAD = 64 * 1024;

    private final WebProperties props;
    private final JsonMapper json;

    UploadSizeFilter(WebProperties props, JsonMapper json) {
        this.props = props;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !MultipartPost.is(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length <= props.maxUploadBytes() + OVERHEAD) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ProblemJson.write(request, response, json, vn.xkmt.web.evaluation.UploadPolicy.tooLarge(props));
            return;
        }
        request.getRequestDispatcher("/upload/too-large").forward(request, response);
    }
}
