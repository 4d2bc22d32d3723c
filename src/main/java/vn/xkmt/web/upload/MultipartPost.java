package vn.xkmt.web.upload;

import jakarta.servlet.http.HttpServletRequest;

/** A POST with a multipart body: what the upload filters look at, and nothing else. */
final class MultipartPost {

    private MultipartPost() {
    }

    static boolean is(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.toLowerCase().startsWith("multipart/");
    }
}
