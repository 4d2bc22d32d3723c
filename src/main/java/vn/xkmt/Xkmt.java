package vn.xkmt;

import vn.xkmt.cli.XkmtCommand;

/**
 * Entry point of {@code xkmt.jar}. Command-line commands run without Spring so that a batch starts
 * fast; {@code serve} starts the web application.
 */
public final class Xkmt {

    private Xkmt() {
    }

    public static void main(String[] args) {
        System.exit(XkmtCommand.run(args));
    }
}
