package vn.xkmt;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.xkmt.authoring.SameProgram;

/**
 * {@code java -jar xkmt.jar evaluate …} runs with the JVM settings {@code docs/performance.md} was measured with:
 * a batch command started in a JVM nobody tuned starts itself again in a child JVM with {@code -Xmx1g}, the C1
 * compiler only and the parallel GC (on a few cores a short batch spends its CPU on the work, not on C2
 * compilation), and passes its input, output and exit code through. {@code XKMT_JAVA_OPTS} replaces the settings;
 * a JVM started with memory or {@code -XX} options of its own, the launchers {@code target/xkmt} and
 * {@code xkmt.cmd} (which set {@code -Dxkmt.jvm}) and the child itself are left as they are.
 */
final class JvmRelaunch {

    /** System property marking a JVM whose settings were chosen: by the launcher, by a relaunch or by hand. */
    static final String GUARD = "xkmt.jvm";
    static final String DEFAULT_OPTS = "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC";
    private static final Set<String> BATCH = Set.of("evaluate", "validate", "template", "jvm");

    private JvmRelaunch() {
    }

    /**
     * The child JVM's command line for {@code args}, or empty when this JVM runs the command itself.
     *
     * @param jvmArgs the options this JVM was started with
     * @param start   the arguments that start this program ({@link SameProgram#startArguments()})
     */
    static Optional<List<String>> command(String[] args, Map<String, String> env, List<String> jvmArgs,
            String guard, String java, List<String> start) {
        if (guard != null || args.length == 0 || !BATCH.contains(args[0])) {
            return Optional.empty();
        }
        if (jvmArgs.stream().anyMatch(JvmRelaunch::chosenByHand)) {
            return Optional.empty();
        }
        String override = env.get("XKMT_JAVA_OPTS");
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        for (String o : (override == null || override.isBlank() ? DEFAULT_OPTS : override).strip().split("\\s+")) {
            cmd.add(o);
        }
        cmd.add("-D" + GUARD + "=relaunched");
        cmd.addAll(start);
        cmd.addAll(List.of(args));
        return Optional.of(cmd);
    }

    private static boolean chosenByHand(String jvmArg) {
        return jvmArg.startsWith("-Xmx") || jvmArg.startsWith("-Xms") || jvmArg.startsWith("-Xss")
                || jvmArg.startsWith("-XX:") || jvmArg.startsWith("-Xint") || jvmArg.startsWith("-Xcomp");
    }

    /** Runs {@code args} in a child JVM when {@link #command} says so; its exit code, or empty to run here. */
    static Optional<Integer> run(String[] args) {
        Optional<List<String>> cmd = command(args, System.getenv(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty(GUARD),
                SameProgram.java(), SameProgram.startArguments());
        if (cmd.isEmpty()) {
            return Optional.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(cmd.get()).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty(); // no child JVM: run the command here, just slower
        }
        Thread stop = new Thread(child::destroy, "xkmt-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return Optional.of(child.waitFor());
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return Optional.of(130);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
    }
}
