package vn.xkmt.web.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xkmt.web.security.XkmtUser;

/** Sign-in page, and the start page after sign-in: upload for appraisers, history for the others. */
@Controller
class HomeController {

    /** {@code ?locked=N}: too many failures, the wait in seconds (anything but a number is ignored). */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, Model model) {
        if (locked != null && locked.matches("\\d{1,7}")) {
            model.addAttribute("lockedSeconds", String.valueOf(Long.parseLong(locked)));
        }
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal XkmtUser me) {
        return me != null && me.canUpload() ? "redirect:/upload" : "redirect:/evaluations";
    }
}
