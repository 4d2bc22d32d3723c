package vn.xkmt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real command as a user runs it: {@code java <heap> -jar target/xkmt.jar evaluate --json … --xlsx …
 * WORKBOOK} in a child process, timed from start to exit, its peak resident set size read by
 * {@code /usr/bin/time -v} ("Maximum resident set size") or, without it, by polling
 * {@code /proc/<pid>/status} (VmHWM).
 */
public final class EndToEnd {

    /** One run: wall time, peak RSS, exit code, the load average just before it, units in the JSON. */
    public record Run(double seconds, long peakRssKb, int exit, String loadBefore, int units) {}

    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern UNITS = Pattern.compile("\"summary\"\\s*:\\s*\\{\\s*\"units\"\\s*:\\s*(\\d+)");
    private static final Pattern LAUNCHER_OPTS = Pattern.compile("\\*\\) opts=\\$\\{XKMT_JAVA_OPTS:-([^}]*)}");
    private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    private EndToEnd() {
    }

    public static List<String> command(Path jar, List<String> jvmArgs, Path workbook, Path outDir) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Machine.javaBin());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", jar.toString(), "evaluate", "--json", outDir.resolve("ket-qua.json").toString(),
                "--xlsx", outDir.resolve("bao-cao.xlsx").toString(), workbook.toString()));
        return cmd;
    }

    /** The same command through the launcher {@code target/xkmt}, with the JVM settings it ships. */
    public static List<String> launcherCommand(Path launcher, Path workbook, Path outDir) {
        return List.of(launcher.toString(), "evaluate", "--json", outDir.resolve("ket-qua.json").toString(),
                "--xlsx", outDir.resolve("bao-cao.xlsx").toString(), workbook.toString());
    }

    /** The JVM options the launcher uses for batch commands (its {@code *) opts=${XKMT_JAVA_OPTS:-…}} line). */
    public static String launcherOptions(Path launcher) throws IOException {
        Matcher m = LAUNCHER_OPTS.matcher(Files.readString(launcher, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("no batch JVM options found in " + launcher);
        }
        return m.group(1);
    }

    /** The {@code summary.units} of a result document (near its start: no need to parse 60 MB). */
    static int units(Path json) throws IOException {
        byte[] head = new byte[1 << 16];
        int n;
        try (var in = Files.newInputStream(json)) {
            n = in.readNBytes(head, 0, head.length);
        }
        Matcher m = UNITS.matcher(new String(head, 0, n, StandardCharsets.UTF_8));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    public static Run run(List<String> command, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Files.deleteIfExists(outDir.resolve("ket-qua.json"));
        Files.deleteIfExists(outDir.resolve("bao-cao.xlsx"));
        Run r = measure(command, outDir);
        if (r.exit() > 1) {
            throw new IllegalStateException("evaluate exited " + r.exit() + "; see " + outDir.resolve("stderr.txt"));
        }
        if (!Files.isRegularFile(outDir.resolve("ket-qua.json")) || !Files.isRegularFile(outDir.resolve("bao-cao.xlsx"))) {
            throw new IllegalStateException("evaluate wrote no JSON or report workbook; see " + outDir);
        }
        return new Run(r.seconds(), r.peakRssKb(), r.exit(), r.loadBefore(), units(outDir.resolve("ket-qua.json")));
    }

    /** Any command, timed, its peak RSS measured; its output in {@code outDir} (units -1: not read). */
    public static Run measure(List<String> command, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        List<String> cmd = new ArrayList<>();
        Path timeLog = outDir.resolve("time-v.txt");
        if (gnuTime) {
            cmd.addAll(List.of("/usr/bin/time", "-v", "-o", timeLog.toString()));
        }
        cmd.addAll(command);
        String load = Machine.load();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(outDir.resolve("stdout.txt").toFile())
                .redirectError(outDir.resolve("stderr.txt").toFile());
        pb.environment().remove("XKMT_JAVA_OPTS");
        long t0 = System.nanoTime();
        Process p = pb.start();
        long hwm = 0;
        if (!gnuTime) {
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
                try {
                    Matcher m = VM_HWM.matcher(Files.readString(status));
                    if (m.find()) {
                        hwm = Math.max(hwm, Long.parseLong(m.group(1)));
                    }
                } catch (IOException gone) {
                    // exited between two polls
                }
            }
        }
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (gnuTime) {
            Matcher m = MAX_RSS.matcher(Files.readString(timeLog, StandardCharsets.UTF_8));
            hwm = m.find() ? Long.parseLong(m.group(1)) : -1;
        }
        return new Run(seconds, hwm, exit, load, -1);
    }
}
