package vn.xkmt.commune;

/**
 * An error or warning about input data or the run, in Vietnamese and English, with the place:
 * file, sheet, Excel row and column header (each null when it does not apply).
 * Errors carry the value found and what was expected.
 */
public record DataProblem(Severity severity, String file, String sheet, Integer row, String column, String vi,
                          String en) {

    public enum Severity {
        ERROR, WARNING
    }

    public static DataProblem error(String file, String sheet, Integer row, String column, String vi, String en) {
        return new DataProblem(Severity.ERROR, file, sheet, row, column, vi, en);
    }

    public static DataProblem warning(String file, String sheet, Integer row, String column, String vi, String en) {
        return new DataProblem(Severity.WARNING, file, sheet, row, column, vi, en);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file: Nguoi!H17 (header): message}, for a terminal or a log. */
    public String describe(String lang) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file).append(": ");
        }
        if (sheet != null) {
            sb.append(sheet);
            if (row != null) {
                sb.append(" dòng/row ").append(row);
            }
            if (column != null) {
                sb.append(" (").append(column).append(")");
            }
            sb.append(": ");
        }
        return sb.append("en".equals(lang) ? en : vi).toString();
    }
}
