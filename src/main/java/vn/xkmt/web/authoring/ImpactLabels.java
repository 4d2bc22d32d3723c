package vn.xkmt.web.authoring;

import vn.xkmt.text.Lang;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.web.evaluation.VerdictLabels;

/**
 * The impact table in the page's language: a verdict or an outcome by its label (in the words of the
 * rule set's manifest for verdicts), never by its code ({@code ELIGIBLE}, {@code PASS}); a recent
 * upload by its evaluation number and unit code, not by the name it was read under
 * ({@code upload-2.xlsx#TH-HQU}). Templates call it as {@code @impactLabels}.
 */
@Component
public class ImpactLabels {

    private static final Pattern UPLOAD = Pattern.compile("^(?:.*/)?upload-(\\d+)\\.xlsx#(.*)$");

    private final VerdictLabels verdicts;
    private final MessageSource messages;

    ImpactLabels(VerdictLabels verdicts, MessageSource messages) {
        this.verdicts = verdicts;
        this.messages = messages;
    }

    /** {@code Kết luận} for the verdict row, else the criterion id. */
    public String what(String what, Lang lang) {
        return "verdict".equals(what) ? messages.getMessage("impact.verdict", null, lang.locale()) : what;
    }

    /** The label of a verdict or outcome code before or after the change; {@code —} when there is none. */
    public String value(String ruleSetId, String version, String what, String code, Lang lang) {
        if (code == null || code.isBlank() || "—".equals(code)) {
            return "—";
        }
        try {
            return "verdict".equals(what) ? verdicts.of(ruleSetId, version, code, lang) : Outcome.valueOf(code).label(lang);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** {@code lượt đánh giá #2 · TH-HQU} / {@code evaluation #2 · TH-HQU}; any other key as it is. */
    public String unit(String key, Lang lang) {
        Matcher m = key == null ? null : UPLOAD.matcher(key);
        if (m == null || !m.matches()) {
            return key;
        }
        return messages.getMessage("impact.upload", new Object[] {m.group(1), m.group(2)}, lang.locale());
    }
}
