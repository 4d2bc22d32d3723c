package vn.xkmt.ingest;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A lean StAX loop over one worksheet part: {@code <row r>}, {@code <c r t s>}, {@code <v>} and
 * {@code <is><t>}; a formula cell is read by its cached {@code <v>}. Everything outside
 * {@code <sheetData>} is left unread. Each row is handed over in one reused {@link RawRow}.
 */
final class SheetScanner {

    /** Receives each row as it ends; returns false to stop reading the sheet. */
    interface Rows {
        boolean accept(RawRow row);
    }

    /** Excel's last row and column (XFD = 16384). */
    static final int MAX_ROW = 1_048_576;
    static final int MAX_COLUMN = 16_384;
    /** At most this many merged ranges are kept for a sheet. */
    static final int MAX_MERGES = 20_000;
    /** Excel's most characters in a cell. */
    static final int MAX_CELL = 32_767;

    private final SharedStrings sharedStrings;
    private int lastRow;
    private final java.util.List<String> merges = new java.util.ArrayList<>();
    private int prevCol;

    SheetScanner(SharedStrings sharedStrings) {
        this.sharedStrings = sharedStrings;
    }

    /** The Excel number of the last row read completely (for messages about damaged XML). */
    int lastRow() {
        return lastRow;
    }

    /** The merged ranges ({@code A2:A5}) listed after the rows of the last sheet scanned. */
    java.util.List<String> merges() {
        return merges;
    }

    void scan(InputStream in, String part, RawRow row, Rows rows) throws XMLStreamException {
        lastRow = 0;
        merges.clear();
        XMLStreamReader r = Xml.factory().createXMLStreamReader(in);
        try {
            int rowNumber = 0;
            int nextCol = 0;
            boolean inRow = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    if (inRow && "c".equals(n)) {
                        nextCol = cell(r, row, nextCol) + 1;
                    } else if ("row".equals(n)) {
                        int previous = rowNumber;
                        rowNumber = rowNumber(r, rowNumber + 1);
                        row.reset(rowNumber);
                        if (rowNumber <= previous || rowNumber > MAX_ROW) {
                            row.malformed(String.valueOf(rowNumber));
                            rowNumber = Math.max(previous, Math.min(rowNumber, MAX_ROW));
                            row.number = rowNumber;
                        }
                        inRow = true;
                        nextCol = 0;
                        prevCol = -1;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String n = r.getLocalName();
                    if ("row".equals(n)) {
                        inRow = false;
                        lastRow = rowNumber;
                        if (!rows.accept(row)) {
                            return;
                        }
                    } else if ("sheetData".equals(n)) {
                        readMerges(r);
                        return;
                    }
                } else if (ev == XMLStreamConstants.DTD) {
                    throw new Xml.DoctypeFound(part);
                }
            }
        } finally {
            r.close();
        }
    }

    /** The {@code <mergeCell ref>} elements after the rows; a damage there loses only the merges after it. */
    private void readMerges(XMLStreamReader r) {
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(r.getLocalName())) {
                    String ref = attribute(r, "ref");
                    if (ref != null && merges.size() < MAX_MERGES) {
                        merges.add(ref);
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && "mergeCells".equals(r.getLocalName())) {
                    return;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // the rows are complete: what follows them decides nothing but merges
        }
    }

    private static int rowNumber(XMLStreamReader r, int next) {
        String v = attribute(r, "r");
        if (v != null) {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException ignored) {
                return next;
            }
        }
        return next;
    }

    private static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (localName.equals(r.getAttributeLocalName(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Reads one {@code <c>} element up to its end tag; returns its column index. */
    private int cell(XMLStreamReader r, RawRow row, int nextCol) throws XMLStreamException {
        int col = -1;
        String type = null;
        int style = 0;
        String ref = null;
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String a = r.getAttributeLocalName(i);
            if ("r".equals(a)) {
                ref = r.getAttributeValue(i);
                col = columnIndex(ref);
            } else if ("t".equals(a)) {
                type = r.getAttributeValue(i);
            } else if ("s".equals(a)) {
                style = parseStyle(r.getAttributeValue(i));
            }
        }
        if (ref != null && (col < 0 || col <= prevCol || !rowMatches(ref, row.number))) {
            row.malformed(ref);
        }
        if (col < 0) {
            col = nextCol;
        }
        prevCol = Math.max(prevCol, col);
        boolean keep = row.keeps(col);
        String v = null;
        String inline = null;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = r.getLocalName();
                if (keep && "v".equals(n)) {
                    v = boundedText(r);
                } else if (keep && "is".equals(n)) {
                    inline = inlineText(r);
                } else {
                    skip(r);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        if (keep) {
            store(row, col, type, v, inline, style);
        }
        return col;
    }

    /**
     * The text of the current element, read piece by piece and kept up to one character past Excel's
     * {@value #MAX_CELL} per cell, so that a longer text is known to be longer without being held.
     */
    static String boundedText(XMLStreamReader r) throws XMLStreamException {
        String single = null;
        StringBuilder sb = null;
        long total = 0;
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                     XMLStreamConstants.ENTITY_REFERENCE -> {
                    int len = r.getTextLength();
                    if (total <= MAX_CELL) {
                        int take = (int) Math.min(len, MAX_CELL + 1 - total);
                        if (single == null && sb == null && take == len) {
                            single = r.getText();
                        } else {
                            if (sb == null) {
                                sb = new StringBuilder(single == null ? "" : single);
                                single = null;
                            }
                            sb.append(r.getTextCharacters(), r.getTextStart(), take);
                        }
                    }
                    total += len;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return sb != null ? sb.toString() : single == null ? "" : single;
                }
                case XMLStreamConstants.START_ELEMENT -> skip(r);
                default -> {
                    // comments and processing instructions hold no cell text
                }
            }
        }
    }

    private static String cut(RawRow row, int col, String s) {
        if (s != null && s.length() > MAX_CELL) {
            row.cut(col);
            return s.substring(0, MAX_CELL);
        }
        return s;
    }

    private void store(RawRow row, int col, String type, String vRaw, String inlineRaw, int style) {
        String v = cut(row, col, vRaw);
        String inline = cut(row, col, inlineRaw);
        if (type == null || "n".equals(type)) {
            if (v != null && !v.isEmpty()) {
                row.set(col, RawRow.NUMBER, v, style);
            }
            return;
        }
        switch (type) {
            case "s" -> {
                if (v != null && !v.isEmpty()) {
                    String s = sharedString(v);
                    row.set(col, s == null ? RawRow.ERROR : RawRow.TEXT, s == null ? "#REF!" : s, style);
                    if (s != null && sharedStrings.isCut(Integer.parseInt(v.trim()))) {
                        row.cut(col);
                    }
                }
            }
            case "inlineStr" -> {
                String s = inline != null ? inline : v;
                if (s != null) {
                    row.set(col, RawRow.TEXT, Escapes.decode(s), style);
                }
            }
            case "b" -> {
                if (v != null) {
                    row.set(col, RawRow.BOOL, v.trim(), style);
                }
            }
            case "e" -> row.set(col, RawRow.ERROR, v == null ? "#VALUE!" : v, style);
            case "d" -> {
                if (v != null && !v.isEmpty()) {
                    row.set(col, RawRow.ISO_DATE, v.trim(), style);
                }
            }
            default -> {
                // "str" (a formula's string result) and anything unknown: text
                if (v != null) {
                    row.set(col, RawRow.TEXT, Escapes.decode(v), style);
                }
            }
        }
    }

    private String sharedString(String v) {
        try {
            return sharedStrings.get(Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String inlineText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = null;
        String single = null;
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = r.getLocalName();
                if ("t".equals(n)) {
                    String t = boundedText(r);
                    if (single == null && sb == null) {
                        single = t;
                    } else {
                        if (sb == null) {
                            sb = new StringBuilder(single);
                        }
                        sb.append(t);
                    }
                } else if ("rPh".equals(n) || "phoneticPr".equals(n)) {
                    skip(r);
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return sb != null ? sb.toString() : single;
    }

    /** Skips the current element and everything in it. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static int parseStyle(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether the row digits of a cell reference (if any) name the row. */
    private static boolean rowMatches(String ref, int rowNumber) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        if (i == ref.length()) {
            return true;
        }
        try {
            return Integer.parseInt(ref.substring(i)) == rowNumber;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** 0-based column index of a cell reference such as {@code H17}; -1 when it has no letters or is beyond XFD. */
    static int columnIndex(String ref) {
        if (ref == null) {
            return -1;
        }
        int c = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                c = c * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                c = c * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
            if (c > 16384) {
                return -1;
            }
        }
        return i == 0 ? -1 : c - 1;
    }
}
