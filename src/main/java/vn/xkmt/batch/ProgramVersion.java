package vn.xkmt.batch;

/** The XKMT version a run records, from the jar manifest when packaged ({@code dev} otherwise). */
public final class ProgramVersion {

    private ProgramVersion() {
    }

    public static String current() {
        String v = ProgramVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
