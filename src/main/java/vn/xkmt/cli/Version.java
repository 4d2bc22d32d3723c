package vn.xkmt.cli;

import picocli.CommandLine;

/** {@code --version}: the XKMT version ({@link vn.xkmt.batch.ProgramVersion}). */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        return vn.xkmt.batch.ProgramVersion.current();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"xkmt " + current()};
    }
}
