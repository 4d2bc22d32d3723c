package vn.xkmt;

import vn.xkmt.cli.XkmtCommand;

/**
 * Entry point of {@code xkmt.jar}. Command-line commands run without Spring so that a batch starts
 * fast; {@code serve} starts the web application. A batch command started in an untuned JVM runs in a child
 * JVM with the measured settings ({@link JvmRelaunch}).
 */
public final class Xkmt {

    private Xkmt() {
    }

    public static void main(String[] args) {
        System.exit(JvmRelaunch.run(args).orElseGet(() -> XkmtCommand.run(args)));
    }
}
