package vn.xkmt.cli;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xkmt jvm} (hidden): prints the JVM settings a batch command runs with — after the relaunch of a plain
 * {@code java -jar}, or as the launcher or {@code XKMT_JAVA_OPTS} chose them. For support and for the tests.
 */
@Command(name = "jvm", hidden = true, description = {"In các thiết lập JVM mà lệnh chạy lô dùng.",
        "Prints the JVM settings batch commands run with."})
final class JvmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("JVM: " + String.join(" ",
                ManagementFactory.getRuntimeMXBean().getInputArguments()));
        spec.commandLine().getOut().println("max heap / bộ nhớ tối đa: "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        return XkmtCommand.OK;
    }
}
