package vn.xkmt.web.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xkmt.web.security.XkmtUser;

/** Targets and progress over HTTP; admins add and change targets. */
@RestController
@RequestMapping(path = "/api/targets", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "targets", description = "Dated targets per province and the national one; progress from the register")
@SecurityRequirement(name = "basic")
class TargetApi {

    private final Targets targets;

    TargetApi(Targets targets) {
        this.targets = targets;
    }

    /** A target: province slug or {@code *} for the country; kind COUNT or SHARE (percent). */
    record TargetBody(String province, LocalDate due, String kind, int value, int total, String source, Integer version) {}

    @GetMapping
    @Operation(summary = "A province's targets with progress, chart points, communes not yet recognised, criteria holding back")
    TargetDashboard dashboard(@AuthenticationPrincipal XkmtUser me, @RequestParam String province) {
        return targets.dashboard(province, me);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a target (ADMIN), with its source document")
    Target create(@AuthenticationPrincipal XkmtUser me, @RequestBody TargetBody b) {
        long id = targets.create(me, b.province(), b.due(), b.kind(), b.value(), b.total(), b.source());
        return targets.target(id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a target (ADMIN) from the version seen; 409 when changed since")
    void update(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, @RequestBody TargetBody b) {
        targets.update(me, id, b.due(), b.kind(), b.value(), b.total(), b.source(), b.version() == null ? -1 : b.version());
    }
}
