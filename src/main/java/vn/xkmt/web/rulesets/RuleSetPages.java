package vn.xkmt.web.rulesets;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.xkmt.web.WebProblem;

/**
 * The rule sets in force and their criteria, for every signed-in user. Rule editing for policy
 * editors will live beside these pages under {@code /rulesets/{id}/...}.
 */
@Controller
class RuleSetPages {

    private final RuleSetViews views;

    RuleSetPages(RuleSetViews views) {
        this.views = views;
    }

    @GetMapping("/rulesets")
    String list(Model model) {
        model.addAttribute("ruleSets", views.all());
        return "rulesets";
    }

    @GetMapping("/rulesets/{id}")
    String one(@PathVariable String id, Model model) {
        model.addAttribute("versions", views.versions(id));
        if (views.versions(id).isEmpty()) {
            throw WebProblem.notFound();
        }
        model.addAttribute("id", id);
        return "ruleset";
    }
}
