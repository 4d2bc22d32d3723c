package vn.xkmt.web.register;

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
import org.springframework.web.util.UriUtils;
import vn.xkmt.web.evaluation.KnownProvinces;
import vn.xkmt.web.evaluation.Province;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.XkmtUser;

/** The register's pages: a province's communes with their status and re-appraisal flags, one commune's history. */
@Controller
class RegisterPages {

    private final Register register;
    private final KnownProvinces provinces;
    private final MessageSource messages;

    RegisterPages(Register register, KnownProvinces provinces, MessageSource messages) {
        this.register = register;
        this.provinces = provinces;
        this.messages = messages;
    }

    @GetMapping("/register")
    String list(@AuthenticationPrincipal XkmtUser me, @RequestParam(required = false) String province,
                @RequestParam(required = false) String q, Model model) {
        List<Province> mine = provinces.visibleTo(me);
        model.addAttribute("provinces", mine);
        model.addAttribute("q", q);
        model.addAttribute("mayWrite", me.has(Role.SECRETARIAT) || me.isAdmin());
        model.addAttribute("mayLink", me.isAdmin());
        if ((province == null || province.isBlank()) && mine.isEmpty()) {
            return "register/register";
        }
        Province p = register.province(province == null || province.isBlank() ? mine.get(0).slug() : province, me);
        model.addAttribute("province", p);
        List<RegisterRow> rows = register.rows(p.slug(), q, me);
        model.addAttribute("rows", rows);
        model.addAttribute("atRisk", register.atRisk(p.slug(), me));
        model.addAttribute("overdue", rows.stream().filter(RegisterRow::overdue).toList());
        return "register/register";
    }

    @GetMapping("/register/export.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal XkmtUser me, @RequestParam String province,
                                  @RequestParam(required = false) String q, Locale locale) throws IOException {
        Province p = register.province(province, me);
        byte[] body = RegisterWorkbook.write(p.name(), register.rows(p.slug(), q, me), locale, messages);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("xkmt-register-" + p.slug() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @GetMapping("/register/{province}/{code}")
    String commune(@AuthenticationPrincipal XkmtUser me, @PathVariable String province, @PathVariable String code,
                   Model model) {
        model.addAttribute("h", register.commune(province, code, me));
        model.addAttribute("mayCorrect", me.isAdmin());
        return "register/commune";
    }

    @PostMapping("/register/communes")
    String registerCommune(@AuthenticationPrincipal XkmtUser me, @RequestParam String province, @RequestParam String code,
                           @RequestParam(required = false) String name,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                           @RequestParam(required = false) Integer addicts, @RequestParam(required = false) Integer users,
                           @RequestParam(required = false) String baseline) {
        register.registerCommune(me, province, code, name, date, addicts, users, baseline);
        return "redirect:/register/" + UriUtils.encodePathSegment(province, StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(code.strip(), StandardCharsets.UTF_8);
    }

    @PostMapping("/register/links")
    String link(@AuthenticationPrincipal XkmtUser me, @RequestParam String province, @RequestParam String code,
                @RequestParam String predecessor) {
        register.link(me, province, code, predecessor);
        return "redirect:/register/" + UriUtils.encodePathSegment(province, StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(code.strip(), StandardCharsets.UTF_8);
    }

    @PostMapping("/register/registrations/correct")
    String correct(@AuthenticationPrincipal XkmtUser me, @RequestParam String province, @RequestParam String code,
                   @RequestParam(required = false) Long registrationId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @RequestParam(required = false) Integer addicts, @RequestParam(required = false) Integer users,
                   @RequestParam(required = false) String reason) {
        register.correctRegistration(me, province, code, registrationId, date, addicts, users, null, reason);
        return "redirect:/register/" + UriUtils.encodePathSegment(province, StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(code.strip(), StandardCharsets.UTF_8);
    }

    @PostMapping("/register/links/remove")
    String unlink(@AuthenticationPrincipal XkmtUser me, @RequestParam String province, @RequestParam String code,
                  @RequestParam String predecessor, @RequestParam(required = false) String reason) {
        register.unlink(me, province, code, predecessor, reason);
        return "redirect:/register/" + UriUtils.encodePathSegment(province, StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(code.strip(), StandardCharsets.UTF_8);
    }
}
