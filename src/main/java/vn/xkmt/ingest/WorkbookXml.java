package vn.xkmt.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** What the reader needs of {@code xl/workbook.xml}: the sheets in order and the date system. */
record WorkbookXml(List<SheetEntry> sheets, boolean date1904) {

    /** A sheet as listed in the workbook: its name and the relationship id of its part (null when it has none). */
    record SheetEntry(String name, String relationId) {}

    static WorkbookXml parse(InputStream in) throws XMLStreamException {
        List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904 = false;
        XMLStreamReader r = Xml.factory().createXMLStreamReader(in);
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new Xml.DoctypeFound("xl/workbook.xml");
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String n = r.getLocalName();
                if ("workbookPr".equals(n)) {
                    String v = r.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if ("sheet".equals(n)) {
                    String name = r.getAttributeValue(null, "name");
                    String id = null;
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String ns = r.getAttributeNamespace(i);
                        if ("id".equals(r.getAttributeLocalName(i)) && ns != null && ns.endsWith("relationships")) {
                            id = r.getAttributeValue(i);
                        }
                    }
                    if (name != null) {
                        sheets.add(new SheetEntry(name, id));
                    }
                }
            }
        } finally {
            r.close();
        }
        return new WorkbookXml(List.copyOf(sheets), date1904);
    }
}
