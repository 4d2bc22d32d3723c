package vn.xkmt.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import vn.xkmt.batch.RunResult;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.evaluation.Verdict;

/** The readable summary of a run: one line per unit, then counts by verdict. No personal data. */
final class Summary {

    private Summary() {
    }

    static void print(RunResult run, PrintWriter out) {
        out.printf("%-12s %-28s %-12s %-14s %s%n", "Mã/Code", "Tên/Name", "Bộ/Rule set", "Kết luận/Verdict",
                "Không đạt/Failed · Chưa đủ DL/Undecided");
        for (UnitResult r : run.results()) {
            String failed = ids(r, Outcome.FAIL);
            String undecided = ids(r, Outcome.INSUFFICIENT_DATA);
            String code = r.year() == null ? r.unitCode() : r.unitCode() + "/" + r.year();
            out.printf("%-12s %-28s %-12s %-14s %s%n", code, cut(r.unitName(), 28), r.ruleSet().id(), r.verdict().name(),
                    (failed.isEmpty() ? "" : failed) + (undecided.isEmpty() ? "" : " · ? " + undecided));
        }
        out.println();
        for (Verdict v : Verdict.values()) {
            long n = run.results().stream().filter(r -> r.verdict() == v).count();
            out.printf("%-14s %d%n", v.name(), n);
        }
        out.printf("Lỗi/errors: %d, cảnh báo/warnings: %d%n", run.errors().size(), run.warnings().size());
    }

    private static String ids(UnitResult r, Outcome o) {
        return r.criteria().stream().filter(c -> c.outcome() == o).map(c -> c.id()).collect(Collectors.joining(","));
    }

    private static String cut(String s, int n) {
        if (s == null) {
            return "";
        }
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
