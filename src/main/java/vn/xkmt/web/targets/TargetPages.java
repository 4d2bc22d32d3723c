package vn.xkmt.web.targets;

import vn.xkmt.text.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xkmt.web.evaluation.KnownProvinces;
import vn.xkmt.web.evaluation.Province;
import vn.xkmt.web.security.XkmtUser;

/** Progress against targets per province (chart, communes missing, criteria holding back); admins edit targets. */
@Controller
class TargetPages {

    private final Targets targets;
    private final KnownProvinces provinces;
    private final MessageSource messages;

    TargetPages(Targets targets, KnownProvinces provinces, MessageSource messages) {
        this.targets = targets;
        this.provinces = provinces;
        this.messages = messages;
    }

    @GetMapping("/targets")
    String page(@AuthenticationPrincipal XkmtUser me, @RequestParam(required = false) String province, Locale locale,
                Model model) {
        List<Province> mine = provinces.visibleTo(me);
        model.addAttribute("provinces", mine);
        if ((province == null || province.isBlank()) && mine.isEmpty()) {
            return "targets/targets";
        }
        TargetDashboard d = targets.dashboard(province == null || province.isBlank() ? mine.get(0).slug() : province, me);
        model.addAttribute("d", d);
        model.addAttribute("chart", d.chart());
        model.addAttribute("plans", targets.fromPlans(d.province().slug(), me,
                Lang.of(locale)));
        return "targets/targets";
    }

    @GetMapping("/targets/export.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal XkmtUser me, @RequestParam String province, Locale locale)
            throws IOException {
        TargetDashboard d = targets.dashboard(province, me);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("xkmt-targets-" + d.province().slug() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(TargetWorkbook.write(d, locale, messages));
    }

    @PostMapping("/targets")
    String create(@AuthenticationPrincipal XkmtUser me, @RequestParam String province, @RequestParam(required = false) String scope,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due, @RequestParam String kind,
                  @RequestParam int value, @RequestParam int total, @RequestParam String source) {
        targets.create(me, "national".equals(scope) ? Target.NATIONAL : province, due, kind, value, total, source);
        return "redirect:/targets?province=" + province;
    }

    @PostMapping("/targets/from-plan")
    String fromPlan(@AuthenticationPrincipal XkmtUser me, @RequestParam String province, @RequestParam String ruleSet,
                    @RequestParam int phase, @RequestParam int total) {
        targets.createFromPlan(me, province, ruleSet, phase, total);
        return "redirect:/targets?province=" + province;
    }

    @PostMapping("/targets/{id}")
    String update(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, @RequestParam String province,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due, @RequestParam String kind,
                  @RequestParam int value, @RequestParam int total, @RequestParam String source, @RequestParam int version) {
        targets.update(me, id, due, kind, value, total, source, version);
        return "redirect:/targets?province=" + province;
    }
}
