package vn.xkmt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The flood of errors through the real command: {@code validate} and {@code evaluate --json --xlsx} of
 * the {@link FloodWorkbooks} (60,000 persons with two bad cells each, 120,000 errors) and of the clean
 * workbook of the same size, side by side (clean then flood, for each command), with plain
 * {@code java -jar target/xkmt.jar} and with the launcher's settings; peak RSS by {@code /usr/bin/time -v}.
 */
final class Flood {

    /** One line of the table. */
    record Line(String settings, String command, String workbook, EndToEnd.Run run) {}

    private Flood() {
    }

    static List<Line> measure(Path jar, String launcherOptions, Path data, Path out) throws IOException, InterruptedException {
        Path clean = FloodWorkbooks.ensure(data.resolve("flood-clean-60000.xlsx"), false);
        Path flood = FloodWorkbooks.ensure(data.resolve("flood-errors-60000.xlsx"), true);
        List<Line> lines = new ArrayList<>();
        for (String settings : List.of("", launcherOptions)) {
            for (String command : List.of("validate", "evaluate")) {
                for (Path wb : List.of(clean, flood)) {
                    Path dir = out.resolve((settings.isEmpty() ? "plain-" : "launcher-") + command + "-"
                            + (wb == clean ? "clean" : "flood"));
                    List<String> cmd = new ArrayList<>();
                    cmd.add(Machine.javaBin());
                    if (!settings.isEmpty()) {
                        cmd.addAll(List.of(settings.trim().split("\\s+")));
                    }
                    cmd.addAll(List.of("-jar", jar.toString(), command));
                    if (command.equals("evaluate")) {
                        cmd.addAll(List.of("--json", dir.resolve("ket-qua.json").toString(), "--xlsx",
                                dir.resolve("bao-cao.xlsx").toString()));
                    }
                    cmd.add(wb.toString());
                    Files.createDirectories(dir);
                    EndToEnd.Run r = EndToEnd.measure(cmd, dir);
                    int expected = wb == clean ? 0 : 1;
                    if (r.exit() != expected) {
                        throw new IllegalStateException(command + " of " + wb + " exited " + r.exit() + ", not " + expected
                                + "; see " + dir);
                    }
                    Files.deleteIfExists(dir.resolve("ket-qua.json"));
                    lines.add(new Line(settings.isEmpty() ? "java -jar" : "java " + settings + " -jar", command,
                            wb == clean ? "clean" : "flood", r));
                }
            }
        }
        return lines;
    }

    static String table(List<Line> lines) {
        StringBuilder md = new StringBuilder("| JVM | command | workbook | wall | peak RSS | exit | flood ÷ clean RSS |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String ratio = l.workbook().equals("flood") ? String.format(Locale.ROOT, "%.2f",
                    (double) l.run().peakRssKb() / lines.get(i - 1).run().peakRssKb()) : "";
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %.1f s | %,d MB | %d | %s |%n", l.settings(),
                    l.command(), l.workbook(), l.run().seconds(), l.run().peakRssKb() / 1024, l.run().exit(), ratio));
        }
        return md.toString();
    }
}
