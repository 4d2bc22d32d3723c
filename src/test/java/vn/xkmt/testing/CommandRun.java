package vn.xkmt.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import vn.xkmt.cli.XkmtCommand;

/** A run of the {@code xkmt} command line in-process: exit code and what it printed. */
public record CommandRun(int exit, String out, String err) {

    public static CommandRun xkmt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = XkmtCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
