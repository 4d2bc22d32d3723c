package vn.xkmt.cli;

import vn.xkmt.text.Lang;
import java.io.PrintWriter;
import java.util.List;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.report.SummaryTable;

/**
 * The errors (on stderr) and warnings (on stdout) of {@code xkmt evaluate}: at most {@link #CAP} of each, then one
 * line that counts the rest and says where they all are (the report's sheet, {@code xkmt validate}, {@code --all}).
 */
final class ConsoleProblems {

    static final int CAP = 50;

    private ConsoleProblems() {
    }

    static void print(List<DataProblem> problems, PrintWriter out, PrintWriter err, boolean all) {
        int errors = 0;
        int warnings = 0;
        for (DataProblem p : problems) {
            int seen = p.isError() ? ++errors : ++warnings;
            if (all || seen <= CAP) {
                (p.isError() ? err : out).println((p.isError() ? "LỖI/ERROR " : "CẢNH BÁO/WARNING ") + p.describe());
            }
        }
        if (!all && errors > CAP) {
            err.println(more(errors - CAP, "lỗi", "errors"));
        }
        if (!all && warnings > CAP) {
            out.println(more(warnings - CAP, "cảnh báo", "warnings"));
        }
    }

    private static String more(int n, String vi, String en) {
        return "… và " + SummaryTable.number(n, Lang.VI) + " " + vi + " khác"
                + " (sheet Lỗi dữ liệu của báo cáo --xlsx, xkmt validate, hoặc --all) / "
                + "… and " + SummaryTable.number(n, Lang.EN) + " more " + en
                + " (the Lỗi dữ liệu sheet of the --xlsx report, xkmt validate, or --all)";
    }
}
