package vn.xkmt.web.council;

import vn.xkmt.text.Lang;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xkmt.web.evaluation.KnownProvinces;
import vn.xkmt.web.evaluation.Province;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.XkmtUser;

/** The council's pages: meetings of a province, one meeting with its pack, decisions, closing, amendments. */
@Controller
class MeetingPages {

    private final Meetings meetings;
    private final KnownProvinces provinces;

    MeetingPages(Meetings meetings, KnownProvinces provinces) {
        this.meetings = meetings;
        this.provinces = provinces;
    }

    @GetMapping("/council")
    String list(@AuthenticationPrincipal XkmtUser me, @RequestParam(required = false) String province, Model model) {
        List<Province> mine = provinces.visibleTo(me);
        model.addAttribute("provinces", mine);
        model.addAttribute("mayWrite", writes(me));
        if ((province == null || province.isBlank()) && mine.isEmpty()) {
            return "council/meetings";
        }
        Province p = meetings.province(province == null || province.isBlank() ? mine.get(0).slug() : province, me);
        model.addAttribute("province", p);
        model.addAttribute("meetings", meetings.list(p.slug(), me));
        return "council/meetings";
    }

    @PostMapping("/council/meetings")
    String create(@AuthenticationPrincipal XkmtUser me, @RequestParam String province,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam(required = false) String place, @RequestParam(required = false) String members) {
        long id = meetings.create(me, province, date, place, members);
        return "redirect:/council/meetings/" + id;
    }

    @GetMapping("/council/meetings/{id}")
    String meeting(@AuthenticationPrincipal XkmtUser me, @PathVariable long id,
                   @RequestParam(required = false) String verdict, @RequestParam(required = false) String district,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   java.util.Locale locale, Model model) {
        MeetingView v = meetings.view(id, me);
        model.addAttribute("v", v);
        model.addAttribute("m", v.meeting());
        model.addAttribute("mayWrite", writes(me));
        if (v.meeting().draft()) {
            model.addAttribute("candidates", meetings.candidates(id, me, verdict, district, from, to));
            model.addAttribute("filter", new CandidateFilter(verdict, district, from, to));
            Lang lang = Lang.of(locale);
            model.addAttribute("verdicts", java.util.Arrays.stream(vn.xkmt.evaluation.Verdict.values())
                    .map(x -> new VerdictOption(x.name(), x.defaultLabel(lang))).toList());
        }
        return "council/meeting";
    }



    @PostMapping("/council/meetings/{id}/items")
    String add(@AuthenticationPrincipal XkmtUser me, @PathVariable long id,
               @RequestParam(name = "code", required = false) List<String> codes,
               @RequestParam(defaultValue = "RECOGNITION") Purpose purpose, @RequestParam int version) {
        meetings.add(id, me, codes == null ? List.of() : codes, purpose, version);
        return back(id);
    }

    @PostMapping("/council/meetings/{id}/items/{itemId}/remove")
    String remove(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, @PathVariable long itemId,
                  @RequestParam int version) {
        meetings.remove(id, itemId, me, version);
        return back(id);
    }

    @PostMapping("/council/meetings/{id}/freeze")
    String freeze(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, @RequestParam int version) {
        meetings.freeze(id, me, version);
        return back(id);
    }

    @PostMapping("/council/meetings/{id}/items/{itemId}/decision")
    String decide(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, @PathVariable long itemId,
                  @RequestParam Map<String, String> form) {
        meetings.decide(id, itemId, me, DecisionForm.read(form));
        return back(id) + "#item-" + itemId;
    }

    @PostMapping("/council/meetings/{id}/close")
    String close(@AuthenticationPrincipal XkmtUser me, @PathVariable long id,
                 @RequestParam(required = false) String decisionNo,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                 @RequestParam int version) {
        meetings.close(id, me, decisionNo, decisionDate, version);
        return back(id);
    }

    @PostMapping("/council/meetings/{id}/items/{itemId}/amend")
    String amend(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, @PathVariable long itemId,
                 @RequestParam Map<String, String> form) {
        meetings.amendDecision(id, itemId, me, DecisionForm.read(form), form.get("amendReason"));
        return back(id) + "#item-" + itemId;
    }

    @PostMapping("/council/meetings/{id}/amend")
    String amendNumber(@AuthenticationPrincipal XkmtUser me, @PathVariable long id,
                       @RequestParam(required = false) String decisionNo,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                       @RequestParam(required = false) String amendReason, @RequestParam int version) {
        meetings.amendDecisionNumber(id, me, decisionNo, decisionDate, amendReason, version);
        return back(id);
    }

    private static String back(long id) {
        return "redirect:/council/meetings/" + id;
    }

    static boolean writes(XkmtUser me) {
        return me.has(Role.SECRETARIAT) || me.isAdmin();
    }
}
