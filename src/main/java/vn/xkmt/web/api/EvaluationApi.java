package vn.xkmt.web.api;

import vn.xkmt.text.Lang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.xkmt.report.ReportOptions;
import vn.xkmt.report.ResultJson;
import vn.xkmt.report.XlsxReport;
import vn.xkmt.web.evaluation.EvaluationDetail;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.evaluation.Evaluations;
import vn.xkmt.web.evaluation.HistoryFilter;
import vn.xkmt.web.evaluation.Rerun;
import vn.xkmt.web.evaluation.Reruns;
import vn.xkmt.web.security.XkmtUser;

/** Evaluations over HTTP: upload a workbook and get its result; list, fetch and re-run evaluations. */
@RestController
@RequestMapping("/api/evaluations")
@Tag(name = "evaluations", description = "Upload commune workbooks and read their evaluations")
@SecurityRequirement(name = "basic")
class EvaluationApi {

    private final EvaluationService service;
    private final Evaluations evaluations;
    private final Reruns reruns;

    EvaluationApi(EvaluationService service, Evaluations evaluations, Reruns reruns) {
        this.service = service;
        this.reruns = reruns;
        this.evaluations = evaluations;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Evaluate one workbook (.xlsx, part 'file') and store it",
            description = "APPRAISER or ADMIN. 201 with the evaluation and its result document; 400 empty, "
                    + "403 a province outside the account, 413 too large, 415 not a workbook, 422 unreadable, "
                    + "429 hourly limit.")
    ResponseEntity<Map<String, Object>> upload(@AuthenticationPrincipal XkmtUser me,
                                               @RequestPart("file") MultipartFile file) throws IOException {
        long id = service.submit(me, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/evaluations/" + id)).body(body(evaluations.detail(id, me)));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List evaluations the account may see, newest first",
            description = "Filters: province (name or slug), commune (part of code or name, accents ignored), "
                    + "from/to (yyyy-MM-dd, inclusive, server time zone), page (from 0), size (≤ 200).")
    Evaluations.Page list(@AuthenticationPrincipal XkmtUser me, @RequestParam(required = false) String province,
                          @RequestParam(required = false) String commune,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return evaluations.history(new HistoryFilter(province, commune, from, to, page, size), me);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One evaluation with its result document (results of the account's provinces only)")
    Map<String, Object> fetch(@AuthenticationPrincipal XkmtUser me, @PathVariable long id) {
        return body(evaluations.detail(id, me));
    }

    @GetMapping(path = "/{id}/input")
    @Operation(summary = "The uploaded workbook as stored (holds full names: users of all its provinces and admins only)")
    ResponseEntity<byte[]> input(@AuthenticationPrincipal XkmtUser me, @PathVariable long id) {
        byte[] content = evaluations.input(id, me);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("xkmt-" + id + "-input.xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }

    @GetMapping(path = "/{id}/report.xlsx")
    @Operation(summary = "The report workbook of the stored result, as it was decided (nothing evaluated again)",
            description = "lang=vi (default) or en. Results of the account's provinces only; never full names.")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal XkmtUser me, @PathVariable long id,
                                  @RequestParam(defaultValue = "vi") Lang lang) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        XlsxReport.write(evaluations.detail(id, me).document(), out, ReportOptions.DEFAULT.withLang(lang));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("xkmt-" + id + "-report.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    @PostMapping(path = "/{id}/rerun", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Evaluate the stored bytes again and compare with the stored result")
    Rerun rerun(@AuthenticationPrincipal XkmtUser me, @PathVariable long id) {
        return reruns.rerun(id, me);
    }

    private static Map<String, Object> body(EvaluationDetail d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("evaluation", d.summary());
        m.put("complete", d.complete());
        m.put("result", ResultJson.tree(d.document().current()));
        return m;
    }
}
