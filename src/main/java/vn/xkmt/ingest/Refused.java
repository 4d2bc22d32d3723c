package vn.xkmt.ingest;

/** A file that cannot be read at all: the one bilingual error it gets. */
final class Refused extends Exception {

    private final transient Msg msg;
    private final boolean resource;

    Refused(Msg msg, Throwable cause) {
        this(msg, cause, false);
    }

    /** With {@code resource}, refused because a bound of memory was reached, not because the file is wrong. */
    Refused(Msg msg, Throwable cause, boolean resource) {
        super(msg.en(), cause);
        this.msg = msg;
        this.resource = resource;
    }

    boolean resource() {
        return resource;
    }

    Refused(Msg msg) {
        this(msg, null);
    }

    Msg msg() {
        return msg;
    }

    /** Refused for a security reason or a bound found in {@code e}, else for {@code otherwise}. */
    static Refused because(Throwable e, Msg otherwise) {
        if (tooLarge(e)) {
            return new Refused(Msg.tooMuchText(), e, true);
        }
        Msg m = securityReason(e);
        return new Refused(m != null ? m : otherwise, e);
    }

    /** A bound of the reader reached somewhere in the cause chain of {@code e}. */
    static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SharedStrings.TooLarge || t instanceof OutOfMemoryError) {
                return true;
            }
            if (t instanceof org.xml.sax.SAXException s && s.getException() != null && tooLarge(s.getException())) {
                return true;
            }
        }
        return false;
    }

    /** A zip bomb or a DOCTYPE somewhere in the cause chain of {@code e}; null when neither. */
    static Msg securityReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Xml.DoctypeFound) {
                return Msg.doctype();
            }
            String m = t.getMessage();
            if (m != null && m.contains("Zip bomb")) {
                return Msg.zipBomb();
            }
            if (m != null && m.contains("DOCTYPE")) {
                return Msg.doctype();
            }
            if (t instanceof javax.xml.stream.XMLStreamException x && x.getNestedException() != null
                    && x.getNestedException() != t.getCause()) {
                Msg nested = securityReason(x.getNestedException());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
