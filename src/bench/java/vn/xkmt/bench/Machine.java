package vn.xkmt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the benchmark ran on: cores, memory, Java, and how loaded the machine was at a given moment. */
public final class Machine {

    private Machine() {
    }

    /** Output of a short command (stdout and stderr), or a note that it could not run. */
    public static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(" + String.join(" ", command) + ": " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    /** The 1, 5 and 15 minute load averages ({@code /proc/loadavg}). */
    public static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** The 1-minute load average as a number (NaN when unknown). */
    public static double load1() {
        try {
            return Double.parseDouble(load().split(" ")[0]);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public static String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("- `nproc`: ").append(run("nproc")).append('\n');
        sb.append("- CPU: ").append(cpuModel()).append('\n');
        sb.append("- `free -h`:\n\n").append(indent(run("free", "-h"))).append("\n\n");
        sb.append("- `java -version` (the JVM that ran the benchmark and the child processes):\n\n")
                .append(indent(run(javaBin(), "-version"))).append("\n\n");
        sb.append("- `uptime` at the start: `").append(run("uptime")).append("`\n");
        return sb.toString();
    }

    static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            return lines.stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    public static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String indent(String s) {
        return "    " + s.replace("\n", "\n    ");
    }
}
