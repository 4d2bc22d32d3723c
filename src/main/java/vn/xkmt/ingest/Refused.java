package vn.xkmt.ingest;

/** A file that cannot be read at all: the one bilingual error it gets. */
final class Refused extends Exception {

    private final transient ReaderMessages msg;
    private final boolean resource;

    Refused(ReaderMessages msg, Throwable cause) {
        this(msg, cause, false);
    }

    /** With {@code resource}, refused because a bound of memory was reached, not because the file is wrong. */
    Refused(ReaderMessages msg, Throwable cause, boolean resource) {
        super(msg.en(), cause);
        this.msg = msg;
        this.resource = resource;
    }

    boolean resource() {
        return resource;
    }

    Refused(ReaderMessages msg) {
        this(msg, null);
    }

    ReaderMessages msg() {
        return msg;
    }

    /** Refused for a security reason or a bound found in {@code e}, else for {@code otherwise}. */
    static Refused because(Throwable e, ReaderMessages otherwise) {
        if (tooLarge(e)) {
            return new Refused(ReaderMessages.tooMuchText(), e, true);
        }
        ReaderMessages m = securityReason(e);
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
    static ReaderMessages securityReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Xml.DoctypeFound) {
                return ReaderMessages.doctype();
            }
            String m = t.getMessage();
            if (m != null && m.contains("Zip bomb")) {
                return ReaderMessages.zipBomb();
            }
            if (m != null && m.contains("DOCTYPE")) {
                return ReaderMessages.doctype();
            }
            if (t instanceof javax.xml.stream.XMLStreamException x && x.getNestedException() != null
                    && x.getNestedException() != t.getCause()) {
                ReaderMessages nested = securityReason(x.getNestedException());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
