package vn.xkmt.web.dashboard;

import vn.xkmt.text.Lang;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xkmt.web.communeresult.CommuneEvaluations;
import vn.xkmt.web.evaluation.Dashboard;
import vn.xkmt.web.evaluation.Evaluations;
import vn.xkmt.web.evaluation.KnownProvinces;
import vn.xkmt.web.evaluation.Province;
import vn.xkmt.web.evaluation.UnitRow;
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
    private final CommuneEvaluations communes;

    private final MessageSource messages;

    DashboardController(Evaluations evaluations, KnownProvinces provinces, VerdictLabels labels,
                        CommuneEvaluations communes, MessageSource messages) {
        this.messages = messages;
        this.evaluations = evaluations;
        this.provinces = provinces;
        this.labels = labels;
        this.communes = communes;
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
                Lang.of(locale))));
        model.addAttribute("zone", evaluations.zone());
        Map<String, String> districts = communes.districts(d.latest().stream().map(UnitRow::evaluationId).toList());
        model.addAttribute("districts", districts);
        model.addAttribute("groups", groups(d, districts));
        return "dashboard";
    }

    /** The latest results counted by district (rows naming none last). */
    static List<DistrictGroup> groups(Dashboard d, Map<String, String> districts) {
        Map<String, Map<String, Integer>> by = new TreeMap<>();
        for (UnitRow u : d.latest()) {
            String district = districts.getOrDefault(u.evaluationId() + "/" + u.unitCode(), "");
            by.computeIfAbsent(district, k -> new LinkedHashMap<>()).merge(u.verdict(), 1, Integer::sum);
        }
        List<DistrictGroup> out = new ArrayList<>();
        by.forEach((k, v) -> {
            if (!k.isEmpty()) {
                out.add(new DistrictGroup(k, v.values().stream().mapToInt(Integer::intValue).sum(), v));
            }
        });
        if (by.containsKey("")) {
            Map<String, Integer> v = by.get("");
            out.add(new DistrictGroup("", v.values().stream().mapToInt(Integer::intValue).sum(), v));
        }
        return out;
    }

    /** The dashboard's table as a workbook. */
    @GetMapping("/dashboard/export.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal XkmtUser me, @RequestParam String province, Locale locale)
            throws java.io.IOException {
        Dashboard d = evaluations.dashboard(province, me);
        Map<String, String> districts = communes.districts(d.latest().stream().map(UnitRow::evaluationId).toList());
        byte[] body = DashboardWorkbook.write(d, districts, labels, Lang.of(locale), messages);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("xkmt-dashboard-" + d.province().slug() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
