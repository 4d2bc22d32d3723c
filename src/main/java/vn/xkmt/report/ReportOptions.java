package vn.xkmt.report;

import vn.xkmt.text.Lang;

/**
 * How a report workbook is written.
 *
 * @param lang      Vietnamese (default) or English for headers and explanations
 * @param showNames put full names beside person ids in the findings sheet, and nowhere else
 *                  ({@code --show-names}); needs {@code names}
 * @param names     full names of the persons of the run, looked up by their row
 */
public record ReportOptions(Lang lang, boolean showNames, PersonNames names) {

    public static final ReportOptions DEFAULT = new ReportOptions(Lang.VI, false, PersonNames.NONE);

    public ReportOptions {
        lang = lang == null ? Lang.VI : lang;
        names = names == null ? PersonNames.NONE : names;
    }

    /** Full names in the findings sheet, taken from {@code names}. */
    public ReportOptions withNames(PersonNames names) {
        return new ReportOptions(lang, true, names);
    }

    public ReportOptions withLang(Lang lang) {
        return new ReportOptions(lang, showNames, names);
    }
}
