package vn.xkmt.web.dashboard;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xkmt.web.evaluation.Dashboard;
import vn.xkmt.web.evaluation.Evaluations;
import vn.xkmt.web.evaluation.KnownProvinces;
import vn.xkmt.web.evaluation.Province;
import vn.xkmt.web.evaluation.VerdictLabels;
import vn.xkmt.web.security.XkmtUser;

/**
 * A province's communes or reporting units by their latest verdict, with a bar chart drawn as inline
 * SVG, in the verdict labels of the rule sets' manifests.
 */
@Controller
class DashboardController {

    private final Evaluations evaluations;
    private final KnownProvinces provinces;
    private final VerdictLabels labels;

    DashboardController(Evaluations evaluations, KnownProvinces provinces, VerdictLabels labels) {
        this.evaluations = evaluations;
        this.provinces = provinces;
        this.labels = labels;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal XkmtUser me, @RequestParam(required = false) String province,
                     Locale locale, Model model) {
        List<Province> mine = provinces.visibleTo(me);
        model.addAttribute("provinces", mine);
        if ((province == null || province.isBlank()) && mine.isEmpty()) {
            return "dashboard";
        }
        Dashboard d = evaluations.dashboard(province == null || province.isBlank() ? mine.get(0).slug() : province, me);
        model.addAttribute("dash", d);
        model.addAttribute("chart", BarChart.of(labels.tallies(VerdictLabels.ofRows(d.latest()),
                "en".equals(locale.getLanguage()) ? "en" : "vi")));
        model.addAttribute("zone", evaluations.zone());
        return "dashboard";
    }
}
