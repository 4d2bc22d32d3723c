package vn.xkmt.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.EnumSet;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No redirect names a host. Spring Security builds some redirects from the request's {@code Host}
 * header (the sign-in page, the page asked for before signing in), which a client or a cache in
 * between can set to anything ({@code Host: evil.example}). Every {@code Location} this
 * application sends is cut to its path, query and fragment — the browser resolves it against the
 * address it used — and Tomcat keeps relative redirects relative
 * ({@code server.tomcat.use-relative-redirects}). The application never sends anyone to another site.
 */
@Configuration
class RelativeRedirects {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> relativeRedirectFilter() {
        FilterRegistrationBean<OncePerRequestFilter> r = new FilterRegistrationBean<>(new Filter());
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        r.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
                DispatcherType.ASYNC));
        r.addUrlPatterns("/*");
        return r;
    }

    /** {@code http://host/x?y#z} → {@code /x?y#z}; {@code //host/x} → {@code /x}; relative values unchanged. */
    static String relative(String location) {
        if (location == null) {
            return null;
        }
        String l = location.trim();
        boolean absolute = l.regionMatches(true, 0, "http:", 0, 5) || l.regionMatches(true, 0, "https:", 0, 6)
                || l.startsWith("//") || l.startsWith("\\\\") || l.startsWith("/\\");
        if (!absolute) {
            return l;
        }
        try {
            URI u = URI.create(l.replace('\\', '/'));
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.startsWith("//")) {
                path = "/" + path.replaceFirst("^/+", "");
            }
            return path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())
                    + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new Wrapper(response));
        }
    }

    static final class Wrapper extends HttpServletResponseWrapper {

        Wrapper(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(relative(location));
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            super.sendRedirect(relative(location), sc, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(value) : value);
        }
    }
}
