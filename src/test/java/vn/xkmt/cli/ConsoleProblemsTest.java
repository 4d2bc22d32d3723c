package vn.xkmt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xkmt.commune.DataProblem;

class ConsoleProblemsTest {

    private static List<DataProblem> problems(int errors, int warnings) {
        List<DataProblem> all = new ArrayList<>();
        for (int i = 0; i < errors; i++) {
            all.add(DataProblem.error("xa.xlsx", "Nguoi", i + 2, "H" + (i + 2), "Phân loại", "Giá trị lạ " + i,
                    "Odd value " + i));
        }
        for (int i = 0; i < warnings; i++) {
            all.add(DataProblem.warning("xa.xlsx", "Xa", i + 2, "F" + (i + 2), "Ngày", "Cảnh báo " + i, "Warning " + i));
        }
        return all;
    }

    private record Printed(String out, String err) {
    }

    private static Printed print(List<DataProblem> problems, boolean all) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConsoleProblems.print(problems, new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Printed(out.toString(), err.toString());
    }

    @Test
    void errorsAndWarningsBeyondTheCapAreCountedInOneLineThatSaysWhereTheyAre() {
        Printed p = print(problems(1_234, 60), false);
        assertThat(p.err().lines().filter(l -> l.startsWith("LỖI/ERROR "))).hasSize(ConsoleProblems.CAP);
        assertThat(p.err()).contains("Nguoi!H2 ", "Nguoi!H51 ").doesNotContain("Nguoi!H52");
        assertThat(p.err().lines().reduce((a, b) -> b)).hasValueSatisfying(l -> assertThat(l)
                .startsWith("… và 1.184 lỗi khác (sheet Lỗi dữ liệu").contains("… and 1,184 more errors", "--all"));
        assertThat(p.out().lines().filter(l -> l.startsWith("CẢNH BÁO/WARNING "))).hasSize(ConsoleProblems.CAP);
        assertThat(p.out()).contains("… và 10 cảnh báo khác", "… and 10 more warnings");
    }

    @Test
    void allPrintsEveryProblemAndFewProblemsAreNeverCapped() {
        Printed all = print(problems(1_234, 60), true);
        assertThat(all.err().lines().filter(l -> l.startsWith("LỖI/ERROR "))).hasSize(1_234);
        assertThat(all.err() + all.out()).doesNotContain("khác (sheet");
        Printed few = print(problems(ConsoleProblems.CAP, 3), false);
        assertThat(few.err().lines()).hasSize(ConsoleProblems.CAP);
        assertThat(few.out().lines()).hasSize(3);
    }
}
