package vn.xkmt.cli;

import java.time.Duration;
import picocli.CommandLine;
import vn.xkmt.authoring.DraftWorker;

/**
 * {@code xkmt rules check|test|impact} run their rule code in a worker JVM (docs/security.md): the
 * command starts {@code xkmt} again with the same arguments in a JVM with a heap and a wall-clock
 * limit, and prints what it prints. {@code XKMT_RULES_TIMEOUT} (seconds, default 600) and
 * {@code XKMT_RULES_HEAP_MB} (default 1024) set the limits.
 */
final class RulesApart {

    private RulesApart() {
    }

    static int run(CommandLine.Model.CommandSpec spec) {
        DraftWorker worker = new DraftWorker(new DraftWorker.Limits(
                Duration.ofSeconds(setting("XKMT_RULES_TIMEOUT", 600)), (int) setting("XKMT_RULES_HEAP_MB", 1024), 1));
        CommandLine root = spec.root().commandLine();
        return worker.runApart(root.getParseResult().originalArgs(), spec.commandLine().getOut(),
                spec.commandLine().getErr(), XkmtCommand.RESOURCE);
    }

    private static long setting(String name, long dflt) {
        String v = System.getenv(name);
        try {
            return v == null || v.isBlank() ? dflt : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
