package vn.xkmt.web.admin;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.evaluation.KnownProvinces;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.UserAccounts;
import vn.xkmt.web.security.XkmtUser;

/** Accounts, for admins: list, create (role and provinces), enable or disable. */
@Controller
class UsersController {

    private final UserAccounts accounts;
    private final KnownProvinces provinces;

    UsersController(UserAccounts accounts, KnownProvinces provinces) {
        this.accounts = accounts;
        this.provinces = provinces;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("provinces", provinces.all());
        return "users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam Role role,
                  @RequestParam(required = false) List<String> province, RedirectAttributes flash) {
        List<String> chosen = province == null ? List.of() : province;
        if (!UserAccounts.USERNAME.matcher(username).matches() || password.length() < UserAccounts.MIN_PASSWORD
                || (role != Role.ADMIN && chosen.isEmpty())) {
            throw WebProblem.of(400, "bad-account", UserAccounts.MIN_PASSWORD);
        }
        if (accounts.exists(username)) {
            throw WebProblem.of(409, "exists");
        }
        accounts.create(username, password, List.of(role), chosen);
        flash.addFlashAttribute("created", username);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enable(@AuthenticationPrincipal XkmtUser me, @PathVariable String username, @RequestParam boolean enabled) {
        if (username.equals(me.getUsername())) {
            throw WebProblem.of(400, "self");
        }
        if (!accounts.exists(username)) {
            throw WebProblem.notFound();
        }
        accounts.setEnabled(username, enabled);
        return "redirect:/admin/users";
    }
}
