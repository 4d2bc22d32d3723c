package vn.xkmt.web;

import vn.xkmt.text.Lang;
import java.util.List;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.text.Messages;

/**
 * A request refused with a clear answer: an HTTP status, a short code, the reason in Vietnamese
 * and English, and any data problems that explain it. Pages show it; the API returns it as JSON. The reasons are
 * the bundle {@code vn/xkmt/web/problems_vi/en.properties}, keyed by the code ({@code code.variant} when one code
 * has several sentences): {@link #of(int, String, Object...)}.
 */
public class WebProblem extends RuntimeException {

    private static final Messages PROBLEMS = Messages.of("vn.xkmt.web.problems");

    private final int status;
    private final String code;
    private final String vi;
    private final String en;
    private final List<DataProblem> details;

    private WebProblem(int status, String code, String vi, String en, List<DataProblem> details) {
        super(code + ": " + en, null, false, false);
        this.status = status;
        this.code = code;
        this.vi = vi;
        this.en = en;
        this.details = List.copyOf(details);
    }

    /**
     * The problem whose reason is the bundle's {@code key} — the code, or {@code code.variant} — in both languages,
     * its placeholders {@code {0}}, {@code {1}}… filled with {@code args}; the code is the key before any dot.
     */
    public static WebProblem of(int status, String key, Object... args) {
        return detailed(status, key, List.of(), args);
    }

    /** {@link #of(int, String, Object...)} with the data problems that explain it. */
    public static WebProblem detailed(int status, String key, List<DataProblem> details, Object... args) {
        int dot = key.indexOf('.');
        return new WebProblem(status, dot < 0 ? key : key.substring(0, dot), PROBLEMS.get(key, Lang.VI, args),
                PROBLEMS.get(key, Lang.EN, args), details);
    }

    public static WebProblem notFound() {
        return WebProblem.of(404, "not-found");
    }

    public static WebProblem notYourProvince() {
        return WebProblem.of(403, "forbidden-province");
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
