package vn.xkmt.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * The workbook's shared strings, read by POI's {@link ReadOnlySharedStringsTable} (its secure SAX
 * parse) but kept as plain strings so a lookup allocates nothing. Phonetic runs are left out, as
 * Excel shows them.
 */
final class SharedStrings extends ReadOnlySharedStringsTable {

    /** The most characters all shared strings may hold together (about 200 MB). */
    static final long MAX_TOTAL = 100_000_000L;

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder chars = new StringBuilder(64);
    private final java.util.BitSet cut = new java.util.BitSet();
    private long total;
    private boolean cutting;
    private boolean inT;
    private boolean inPhonetic;

    private SharedStrings() throws IOException, SAXException {
        super(new ByteArrayInputStream(new byte[0]), false);
    }

    /** Reads the shared strings part; a workbook without one has none. */
    static SharedStrings read(InputStream in) throws IOException, SAXException {
        SharedStrings s = new SharedStrings();
        if (in != null) {
            try (in) {
                s.readFrom(in);
            }
        }
        return s;
    }

    /** The string at {@code index}, or null when there is none. */
    String get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : null;
    }

    /** Whether the string at {@code index} was longer than Excel allows in a cell and was cut. */
    boolean isCut(int index) {
        return cut.get(index);
    }

    int size() {
        return strings.size();
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(strings.get(idx));
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        switch (localName) {
            case "sst" -> {
                String unique = attributes.getValue("uniqueCount");
                if (unique != null) {
                    try {
                        ((ArrayList<String>) strings).ensureCapacity(Math.min(Integer.parseInt(unique), 1 << 20));
                    } catch (NumberFormatException ignored) {
                        // a hint only
                    }
                }
            }
            case "si" -> {
                chars.setLength(0);
                cutting = false;
            }
            case "t" -> inT = true;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) {
        switch (localName) {
            case "si" -> {
                if (cutting || chars.length() > SheetScanner.MAX_CELL) {
                    cut.set(strings.size());
                }
                String s = Escapes.decode(chars.toString());
                strings.add(s.length() > SheetScanner.MAX_CELL ? s.substring(0, SheetScanner.MAX_CELL) : s);
            }
            case "t" -> inT = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inT && !inPhonetic) {
            int room = SheetScanner.MAX_CELL + 1 - chars.length();
            if (length > room) {
                cutting = true;
            }
            if (room > 0) {
                int take = Math.min(room, length);
                chars.append(ch, start, take);
                total += take;
                if (total > MAX_TOTAL) {
                    throw new TooLarge();
                }
            }
        }
    }

    /** The shared strings hold more text than a workbook of the contract can need. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("shared strings beyond " + MAX_TOTAL + " characters", null, false, false);
        }
    }
}
