package vn.xkmt.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** The error pages' model: status and path only, plus why a form was refused (expired CSRF token). */
@Component
class ErrorDetails extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> m = super.getErrorAttributes(request, options);
        m.remove("trace");
        m.remove("exception");
        m.remove("message");
        Object reason = request.getAttribute("xkmtReason", RequestAttributes.SCOPE_REQUEST);
        if (reason != null) {
            m.put("reason", reason);
        }
        return m;
    }
}
