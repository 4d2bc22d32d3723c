package vn.xkmt.ingest;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The StAX factory for workbook XML, configured securely: no DTD support, no external entities,
 * no entity replacement beyond the predefined ones. A DOCTYPE is refused outright (see
 * {@link DoctypeFound}): no legitimate spreadsheet part has one.
 * <p>
 * The implementation is Aalto, named here rather than found by {@code XMLInputFactory.newInstance()}:
 * it scans sheet XML about twice as fast as the JDK's parser (docs/performance.md), and naming it keeps
 * the reader the same whatever else is on the class path.
 */
final class Xml {

    private static final XMLInputFactory FACTORY = create();

    private Xml() {
    }

    static XMLInputFactory factory() {
        return FACTORY;
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        // text comes in pieces, so that a cell of 400 million characters is cut as it is read, never held whole
        trySet(f, XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, Object value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException ignored) {
            // optional property
        }
    }

    /** An XML part declares a DOCTYPE: the file is refused (XXE, entity expansion). */
    static final class DoctypeFound extends XMLStreamException {
        DoctypeFound(String part) {
            super("DOCTYPE declaration in " + part);
        }
    }
}
