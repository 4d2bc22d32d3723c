package vn.xkmt.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal {@code .xlsx} package by hand, part by part, for cases no spreadsheet library
 * writes: inline strings, ISO date cells, prefixed namespaces, missing cell references, a DOCTYPE, a
 * highly compressed part.
 */
final class RawXlsx {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final List<String[]> sheets = new ArrayList<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private List<String> sharedStrings;
    private String styles;

    static RawXlsx create() {
        return new RawXlsx();
    }

    /** A sheet whose {@code <sheetData>} content is given ({@code <row>…</row>…}). */
    RawXlsx sheet(String name, String rows) {
        return sheetXml(name, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + REL + "\"><sheetData>" + rows + "</sheetData></worksheet>");
    }

    /** A sheet given as its whole XML part. */
    RawXlsx sheetXml(String name, String xml) {
        sheets.add(new String[] {name, xml});
        return this;
    }

    RawXlsx sharedStrings(String... items) {
        sharedStrings = List.of(items);
        return this;
    }

    /** Adds a styles part with the given XML. */
    RawXlsx styles(String xml) {
        styles = xml;
        return this;
    }

    /** Replaces a generated part (or adds one) with the given text. */
    RawXlsx part(String name, String content) {
        overrides.put(name, content);
        return this;
    }

    byte[] bytes() {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\""
                + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < sheets.size(); i++) {
            int n = i + 1;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            wb.append("<sheet name=\"").append(sheets.get(i)[0]).append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + n + ".xml", sheets.get(i)[1]);
        }
        if (sharedStrings != null) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL).append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN
                    + "\" count=\"" + sharedStrings.size() + "\" uniqueCount=\"" + sharedStrings.size() + "\">");
            for (String s : sharedStrings) {
                sst.append(s.startsWith("<") ? "<si>" + s + "</si>" : "<si><t>" + s + "</t></si>");
            }
            parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
        }
        if (styles != null) {
            types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            rels.append("<Relationship Id=\"rIdT\" Type=\"").append(REL).append("/styles\" Target=\"styles.xml\"/>");
            parts.put("xl/styles.xml", styles);
        }
        parts.put("[Content_Types].xml", types.append("</Types>").toString());
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", wb.append("</sheets></workbook>").toString());
        parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        parts.putAll(overrides);
        return zip(parts);
    }

    Path write(Path file) {
        try {
            Files.write(file, bytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes a part of {@code size} bytes that compresses to almost nothing (a zip bomb in miniature). */
    static void writeBomb(Path file, String partName, int size) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<String, String> small = new LinkedHashMap<>();
            RawXlsx base = create().sheet("Xa", "");
            byte[] ok = base.bytes();
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(ok))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    small.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            for (Map.Entry<String, String> p : small.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                if (p.getKey().equals(partName)) {
                    String xml = p.getValue();
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[64 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int written = 0; written < size; written += spaces.length) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
    }
}
