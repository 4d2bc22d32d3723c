package vn.xkmt.web.authoring;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.XkmtUser;

/** Whether the navigation shows the rule editor link: policy editors and admins. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class RuleEditorLink {

    @ModelAttribute("mayEditRules")
    boolean mayEditRules() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof XkmtUser u && (u.has(Role.POLICY_EDITOR) || u.isAdmin());
    }
}
