package vn.xkmt.web;

import vn.xkmt.text.Lang;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import vn.xkmt.web.security.XkmtUser;
import vn.xkmt.web.upload.PartCount;

/**
 * Refusals answered clearly: a page for a browser, JSON under {@code /api}. Never a stack trace;
 * what is not handled here goes to the error pages (templates/error).
 */
@ControllerAdvice
class ErrorAdvice {

    private final WebProperties props;
    private final int maxParts;

    ErrorAdvice(WebProperties props, @Value("${server.tomcat.max-part-count:8}") int maxParts) {
        this.props = props;
        this.maxParts = maxParts;
    }

    @ExceptionHandler(WebProblem.class)
    Object problem(WebProblem p, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return answer(p, request, response, locale);
    }

    /** Spring reports a body over the part limit as "too large" too: told apart by its cause. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response,
                    Locale locale) {
        return answer(PartCount.exceeded(e) ? PartCount.problem(maxParts)
                : vn.xkmt.web.evaluation.UploadPolicy.tooLarge(props), request, response, locale);
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    Object noFile(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (PartCount.exceeded(e)) {
            return answer(PartCount.problem(maxParts), request, response, locale);
        }
        return answer(WebProblem.of(400, "no-file"), request, response, locale);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    Object badParameter(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return answer(WebProblem.of(400, "bad-request.parameter"), request, response, locale);
    }

    private Object answer(WebProblem p, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(p.status()).contentType(ProblemJson.TYPE)
                    .body(ProblemJson.of(p, ProblemJson.path(request)));
        }
        Lang lang = Lang.of(locale);
        ModelAndView mv = new ModelAndView("problem");
        mv.addObject("problem", p);
        mv.addObject("lang", lang.tag()); // the pages compare and look up by the tag
        mv.addObject("me", me());
        mv.addObject("path", request.getRequestURI().substring(request.getContextPath().length()));
        mv.setStatus(org.springframework.http.HttpStatusCode.valueOf(p.status()));
        response.setStatus(p.status());
        return mv;
    }

    private static XkmtUser me() {
        var a = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof XkmtUser u ? u : null;
    }
}
