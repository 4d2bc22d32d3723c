package vn.xkmt.web;

import vn.xkmt.text.Lang;
import java.util.List;
import vn.xkmt.commune.DataProblem;

/**
 * A request refused with a clear answer: an HTTP status, a short code, the reason in Vietnamese
 * and English, and any data problems that explain it. Pages show it; the API returns it as JSON.
 */
public class WebProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final String vi;
    private final String en;
    private final List<DataProblem> details;

    public WebProblem(int status, String code, String vi, String en) {
        this(status, code, vi, en, List.of());
    }

    public WebProblem(int status, String code, String vi, String en, List<DataProblem> details) {
        super(code + ": " + en, null, false, false);
        this.status = status;
        this.code = code;
        this.vi = vi;
        this.en = en;
        this.details = List.copyOf(details);
    }

    public static WebProblem notFound() {
        return new WebProblem(404, "not-found", "Không tìm thấy", "Not found");
    }

    public static WebProblem notYourProvince() {
        return new WebProblem(403, "forbidden-province", "Kết quả này thuộc tỉnh ngoài phạm vi tài khoản của bạn",
                "This belongs to a province outside your account's provinces");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    /**
     * The message in the language of a page's {@code lang} tag ({@code vi}, {@code en}), as the problem and error
     * pages call it: they are also rendered where no conversion service turns the tag into a {@link Lang}.
     */
    public String message(String tag) {
        return message(Lang.parse(tag));
    }

    public String message(Lang lang) {
        return lang == Lang.EN ? en : vi;
    }

    public List<DataProblem> details() {
        return details;
    }
}
