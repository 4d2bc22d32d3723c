package vn.xkmt.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.rulesets.RuleSetViews;

/** The rule sets in force, with their criteria. */
@RestController
@RequestMapping(path = "/api/rulesets", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "rule sets", description = "Rule set versions in force and their criteria")
@SecurityRequirement(name = "basic")
class RuleSetApi {

    private final RuleSetViews views;

    RuleSetApi(RuleSetViews views) {
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Every rule set version with its criteria, effective period and content hash")
    List<Map<String, Object>> all() {
        return views.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "The versions of one rule set (e.g. thanh-hoa)")
    List<Map<String, Object>> one(@PathVariable String id) {
        List<Map<String, Object>> v = views.versions(id);
        if (v.isEmpty()) {
            throw WebProblem.notFound();
        }
        return v;
    }
}
