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
}
