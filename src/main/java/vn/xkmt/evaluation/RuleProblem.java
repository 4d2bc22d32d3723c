package vn.xkmt.evaluation;

/** A problem with a rule set folder: the file, line and 1-based column (0 when not known) and what is wrong. */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
