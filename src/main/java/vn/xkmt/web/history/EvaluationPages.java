package vn.xkmt.web.history;

import vn.xkmt.text.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
import vn.xkmt.report.HtmlReport;
import vn.xkmt.report.ReportOptions;
import vn.xkmt.report.ResultJson;
import vn.xkmt.report.XlsxReport;
import vn.xkmt.web.evaluation.EvaluationDetail;
import vn.xkmt.web.evaluation.Reruns;
import vn.xkmt.web.evaluation.Evaluations;
import vn.xkmt.web.evaluation.KnownProvinces;
import vn.xkmt.web.evaluation.PlanDeadlines;
import vn.xkmt.web.evaluation.VerdictLabels;
import vn.xkmt.web.security.XkmtUser;

/** One evaluation: its result page, its downloads, and re-running it. */
@Controller
class EvaluationPages {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Evaluations evaluations;
    private final Reruns reruns;
    private final KnownProvinces provinces;
    private final VerdictLabels labels;
    private final PlanDeadlines deadlines;

    EvaluationPages(Evaluations evaluations, Reruns reruns, KnownProvinces provinces, VerdictLabels labels,
                    PlanDeadlines deadlines) {
        this.labels = labels;
        this.deadlines = deadlines;
        this.evaluations = evaluations;
        this.reruns = reruns;
        this.provinces = provinces;
    }

    @GetMapping("/evaluations/{id}")
    String result(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, Locale locale, Model model) {
        EvaluationDetail d = evaluations.detail(id, me);
        model.addAttribute("tallies", labels.tallies(VerdictLabels.ofDocument(d.document()), lang(locale)));
        model.addAttribute("e", d.summary());
        model.addAttribute("deadlines", deadlines.of(d.summary().ruleSets(), lang(locale)));
        model.addAttribute("detail", d);
        model.addAttribute("doc", d.document());
        model.addAttribute("names", new ProvinceLabels(provinces));
        model.addAttribute("zone", evaluations.zone());
        model.addAttribute("reportAvailable", true);
        return "result";
    }

    @GetMapping("/evaluations/{id}/result.json")
    ResponseEntity<byte[]> resultJson(@AuthenticationPrincipal XkmtUser me, @PathVariable long id) {
        EvaluationDetail d = evaluations.detail(id, me);
        return download(ResultJson.writePretty(d.document().current()), MediaType.APPLICATION_JSON, "xkmt-" + id + ".json");
    }

    /** The meeting report workbook of the stored result, as it was decided (the user's provinces only). */
    @GetMapping("/evaluations/{id}/report.xlsx")
    ResponseEntity<byte[]> reportXlsx(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, Locale locale)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReport.write(evaluations.detail(id, me).document(), out, ReportOptions.DEFAULT.withLang(lang(locale)));
        return download(out.toByteArray(), XLSX, "xkmt-" + id + "-report.xlsx");
    }

    /** The printable report (self-contained HTML, no script) of the stored result, the same way. */
    @GetMapping("/evaluations/{id}/report.html")
    ResponseEntity<byte[]> reportHtml(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, Locale locale)
            throws IOException {
        StringWriter out = new StringWriter();
        HtmlReport.write(evaluations.detail(id, me).document(), out, lang(locale));
        // opens in the browser (inline), to print from there; saved under the same name
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("xkmt-" + id + "-report.html", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Lang lang(Locale locale) {
        return Lang.of(locale);
    }

    /** The workbook as uploaded: it holds full names, so only for users of all its provinces and admins. */
    @GetMapping("/evaluations/{id}/input")
    ResponseEntity<byte[]> input(@AuthenticationPrincipal XkmtUser me, @PathVariable long id) {
        byte[] content = evaluations.input(id, me);
        return download(content, XLSX, "xkmt-" + id + "-input.xlsx");
    }

    @PostMapping("/evaluations/{id}/rerun")
    String rerun(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, Model model) {
        model.addAttribute("e", evaluations.wholeSummary(id, me));
        model.addAttribute("rerun", reruns.rerun(id, me));
        return "rerun";
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
