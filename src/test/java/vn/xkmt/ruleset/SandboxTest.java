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
            "files by qualified name||java.nio.file.Files.delete(null);|(files)",
            "network||new java.net.Socket(\"x\", 80);|(network)",
            "reflection||$c.getClass().getDeclaredMethods();|(reflection)",
            "reflection by getMethods on a class literal||String.class.getMethods();|(reflection)",
            "reflection by getMethod||$c.getClass().getMethod(\"getCommuneCode\");|(reflection)",
            "reflection by getConstructors||String.class.getConstructors();|(reflection)",
            "reflection by getDeclaredConstructor||String.class.getDeclaredConstructor();|(reflection)",
            "reflection by getField||String.class.getField(\"x\");|(reflection)",
            "reflection by getFields||String.class.getFields();|(reflection)",
            "reflection by setAccessible||$m.setAccessible(true);|(reflection)",
            "reflection by newInstance||String.class.newInstance();|(reflection)",
            "System||System.exit(0);|(System)",
            "Runtime||Runtime.getRuntime().halt(0);|(Runtime)",
            "threads||new Thread(() -> {}).start();|(threads)",
            "threads by a timer||new java.util.Timer().schedule(null, 1000L);|(threads)",
            "threads by an imported timer|import java.util.Timer;|new Timer(true);|(threads)",
            "class loading||Class.forName(\"x\");|(class loading)",
            "class loading by getClassLoader||String.class.getClassLoader();|(class loading)",
            "class loading by ServiceLoader||java.util.ServiceLoader.load(Runnable.class);|(class loading)",
            "class loading by getResource||$c.getClass().getResourceAsStream(\"/x\");|(class loading)",
            "files by a zip file|import java.util.zip.ZipFile;|new ZipFile(\"x.zip\");|(files)",
            "process creation||new ProcessBuilder(\"rm\").start();|(process creation)",
            "process creation by ProcessHandle||ProcessHandle.current().destroy();|(process creation)"})
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
    void givenGetClassOnlyToNameTheType_thenItIsAllowed() {
        String text = drl("", "insert($c.getClass().getName() + $c.getClass().getSimpleName());");
        assertThat(Sandbox.check("a.drl", text)).isEmpty();
    }

    @Test
    void givenAForbiddenUse_thenTheMessageNamesTheUseAndItsKindInBothLanguages() {
        var problems = Sandbox.check("rules/x/1/TH1.drl", drl("", "String.class.getClassLoader();"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).isEqualTo("dùng \"getClassLoader\" bị cấm (nạp lớp)"
                    + " / forbidden use of \"getClassLoader\" (class loading)");
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
