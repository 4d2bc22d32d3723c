package vn.xkmt.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What to do with a package the OOXML library will not open: find which part stops it, and — when
 * that part decides nothing (the document properties {@code docProps/core.xml}, a part whose content
 * type is not declared) — a copy with that part mended, to be read instead, with a warning naming it.
 */
final class PackageRepair {

    /** The parts that say where the sheets are: without them no sheet can be found. */
    static final List<String> STRUCTURE = List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels");
    static final String CORE = "docProps/core.xml";
    private static final String MINIMAL_CORE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"/>";

    private PackageRepair() {
    }

    /** The first part of {@link #STRUCTURE} that is missing or not well-formed XML; null when all are sound. */
    static String brokenStructure(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String part : STRUCTURE) {
                ZipEntry e = zip.getEntry(part);
                if (e == null || !wellFormed(zip, e)) {
                    return part;
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean wellFormed(ZipFile zip, ZipEntry e) {
        try (InputStream in = zip.getInputStream(e)) {
            XMLStreamReader r = Xml.factory().createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    r.next();
                }
            } finally {
                r.close();
            }
            return true;
        } catch (IOException | XMLStreamException | RuntimeException ex) {
            return false;
        }
    }

    /**
     * A mended copy in {@code tmp}, or null when nothing could be mended: {@code docProps/core.xml} made
     * empty, and {@code [Content_Types].xml} given a default type for {@code .xml} and {@code .rels} parts
     * when it declares none. {@code mended} receives the names of the parts changed.
     */
    static Path mend(Path file, Path tmp, List<String> mended) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile()); OutputStream os = Files.newOutputStream(tmp);
             ZipOutputStream out = new ZipOutputStream(os)) {
            List<String> changed = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] content;
                try (InputStream in = zip.getInputStream(e)) {
                    content = in.readNBytes(64 * 1024 * 1024);
                }
                if (CORE.equals(e.getName())) {
                    content = MINIMAL_CORE.getBytes(StandardCharsets.UTF_8);
                    changed.add(CORE);
                } else if ("[Content_Types].xml".equals(e.getName())) {
                    String types = new String(content, StandardCharsets.UTF_8);
                    String more = "";
                    if (!types.matches("(?s).*Extension=\"xml\".*")) {
                        more += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
                    }
                    if (!types.matches("(?s).*Extension=\"rels\".*")) {
                        more += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>";
                    }
                    int at = types.indexOf('>', types.indexOf("<Types"));
                    if (!more.isEmpty() && at > 0) {
                        types = types.substring(0, at + 1) + more + types.substring(at + 1);
                        content = types.getBytes(StandardCharsets.UTF_8);
                        changed.add("[Content_Types].xml");
                    }
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
            if (changed.isEmpty()) {
                return null;
            }
            mended.addAll(changed);
            return tmp;
        }
    }
}
