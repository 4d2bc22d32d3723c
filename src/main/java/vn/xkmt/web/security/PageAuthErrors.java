package vn.xkmt.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** A refused page: the 403 error page, which says whether the form had simply expired. */
@Component
class PageAuthErrors implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        request.setAttribute("xkmtReason", e instanceof CsrfException ? "csrf" : "role");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 403);
        response.sendError(403);
    }
}
