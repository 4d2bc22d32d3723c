package vn.xkmt.web.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.xkmt.template.TemplateWriter;

/** The blank data workbook (the same as {@code xkmt template}), for every signed-in user. */
@Controller
class TemplateDownload {

    static final String FILE_NAME = "mau-du-lieu-xa.xlsx";

    private volatile byte[] template;

    @GetMapping({"/template.xlsx", "/api/template.xlsx"})
    ResponseEntity<byte[]> template() throws IOException {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(FILE_NAME, StandardCharsets.UTF_8).build().toString())
                .body(bytes());
    }

    /** Written once, on first request: it depends only on the data contract of this build. */
    private byte[] bytes() throws IOException {
        byte[] b = template;
        if (b == null) {
            Path tmp = Files.createTempFile("xkmt-template-", ".xlsx");
            try {
                TemplateWriter.writeTemplate(tmp);
                b = Files.readAllBytes(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
            template = b;
        }
        return b;
    }
}
