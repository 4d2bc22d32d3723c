package vn.xkmt.web.security;

/** Opens {@link RelativeRedirects#relative} to the tests of other packages. */
public final class RelativeRedirectsProbe {

    private RelativeRedirectsProbe() {
    }

    public static String relative(String location) {
        return RelativeRedirects.relative(location);
    }
}
