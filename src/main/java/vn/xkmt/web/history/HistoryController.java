package vn.xkmt.web.history;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xkmt.web.evaluation.Evaluations;
import vn.xkmt.web.evaluation.HistoryFilter;
import vn.xkmt.web.evaluation.KnownProvinces;
import vn.xkmt.web.security.XkmtUser;

/** Every evaluation the user may see, newest first, filtered by province, commune and date. */
@Controller
class HistoryController {

    private final Evaluations evaluations;
    private final KnownProvinces provinces;

    HistoryController(Evaluations evaluations, KnownProvinces provinces) {
        this.evaluations = evaluations;
        this.provinces = provinces;
    }

    @GetMapping("/evaluations")
    String history(@AuthenticationPrincipal XkmtUser me, @RequestParam(required = false) String province,
                   @RequestParam(required = false) String commune,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        HistoryFilter f = new HistoryFilter(province, commune, from, to, page, 50);
        model.addAttribute("filter", f);
        model.addAttribute("selectedKey", province == null ? "" : vn.xkmt.web.Provinces.key(province));
        model.addAttribute("result", evaluations.history(f, me));
        model.addAttribute("provinces", provinces.visibleTo(me));
        model.addAttribute("names", new ProvinceLabels(provinces));
        model.addAttribute("zone", evaluations.zone());
        return "history";
    }
}
