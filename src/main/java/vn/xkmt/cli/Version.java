package vn.xkmt.cli;

import picocli.CommandLine;

/** The XKMT version, from the jar manifest when packaged. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"xkmt " + current()};
    }
}
