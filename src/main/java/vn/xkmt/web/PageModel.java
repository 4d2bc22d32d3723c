package vn.xkmt.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.xkmt.text.Lang;
import vn.xkmt.web.security.XkmtUser;

/** What every page's frame needs: the language, the signed-in user, the path for the language switch. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

    /** The language's tag, {@code vi} or {@code en}: the pages look texts up by it ({@code c.title.get(lang)}). */
    @ModelAttribute("lang")
    String lang(Locale locale) {
        return Lang.of(locale).tag();
    }

    @ModelAttribute("me")
    XkmtUser me() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof XkmtUser u ? u : null;
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
