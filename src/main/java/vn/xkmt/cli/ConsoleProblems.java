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
                (p.isError() ? err : out).println((p.isError() ? CliWords.tight("tag.error") + " " : CliWords.tight("tag.warning") + " ") + p.describe());
            }
        }
        if (!all && errors > CAP) {
            err.println(more(errors - CAP, "errors"));
        }
        if (!all && warnings > CAP) {
            out.println(more(warnings - CAP, "warnings"));
        }
    }

    private static String more(int n, String what) {
        return CliWords.in(Lang.VI, "more", SummaryTable.number(n, Lang.VI), CliWords.in(Lang.VI, what)) + " / "
                + CliWords.in(Lang.EN, "more", SummaryTable.number(n, Lang.EN), CliWords.in(Lang.EN, what));
    }
}
