package vn.xkmt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmRelaunchTest {

    private static final String JAVA = "/usr/bin/java";
    private static final List<String> JAR = List.of("-jar", "/opt/xkmt.jar");

    @Test
    void aBatchCommandInAnUntunedJvmRunsInAChildWithTheMeasuredSettings() {
        assertThat(JvmRelaunch.command(new String[] {"evaluate", "--json", "r.json", "in.xlsx"}, Map.of(), List.of(),
                null, JAVA, JAR)).hasValue(List.of(JAVA, "-Xmx1g", "-XX:TieredStopAtLevel=1",
                        "-XX:+UseParallelGC", "-Dxkmt.jvm=relaunched", "-jar", "/opt/xkmt.jar", "evaluate",
                        "--json", "r.json", "in.xlsx"));
    }

    @Test
    void xkmtJavaOptsReplaceTheSettings() {
        assertThat(JvmRelaunch.command(new String[] {"validate", "a.xlsx"}, Map.of("XKMT_JAVA_OPTS", " -Xmx4g  -Xss2m "),
                List.of("-Dfile.encoding=UTF-8"), null, JAVA, JAR)).hasValue(List.of(JAVA, "-Xmx4g", "-Xss2m",
                        "-Dxkmt.jvm=relaunched", "-jar", "/opt/xkmt.jar", "validate", "a.xlsx"));
    }

    @Test
    void settingsChosenByHandTheLauncherAndTheChildAreLeftAsTheyAre() {
        String[] args = {"evaluate", "in.xlsx"};
        assertThat(JvmRelaunch.command(args, Map.of(), List.of("-Xmx3g"), null, JAVA, JAR)).isEmpty();
        assertThat(JvmRelaunch.command(args, Map.of(), List.of("-XX:+UseG1GC"), null, JAVA, JAR)).isEmpty();
        assertThat(JvmRelaunch.command(args, Map.of(), List.of(), "launcher", JAVA, JAR)).isEmpty();
        assertThat(JvmRelaunch.command(args, Map.of("XKMT_JAVA_OPTS", "-Xmx4g"), List.of(), "relaunched", JAVA, JAR)).isEmpty();
    }

    @Test
    void theServerRulesCommandsAndHelpAreNotRelaunched() {
        for (String[] args : List.of(new String[] {"serve"}, new String[] {"rules", "test", "rules"},
                new String[] {"--help"}, new String[] {})) {
            assertThat(JvmRelaunch.command(args, Map.of(), List.of(), null, JAVA, JAR)).as(String.join(" ", args))
                    .isEmpty();
        }
    }

    @Test
    void aPlainJavaStartReportsTheRelaunchedSettings() throws Exception {
        Result r = xkmt(List.of(), "jvm");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Dxkmt.jvm=relaunched")
                .containsPattern("max heap / bộ nhớ tối đa: (9\\d\\d|10[01]\\d|102[0-4]) MB");
    }

    @Test
    void theChildsOutputErrorsAndExitCodePassThrough(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("khong-co.xlsx");
        Result r = xkmt(List.of(), "validate", missing.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out + r.err).contains("khong-co.xlsx").doesNotContain("Exception");
    }

    @Test
    void aJvmGivenItsOwnHeapRunsTheCommandItself() throws Exception {
        Result r = xkmt(List.of("-Xmx300m"), "jvm");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("-Xmx300m").doesNotContain("relaunched").doesNotContain("TieredStopAtLevel");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result xkmt(List<String> jvmOpts, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOpts);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Xkmt.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("XKMT_JAVA_OPTS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Path out = java.nio.file.Files.createTempFile("xkmt-out", ".txt");
        Path err = java.nio.file.Files.createTempFile("xkmt-err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Result r = new Result(p.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
        java.nio.file.Files.deleteIfExists(out);
        java.nio.file.Files.deleteIfExists(err);
        return r;
    }
}
