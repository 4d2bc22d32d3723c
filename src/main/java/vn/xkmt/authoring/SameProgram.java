package vn.xkmt.authoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How to start this program again in another JVM: {@code -jar xkmt.jar} when it runs from the Spring Boot jar,
 * else {@code -cp <class path> vn.xkmt.Xkmt} (tests, an IDE). Used by the rule worker and the batch relaunch.
 */
public final class SameProgram {

    private SameProgram() {
    }

    /** The JVM arguments that start {@code vn.xkmt.Xkmt}, to be followed by the command's own arguments. */
    public static List<String> startArguments() {
        String cp = System.getProperty("java.class.path", "");
        if (!cp.contains(java.io.File.pathSeparator) && cp.endsWith(".jar") && bootJar(Path.of(cp))) {
            return List.of("-jar", Path.of(cp).toAbsolutePath().toString());
        }
        return List.of("-cp", cp, "vn.xkmt.Xkmt");
    }

    /** The {@code java} this JVM was started with. */
    public static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static boolean bootJar(Path jar) {
        try (var fs = new java.util.zip.ZipFile(jar.toFile())) {
            return fs.getEntry("BOOT-INF/classes/") != null || fs.getEntry("BOOT-INF/lib/") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
