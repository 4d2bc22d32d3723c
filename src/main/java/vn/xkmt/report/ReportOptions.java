package vn.xkmt.report;

/**
 * How a report workbook is written.
 *
 * @param lang      {@code vi} (default) or {@code en} for headers and explanations
 * @param showNames put full names beside person ids in the findings sheet, and nowhere else
 *                  ({@code --show-names}); needs {@code names}
 * @param names     full names of the persons of the run, looked up by their row
 */
public record ReportOptions(String lang, boolean showNames, PersonNames names) {

    public static final ReportOptions DEFAULT = new ReportOptions("vi", false, PersonNames.NONE);

    public ReportOptions {
        lang = Texts.lang(lang);
        names = names == null ? PersonNames.NONE : names;
    }

    /** Full names in the findings sheet, taken from {@code names}. */
    public ReportOptions withNames(PersonNames names) {
        return new ReportOptions(lang, true, names);
    }

    public ReportOptions withLang(String lang) {
        return new ReportOptions(lang, showNames, names);
    }
}
