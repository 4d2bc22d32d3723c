package vn.xkmt.web.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xkmt.web.security.XkmtUser;

/** The register over HTTP: a province's communes, one commune's history, re-appraisal lists, registration, links. */
@RestController
@RequestMapping(path = "/api/register", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "register", description = "Communes' status over time; re-appraisal")
@SecurityRequirement(name = "basic")
class RegisterApi {

    private final Register register;

    RegisterApi(Register register) {
        this.register = register;
    }

    /** A commune registered to build: date, baseline (addicts, users; a free text). */
    record NewRegistration(String province, String code, String name, LocalDate date, Integer addicts, Integer users,
                           String baseline) {}

    /** A commune of the reorganisation and one it replaced. */
    record Link(String province, String code, String predecessor) {}

    /** An admin's correction of a registration; {@code registrationId}: the one the admin saw (optional). */
    record Correction(String province, String code, Long registrationId, LocalDate date, Integer addicts, Integer users,
                      String baseline, String reason) {}

    /** The undoing of a link, with its reason. */
    record Unlink(String province, String code, String predecessor, String reason) {}

    @GetMapping
    @Operation(summary = "The register of a province: status, decision, latest evaluation, re-appraisal flags (q: code or name)")
    List<RegisterRow> list(@AuthenticationPrincipal XkmtUser me, @RequestParam String province,
                           @RequestParam(required = false) String q) {
        return register.rows(province, q, me);
    }

    @GetMapping("/at-risk")
    @Operation(summary = "Recognised communes whose newer evaluation no longer passes, with the failing criteria")
    List<AtRisk> atRisk(@AuthenticationPrincipal XkmtUser me, @RequestParam String province) {
        return register.atRisk(province, me);
    }

    @GetMapping("/overdue")
    @Operation(summary = "Recognised communes with no evaluation in the last 12 months")
    List<RegisterRow> overdue(@AuthenticationPrincipal XkmtUser me, @RequestParam String province) {
        return register.overdue(province, me);
    }

    @GetMapping("/{province}/{code}")
    @Operation(summary = "One commune: status, former communes, evaluations and register events in date order")
    CommuneHistory commune(@AuthenticationPrincipal XkmtUser me, @PathVariable String province, @PathVariable String code) {
        return register.commune(province, code, me);
    }

    @PostMapping(path = "/communes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a commune to build by hand (SECRETARIAT or ADMIN): registration date and baseline; "
            + "409 when it is registered already (from the data or by hand)")
    CommuneHistory registerCommune(@AuthenticationPrincipal XkmtUser me, @RequestBody NewRegistration body) {
        register.registerCommune(me, body.province(), body.code(), body.name(), body.date(), body.addicts(), body.users(),
                body.baseline());
        return register.commune(body.province(), body.code().strip(), me);
    }

    @PostMapping(path = "/links", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Link a commune to one it replaced (ADMIN): its history follows")
    CommuneHistory link(@AuthenticationPrincipal XkmtUser me, @RequestBody Link body) {
        register.link(me, body.province(), body.code(), body.predecessor());
        return register.commune(body.province(), body.code().strip(), me);
    }

    @PostMapping(path = "/registrations/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct a commune's registration (ADMIN): date, baseline and a mandatory reason; the corrected "
            + "registration stays in the history, the correction goes into the audit trail")
    CommuneHistory correct(@AuthenticationPrincipal XkmtUser me, @RequestBody Correction body) {
        register.correctRegistration(me, body.province(), body.code(), body.registrationId(), body.date(), body.addicts(),
                body.users(), body.baseline(), body.reason());
        return register.commune(body.province(), body.code().strip(), me);
    }

    @PostMapping(path = "/links/remove", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Remove a link to a former commune (ADMIN), with a mandatory reason, audited")
    CommuneHistory unlink(@AuthenticationPrincipal XkmtUser me, @RequestBody Unlink body) {
        register.unlink(me, body.province(), body.code(), body.predecessor(), body.reason());
        return register.commune(body.province(), body.code().strip(), me);
    }
}
