package vn.xkmt.commune;

import vn.xkmt.text.Lang;

/**
 * An error or warning about input data or the run, in Vietnamese and English, with the place:
 * file, sheet, Excel row, Excel cell reference ({@code H17}) and column header, each null when it
 * does not apply. An error about a value quotes the value found and says what was expected.
 */
public record DataProblem(Severity severity, String file, String sheet, Integer row, String cell, String column,
                          String vi, String en) {

    public enum Severity {
        ERROR, WARNING,
        /** An error because a bound of time or memory was reached, not because the input is wrong. */
        RESOURCE
    }

    public static DataProblem error(String file, String sheet, Integer row, String cell, String column, String vi,
                                    String en) {
        return new DataProblem(Severity.ERROR, file, sheet, row, cell, column, vi, en);
    }

    public static DataProblem warning(String file, String sheet, Integer row, String cell, String column, String vi,
                                      String en) {
        return new DataProblem(Severity.WARNING, file, sheet, row, cell, column, vi, en);
    }

    /** An error about a whole file (unreadable, wrong format). */
    public static DataProblem fileError(String file, String vi, String en) {
        return new DataProblem(Severity.ERROR, file, null, null, null, null, vi, en);
    }

    /** An error about a whole file that reached a bound of time or memory (it gets its own exit code). */
    public static DataProblem resourceError(String file, String vi, String en) {
        return new DataProblem(Severity.RESOURCE, file, null, null, null, null, vi, en);
    }

    /** A bound of time or memory reached in one sheet (its rows from {@code row} on are not read). */
    public static DataProblem resourceError(String file, String sheet, Integer row, String vi, String en) {
        return new DataProblem(Severity.RESOURCE, file, sheet, row, null, null, vi, en);
    }

    public boolean isError() {
        return severity != Severity.WARNING;
    }

    /** Whether this error says a bound of time or memory was reached. */
    public boolean isResource() {
        return severity == Severity.RESOURCE;
    }

    /** {@code Nguoi!H17 (Ngày xét nghiệm gần nhất)}, {@code Nguoi dòng 17}, {@code Nguoi}, or empty. */
    public String place() {
        return place(sheet, row, cell, column);
    }

    /** The place of a problem given by its parts, as {@link #place()} writes it; every stored problem uses it too. */
    public static String place(String sheet, Integer row, String cell, String column) {
        if (sheet == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(sheet);
        if (cell != null) {
            sb.append('!').append(cell);
        } else if (row != null) {
            sb.append(" dòng/row ").append(row);
        }
        if (column != null) {
            sb.append(" (").append(column).append(')');
        }
        return sb.toString();
    }

    /** {@code file: Nguoi!H17 (header): message} in one language, for a terminal or a log. */
    public String describe(Lang lang) {
        String place = place();
        return (file == null ? "" : file + ": ") + (place.isEmpty() ? "" : place + ": ") + (lang == Lang.EN ? en : vi);
    }

    /** Both languages: {@code file: Nguoi!H17 (header): message vi / message en}. */
    public String describe() {
        String place = place();
        return (file == null ? "" : file + ": ") + (place.isEmpty() ? "" : place + ": ") + vi + " / " + en;
    }
}
