package vn.xkmt.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code xkmt} command and its subcommands. Exit codes: 0 no error, 1 an input error, 2 usage. */
@Command(name = "xkmt", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"XKMT — đánh giá xã, phường, thị trấn không có ma túy theo bộ tiêu chí của tỉnh.",
                "XKMT — evaluates drug-free commune criteria under each province's rule set."},
        subcommands = {EvaluateCommand.class, ValidateCommand.class, TemplateCommand.class, RulesCommand.class,
                RulesWorkerCommand.class, JvmCommand.class,
                vn.xkmt.web.ServeCommand.class, CommandLine.HelpCommand.class})
public final class XkmtCommand implements Runnable {

    public static final int OK = 0;
    public static final int INPUT_ERROR = 1;
    public static final int USAGE = 2;
    /** A bound of memory or time was reached: not an error in the input (README, "Command line"). */
    public static final int RESOURCE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** Runs the command line writing to {@code out} and {@code err}, with cell text made safe for a terminal ({@link SafeText}). */
    public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        PrintWriter out = SafeText.escaping(rawOut);
        PrintWriter err = SafeText.escaping(rawErr);
        CommandLine cl = new CommandLine(new XkmtCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof OutOfMemoryError) {
                    err.println("Lỗi / Error: " + CliWords.both("outOfMemory"));
                    return RESOURCE;
                }
            }
            err.println("Lỗi / Error: " + ex.getMessage());
            org.slf4j.LoggerFactory.getLogger(XkmtCommand.class).debug("command failed", ex);
            return INPUT_ERROR;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("Lỗi / Error: " + CliWords.both("outOfMemory"));
            return RESOURCE;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
