package vn.xkmt.web.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.xkmt.web.security.XkmtUser;

/** Sign-in page, and the start page after sign-in: upload for appraisers, history for the others. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal XkmtUser me) {
        return me != null && me.canUpload() ? "redirect:/upload" : "redirect:/evaluations";
    }
}
