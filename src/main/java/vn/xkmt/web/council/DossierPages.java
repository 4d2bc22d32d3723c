package vn.xkmt.web.council;

import vn.xkmt.text.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.xkmt.web.audit.AuditEntry;
import vn.xkmt.web.security.XkmtUser;

/**
 * A meeting's printed documents: the dossier (printable HTML that opens in the browser, and a
 * workbook) and the minutes generated from the record (Vietnamese; {@code ?lang=en} for English).
 */
@Controller
class DossierPages {

    private final Meetings meetings;
    private final MessageSource messages;

    DossierPages(Meetings meetings, MessageSource messages) {
        this.meetings = meetings;
        this.messages = messages;
    }

    @GetMapping("/council/meetings/{id}/dossier")
    String dossier(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, Model model) {
        MeetingView v = meetings.view(id, me);
        model.addAttribute("v", v);
        model.addAttribute("m", v.meeting());
        return "council/dossier";
    }

    @GetMapping("/council/meetings/{id}/minutes")
    String minutes(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, Model model) {
        MeetingView v = meetings.view(id, me);
        List<AuditEntry> amendments = v.audit().stream().filter(a -> "amend".equals(a.action())).toList();
        model.addAttribute("v", v);
        model.addAttribute("m", v.meeting());
        model.addAttribute("amendments", amendments);
        return "council/minutes";
    }

    @GetMapping("/council/meetings/{id}/dossier.xlsx")
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, Locale locale)
            throws IOException {
        MeetingView v = meetings.view(id, me);
        byte[] body = DossierWorkbook.write(v, Lang.of(locale), messages);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("xkmt-meeting-" + id + "-dossier.xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
