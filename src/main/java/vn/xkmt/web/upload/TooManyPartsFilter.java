package vn.xkmt.web.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.web.ProblemJson;

/**
 * A multipart body over the part limit fails where it is first parsed, which for a form is the CSRF
 * check reading {@code _csrf}, before any controller: this answers it clearly (400) instead of the
 * container's error page — the page by {@code /upload/too-many-parts}, the API as JSON. Other
 * failures pass through unchanged.
 */
@Component
// after Spring Session's filter, so that the page it forwards to sees the signed-in session (kept in the database)
@Order(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 2)
class TooManyPartsFilter extends OncePerRequestFilter {

    private final int maxParts;
    private final JsonMapper json;

    TooManyPartsFilter(@Value("${server.tomcat.max-part-count:8}") int maxParts, JsonMapper json) {
        this.maxParts = maxParts;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !MultipartPost.is(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!PartCount.exceeded(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                ProblemJson.write(request, response, json, PartCount.problem(maxParts));
                return;
            }
            request.getRequestDispatcher("/upload/too-many-parts").forward(new WithoutBody(request), response);
        }
    }

    /**
     * The refused request without its body: the container keeps the parse failure and throws it
     * again at every parameter read (the locale switch reads {@code lang}), so the page is rendered
     * from a request that has no parameters, parts or content type.
     */
    static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
