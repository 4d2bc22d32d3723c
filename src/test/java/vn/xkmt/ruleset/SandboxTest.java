package vn.xkmt.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SandboxTest {

    private static String drl(String imports, String consequence) {
        return "package xkmt.t;\n" + imports + "\nimport vn.xkmt.commune.*;\nglobal vn.xkmt.evaluation.Findings findings;\n"
                + "rule \"TH1 x\"\nwhen\n    $c : Commune()\nthen\n    " + consequence + "\nend\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "files by import|import java.io.File;|new File(\"/etc/passwd\").delete();|java.io.File",
            "files by qualified name||java.nio.file.Files.delete(null);|tệp / files",
            "network||new java.net.Socket(\"x\", 80);|mạng / network",
            "reflection||$c.getClass().getDeclaredMethods();|phản chiếu / reflection",
            "System||System.exit(0);|System",
            "Runtime||Runtime.getRuntime().halt(0);|Runtime",
            "threads||new Thread(() -> {}).start();|luồng / threads",
            "class loading||Class.forName(\"x\");|nạp lớp / class loading",
            "process creation||new ProcessBuilder(\"rm\").start();|tạo tiến trình / process creation"})
    void givenAForbiddenUse_thenTheCheckRefusesItWithTheLine(String kind, String imports, String code, String expected) {
        var problems = Sandbox.check("rules/x/1/TH1.drl", drl(imports == null ? "" : imports, code));
        assertThat(problems).isNotEmpty();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.toString()).contains(expected);
            assertThat(p.file()).isEqualTo("rules/x/1/TH1.drl");
            assertThat(p.line()).isGreaterThan(0);
        });
    }

    @Test
    void givenForbiddenWordsInCommentsAndStrings_thenTheyAreAllowed() {
        String text = drl("", "// System.exit is forbidden\n    insert(\"Runtime Thread\");");
        assertThat(Sandbox.check("a.drl", text)).isEmpty();
    }

    @Test
    void givenTheAllowedImports_thenNothingIsReported() {
        String text = drl("import java.util.List;\nimport java.time.LocalDate;\nimport java.math.BigDecimal;", "insert(1);");
        assertThat(Sandbox.check("a.drl", text)).isEmpty();
    }
}
