package vn.xkmt.web.authoring;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xkmt.authoring.ParameterForms;
import vn.xkmt.authoring.RuleWorkspace;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.security.XkmtUser;

/**
 * A rule set version's {@code parameters.yaml} as forms: each parameter with its description, unit, source passage
 * and dated values as rows; the officer corrects a row or fills the empty one and saves it into their draft, the
 * file's layout kept (the text view of the file stays at {@code /rules/{id}/{version}/files/parameters.yaml}).
 */
@Controller
@RequestMapping("/rules/{id}/{version}/parameters")
class ParameterFormController {

    static final String FILE = "parameters.yaml";

    private final RuleWorkspace workspace;
    private final EditorAccess access;

    ParameterFormController(RuleWorkspace workspace, EditorAccess access) {
        this.workspace = workspace;
        this.access = access;
    }

    @GetMapping
    String forms(@AuthenticationPrincipal XkmtUser me, @PathVariable String id, @PathVariable String version,
                 Model model) {
        String yaml = parameters(me, id, version);
        model.addAttribute("forms", ParameterForms.read(yaml));
        return page(me, id, version, model);
    }

    @PostMapping("/{name}")
    String save(@AuthenticationPrincipal XkmtUser me, @PathVariable String id, @PathVariable String version,
                @PathVariable String name, @RequestParam(name = "from", required = false) List<String> from,
                @RequestParam(name = "value", required = false) List<String> value, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        String yaml = parameters(me, id, version);
        List<ParameterForms.Form> forms = ParameterForms.read(yaml);
        ParameterForms.Form form = forms.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(WebProblem::notFound);
        List<ParameterForms.Row> rows = rows(from, value);
        List<ParameterForms.Problem> problems = ParameterForms.check(form, rows);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("forms", forms.stream().map(f -> f.name().equals(name)
                    ? new ParameterForms.Form(f.name(), f.description(), f.unit(), f.reference(), rows) : f).toList());
            model.addAttribute("problems", problems);
            model.addAttribute("invalid", name);
            return page(me, id, version, model);
        }
        workspace.saveDraft(me.getUsername(), id, version, FILE, ParameterForms.write(yaml, name, rows));
        redirect.addFlashAttribute("savedParameter", name);
        return "redirect:/rules/" + id + "/" + version + "/parameters#" + name;
    }

    private String parameters(XkmtUser me, String id, String version) {
        access.allow(me, id, version);
        if (!workspace.files(id, version).contains(FILE)) {
            throw WebProblem.notFound();
        }
        return workspace.read(me.getUsername(), id, version, FILE);
    }

    private String page(XkmtUser me, String id, String version, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        model.addAttribute("draft", workspace.hasDraft(me.getUsername(), id, version));
        return "rules/parameters";
    }

    /** The posted rows, paired by position (a missing field is blank). */
    private static List<ParameterForms.Row> rows(List<String> from, List<String> value) {
        List<String> f = from == null ? List.of() : from;
        List<String> v = value == null ? List.of() : value;
        List<ParameterForms.Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(f.size(), v.size()); i++) {
            rows.add(new ParameterForms.Row(i < f.size() ? f.get(i) : "", i < v.size() ? v.get(i) : ""));
        }
        return rows;
    }
}
