package vn.xkmt.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import vn.xkmt.commune.Dataset;

/**
 * One read of one {@code .xlsx} file: the package opened read-only (POI's zip-bomb limits on),
 * shared strings and styles loaded, then each contract sheet streamed through {@link SheetScanner}.
 */
final class XlsxReading {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(XlsxReading.class);

    private final String file;
    private final Path path;
    private final String sha256;
    private final Problems problems;

    XlsxReading(String file, Path path, String sha256) {
        this.file = file;
        this.path = path;
        this.sha256 = sha256;
        this.problems = new Problems(file);
    }

    Dataset read() throws Refused {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (Exception | StackOverflowError e) {
            throw Refused.because(e, intactZipWithoutContentTypes() ? Msg.zipNotWorkbook() : Msg.damagedZip());
        }
        try {
            return read(pkg);
        } finally {
            pkg.revert();
        }
    }

    private Dataset read(OPCPackage pkg) throws Refused {
        XSSFReader reader;
        WorkbookXml workbook;
        try {
            reader = new XSSFReader(pkg);
            workbook = WorkbookXml.parse(reader.getWorkbookData());
        } catch (Exception | StackOverflowError e) {
            throw Refused.because(e, Msg.zipNotWorkbook());
        }
        SharedStrings strings;
        StylesTable styles;
        try {
            strings = SharedStrings.read(sharedStringsData(pkg));
            styles = reader.getStylesTable();
        } catch (Exception | StackOverflowError e) {
            throw Refused.because(e, Msg.damagedZip());
        }
        CellValues values = new CellValues(new CellFormats(styles, workbook.date1904()));
        SheetScanner scanner = new SheetScanner(strings);
        DatasetAssembler assembler = new DatasetAssembler(problems);
        for (WorkbookXml.SheetEntry sheet : workbook.sheets()) {
            readSheet(reader, sheet, scanner, values, assembler);
        }
        return assembler.finish(sha256);
    }

    private void readSheet(XSSFReader reader, WorkbookXml.SheetEntry sheet, SheetScanner scanner, CellValues values,
                           DatasetAssembler assembler) throws Refused {
        String name = sheet.name();
        if (SheetKind.reserved(name)) {
            assembler.sheet(name, null);
            return;
        }
        SheetKind kind = SheetKind.byName(name);
        String first = kind == null ? null : assembler.sheetOf(kind);
        assembler.sheet(name, kind);
        if (kind == null) {
            problems.warning(name, null, null, null, Msg.unknownSheet(name));
            return;
        }
        if (first != null) {
            problems.error(name, null, null, null, Msg.repeatedSheet(name, first, kind.contractName()));
            return;
        }
        SheetReader rows = new SheetReader(kind, file, name, values, problems, assembler);
        try (InputStream in = reader.getSheet(sheet.relationId())) {
            scanner.scan(in, name, new RawRow(), rows);
            rows.finish();
        } catch (XMLStreamException | java.io.IOException | RuntimeException | StackOverflowError e) {
            Msg refused = Refused.securityReason(e);
            if (refused != null) {
                throw new Refused(refused, e);
            }
            LOG.debug("Sheet {} of {} could not be read through", name, file, e);
            if (e instanceof XMLStreamException) {
                problems.error(name, null, null, null, Msg.damagedSheet(name, scanner.lastRow()));
            } else {
                throw new Refused(Msg.damagedZip(), e);
            }
        } catch (Exception e) {
            throw Refused.because(e, Msg.damagedZip());
        }
    }

    /** A sound zip archive that is no OOXML package (an .ods, a zip of documents): not a damaged .xlsx. */
    private boolean intactZipWithoutContentTypes() {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
            return zip.getEntry("[Content_Types].xml") == null;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static InputStream sharedStringsData(OPCPackage pkg) throws java.io.IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        return parts.isEmpty() ? null : parts.get(0).getInputStream();
    }
}
