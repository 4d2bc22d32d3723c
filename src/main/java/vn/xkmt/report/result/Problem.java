package vn.xkmt.report.result;

/**
 * An input error or warning: where (file, sheet, row, cell, column header) and what, in both languages.
 * {@code severity} ({@code ERROR} or {@code WARNING}) is set when it is repeated beside what it explains.
 */
public record Problem(String file, String sheet, Integer row, String cell, String column, Bilingual message,
                      String severity) {

    public boolean error() {
        return "ERROR".equals(severity);
    }

    /** The same problem marked with its severity ({@code ERROR} or {@code WARNING}). */
    public Problem withSeverity(boolean isError) {
        return new Problem(file, sheet, row, cell, column, message, isError ? "ERROR" : "WARNING");
    }

    /** {@code Nguoi!H17 (Ngày xét nghiệm gần nhất)}, {@code Nguoi dòng/row 17}, {@code Nguoi}, or empty. */
    public String place() {
        return vn.xkmt.commune.DataProblem.place(sheet, row, cell, column);
    }
}
