package vn.xkmt.web.upload;

import vn.xkmt.web.WebProblem;

/**
 * The multipart part limit ({@code server.tomcat.max-part-count}): a form or API upload carries one
 * file and a few fields; a request with more parts is refused by the container while it parses the
 * body, and answered 400 with this problem.
 */
public final class PartCount {

    private PartCount() {
    }

    public static WebProblem problem(int maxParts) {
        return WebProblem.of(400, "too-many-parts", maxParts);
    }

    /** Whether the container refused the body for its number of parts (Tomcat's FileCountLimitExceededException). */
    public static boolean exceeded(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getClass().getSimpleName().equals("FileCountLimitExceededException")) {
                return true;
            }
        }
        return false;
    }
}
