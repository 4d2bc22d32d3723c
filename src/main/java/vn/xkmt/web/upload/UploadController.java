package vn.xkmt.web.upload;

import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.WebProperties;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.evaluation.KnownProvinces;
import vn.xkmt.web.security.XkmtUser;

/** The upload page: one workbook, by drag and drop or the file picker; then its result page. */
@Controller
class UploadController {

    private final EvaluationService service;
    private final KnownProvinces provinces;
    private final WebProperties props;
    private final int maxParts;

    UploadController(EvaluationService service, KnownProvinces provinces, WebProperties props,
                     @Value("${server.tomcat.max-part-count:8}") int maxParts) {
        this.service = service;
        this.provinces = provinces;
        this.props = props;
        this.maxParts = maxParts;
    }

    @GetMapping("/upload")
    String form(@AuthenticationPrincipal XkmtUser me, Model model) {
        model.addAttribute("maxBytes", props.maxUploadBytes());
        model.addAttribute("maxMb", props.maxUploadMegabytes());
        model.addAttribute("provinces", provinces.visibleTo(me));
        return "upload";
    }

    /** Where {@link UploadSizeFilter} sends an upload over the limit. */
    @org.springframework.web.bind.annotation.RequestMapping("/upload/too-large")
    String tooLarge() {
        throw vn.xkmt.web.evaluation.UploadPolicy.tooLarge(props);
    }

    /** Where {@link TooManyPartsFilter} sends a form over the part limit. */
    @org.springframework.web.bind.annotation.RequestMapping("/upload/too-many-parts")
    String tooManyParts() {
        throw PartCount.problem(maxParts);
    }

    @PostMapping("/upload")
    String upload(@AuthenticationPrincipal XkmtUser me, @RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            throw WebProblem.of(400, "no-file");
        }
        long id = service.submit(me, file.getOriginalFilename(), file.getBytes());
        return "redirect:/evaluations/" + id;
    }
}
