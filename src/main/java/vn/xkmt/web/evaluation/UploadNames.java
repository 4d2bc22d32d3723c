package vn.xkmt.web.evaluation;

/**
 * The client's file name, made safe to show and store as a label: no folders, no control
 * characters, at most 200 characters. It never names a file on the server.
 */
final class UploadNames {

    private UploadNames() {
    }

    static String label(String clientName) {
        String n = clientName == null ? "" : clientName;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
        if (n.length() > 200) {
            n = n.substring(n.length() - 200);
        }
        return n.isEmpty() ? "workbook.xlsx" : n;
    }

    /** A ZIP container (as every .xlsx is) starts with PK\3\4. */
    static boolean looksLikeZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }
}
