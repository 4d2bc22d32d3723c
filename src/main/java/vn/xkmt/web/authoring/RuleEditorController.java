package vn.xkmt.web.authoring;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xkmt.authoring.DraftCheck;
import vn.xkmt.authoring.PublishRecord;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.authoring.RuleWorkspace;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.web.Provinces;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.security.XkmtUser;

/**
 * The rule editor for policy editors of a rule set's province (its manifest
 * {@code provinces}) and admins: files of a version, a draft per editor, check (lint, sandbox,
 * compile, golden cases), impact on the province's latest uploads, publish, history and revert.
 * The list also shows the changes on disk that a reload refused, and the refusals at start.
 * The URL space {@code /rules/**} is closed to everyone else by the security configuration; the
 * province is checked here.
 */
@Controller
@RequestMapping("/rules")
class RuleEditorController {

    private final RuleSetRegistry registry;
    private final RuleWorkspace workspace;
    private final RecentUploads uploads;
    private final EditorAccess access;

    RuleEditorController(RuleSetRegistry registry, RuleWorkspace workspace, RecentUploads uploads, EditorAccess access) {
        this.registry = registry;
        this.workspace = workspace;
        this.uploads = uploads;
        this.access = access;
    }

    /** A version in the list: what it is and whether this editor has a draft of it. */
    record VersionRow(String id, String version, String nameVi, String nameEn, List<String> provinces,
                      String contentHash, boolean draft) {}

    /** One problem as {@code file:line:column message}. */
    record ProblemRow(String where, String message) {}

    /** A publish with its time as the pages format it. */
    record HistoryRow(PublishRecord r, java.time.OffsetDateTime at) {}

    @GetMapping
    String list(@AuthenticationPrincipal XkmtUser me, Model model) {
        List<VersionRow> rows = registry.current().all().stream().filter(rs -> mayEdit(me, rs.id()))
                .sorted(Comparator.comparing(LoadedRuleSet::id).thenComparing(LoadedRuleSet::version))
                .map(rs -> new VersionRow(rs.id(), rs.version(), rs.definition().nameVi(), rs.definition().nameEn(),
                        rs.definition().provinces(), rs.definition().contentHash(),
                        workspace.hasDraft(me.getUsername(), rs.id(), rs.version())))
                .toList();
        model.addAttribute("versions", rows);
        model.addAttribute("refusals", ReloadRefusals.latest(registry).stream()
                .filter(f -> mayEdit(me, f.ruleSet())).toList());
        return "rules/list";
    }

    @GetMapping("/{id}/{version}")
    String version(@AuthenticationPrincipal XkmtUser me, @PathVariable String id, @PathVariable String version,
                   Model model) {
        versionModel(me, id, version, model);
        return "rules/version";
    }

    @GetMapping("/{id}/{version}/files/{file}")
    String file(@AuthenticationPrincipal XkmtUser me, @PathVariable String id, @PathVariable String version,
                @PathVariable String file, Model model) {
        allow(me, id, version);
        if (!workspace.files(id, version).contains(file)) {
            throw WebProblem.notFound();
        }
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        model.addAttribute("file", file);
        model.addAttribute("content", workspace.read(me.getUsername(), id, version, file));
        model.addAttribute("draft", workspace.hasDraft(me.getUsername(), id, version));
        return "rules/file";
    }

    @PostMapping("/{id}/{version}/files/{file}")
    String save(@AuthenticationPrincipal XkmtUser me, @PathVariable String id, @PathVariable String version,
                @PathVariable String file, @RequestParam String content, RedirectAttributes redirect) {
        allow(me, id, version);
        if (!workspace.files(id, version).contains(file)) {
            throw WebProblem.notFound();
        }
        // Browsers send textarea lines with CR LF; rule files keep LF.
        workspace.saveDraft(me.getUsername(), id, version, file, content.replace("\r\n", "\n"));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/rules/" + id + "/" + version + "/files/" + file;
    }

    @PostMapping("/{id}/{version}/discard")
    String discard(@AuthenticationPrincipal XkmtUser me, @PathVariable String id, @PathVariable String version) {
        allow(me, id, version);
        workspace.discardDraft(me.getUsername(), id, version);
        return "redirect:/rules/" + id + "/" + version;
    }

    @PostMapping("/{id}/{version}/check")
    String check(@AuthenticationPrincipal XkmtUser me, @PathVariable String id, @PathVariable String version,
                 Model model) {
        versionModel(me, id, version, model);
        checkModel(workspace.check(me.getUsername(), id, version), model);
        return "rules/version";
    }

    @PostMapping("/{id}/{version}/impact")
    String impact(@AuthenticationPrincipal XkmtUser me, @PathVariable String id, @PathVariable String version,
                  Model model) {
        versionModel(me, id, version, model);
        Set<String> keys = provinceKeys(id);
        try (RecentUploads.Files files = uploads.latest(keys)) {
            var report = workspace.impact(me.getUsername(), id, version, files.paths(), keys);
            model.addAttribute("impactUploads", files.paths().size());
            model.addAttribute("impact", report.changes());
            if (!report.problems().isEmpty()) {
                checkModel(new DraftCheck(report.problems(), null), model);
            }
        }
        return "rules/version";
    }

    @PostMapping("/{id}/{version}/publish")
    String publish(@AuthenticationPrincipal XkmtUser me, @PathVariable String id, @PathVariable String version,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        allow(me, id, version);
        if (!workspace.hasDraft(me.getUsername(), id, version)) {
            versionModel(me, id, version, model);
            model.addAttribute("nothingToPublish", true);
            response.setStatus(422);
            return "rules/version";
        }
        RuleWorkspace.PublishOutcome outcome = workspace.publish(me.getUsername(), id, version);
        if (outcome.published()) {
            redirect.addFlashAttribute("published", outcome.record().id());
            return "redirect:/rules/history";
        }
        versionModel(me, id, version, model);
        if (outcome.conflicted()) {
            // another publish of this version (here or on another server) took effect first
            PublishRecord first = outcome.conflict();
            model.addAttribute("conflict", List.of(first.user(), first.at().atOffset(java.time.ZoneOffset.UTC)
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")), first.hashAfter()));
            response.setStatus(409);
            return "rules/version";
        }
        if (outcome.check() != null) {
            checkModel(outcome.check(), model);
        }
        model.addAttribute("refused", true);
        model.addAttribute("reloadRefused", outcome.reload() == null ? List.of()
                : outcome.reload().refused().getOrDefault(id, List.of()));
        response.setStatus(422);
        return "rules/version";
    }

    @GetMapping("/history")
    String history(@AuthenticationPrincipal XkmtUser me, Model model) {
        model.addAttribute("records", workspace.history().stream().filter(r -> mayEdit(me, r.ruleSet()))
                .map(r -> new HistoryRow(r, r.at().atOffset(java.time.ZoneOffset.UTC))).toList());
        return "rules/history";
    }

    @PostMapping("/history/{recordId}/revert")
    String revert(@AuthenticationPrincipal XkmtUser me, @PathVariable String recordId, RedirectAttributes redirect) {
        PublishRecord rec = workspace.history().stream().filter(r -> r.id().equals(recordId)).findFirst()
                .orElseThrow(WebProblem::notFound);
        allow(me, rec.ruleSet(), rec.version());
        RuleWorkspace.PublishOutcome outcome = workspace.revert(me.getUsername(), recordId);
        if (outcome.published()) {
            redirect.addFlashAttribute("published", outcome.record().id());
        } else {
            redirect.addFlashAttribute("revertRefused", outcome.reload() == null ? List.of()
                    : outcome.reload().refused().getOrDefault(rec.ruleSet(), List.of()));
        }
        return "redirect:/rules/history";
    }

    private void versionModel(XkmtUser me, String id, String version, Model model) {
        allow(me, id, version);
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        model.addAttribute("files", workspace.files(id, version));
        model.addAttribute("draft", workspace.hasDraft(me.getUsername(), id, version));
        model.addAttribute("ruleSet", registry.current().version(id, version).orElse(null));
        model.addAttribute("loadProblems", registry.current().problems().stream()
                .filter(p -> p.file().startsWith("rules/" + id + "/")).map(Object::toString).toList());
    }

    private static void checkModel(DraftCheck check, Model model) {
        model.addAttribute("check", check);
        model.addAttribute("problems", check.problems().stream().map(p -> new ProblemRow(
                p.file().replaceFirst("^rules/[^/]+/[^/]+/", "") + (p.line() > 0 ? ":" + p.line()
                        + (p.column() > 0 ? ":" + p.column() : "") : ""), p.message())).toList());
    }

    /**
     * The rule set's provinces as keys, from any loaded version of it; for a rule set none of whose
     * versions loaded (refused at start), its id read as a province name, as the catalog does.
     */

    private Set<String> provinceKeys(String id) {
        return access.provinceKeys(id);
    }

    private boolean mayEdit(XkmtUser me, String id) {
        return access.mayEdit(me, id);
    }

    private void allow(XkmtUser me, String id, String version) {
        access.allow(me, id, version);
    }
}
