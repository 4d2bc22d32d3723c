package vn.xkmt.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.LostRows;

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

    static {
        // a workbook with many sheets, images or comments has more than POI's default of 1,000 entries
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxFileCount(20_000);
    }

    Dataset read() throws Refused {
        OPCPackage pkg;
        Path mended = null;
        try {
            try {
                pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
            } catch (Exception | StackOverflowError e) {
                if (Refused.tooLarge(e) || Refused.securityReason(e) != null) {
                    throw Refused.because(e, ReaderMessages.damagedZip());
                }
                if (intactZipWithoutContentTypes()) {
                    throw Refused.because(e, ReaderMessages.zipNotWorkbook());
                }
                String broken = PackageRepair.brokenStructure(path);
                if (broken != null) {
                    throw new Refused(ReaderMessages.damagedPart(broken), e);
                }
                List<String> parts = new ArrayList<>();
                try {
                    mended = PackageRepair.mend(path, java.nio.file.Files.createTempFile("xkmt-mended-", ".xlsx"), parts);
                } catch (java.io.IOException | RuntimeException io) {
                    mended = null;
                }
                if (mended == null) {
                    throw Refused.because(e, ReaderMessages.damagedZip());
                }
                try {
                    pkg = OPCPackage.open(mended.toFile(), PackageAccess.READ);
                } catch (Exception | StackOverflowError again) {
                    throw Refused.because(again, ReaderMessages.damagedZip());
                }
                parts.forEach(p -> problems.warning(null, null, null, null, ReaderMessages.mendedPart(p)));
            }
            try {
                return read(pkg);
            } finally {
                pkg.revert();
            }
        } finally {
            if (mended != null) {
                try {
                    java.nio.file.Files.deleteIfExists(mended);
                } catch (java.io.IOException e) {
                    LOG.debug("Could not delete {}", mended);
                }
            }
        }
    }

    private Dataset read(OPCPackage pkg) throws Refused {
        XSSFReader reader;
        WorkbookXml workbook;
        try {
            reader = new XSSFReader(pkg);
            workbook = WorkbookXml.parse(reader.getWorkbookData());
        } catch (Exception | StackOverflowError e) {
            String broken = PackageRepair.brokenStructure(path);
            throw Refused.because(e, ReaderMessages.damagedPart(broken != null ? broken : "xl/workbook.xml"));
        }
        SharedStrings strings;
        try {
            strings = SharedStrings.read(sharedStringsData(pkg));
        } catch (Exception | StackOverflowError e) {
            throw Refused.because(e, ReaderMessages.damagedPart("xl/sharedStrings.xml"));
        }
        StylesTable styles;
        boolean stylesDamaged = false;
        try {
            styles = reader.getStylesTable();
        } catch (Exception | StackOverflowError e) {
            ReaderMessages refused = Refused.securityReason(e);
            if (refused != null) {
                throw new Refused(refused, e);
            }
            LOG.debug("Styles of {} could not be read", file, e);
            problems.warning(null, null, null, null, ReaderMessages.damagedStyles());
            styles = null;
            stylesDamaged = true;
        }
        CellParser values = new CellParser(new CellFormats(styles, workbook.date1904(), styles == null && stylesDamaged));
        SheetScanner scanner = new SheetScanner(strings);
        DatasetAssembler assembler = new DatasetAssembler(problems);
        Map<SheetKind, List<String>> byKind = new EnumMap<>(SheetKind.class);
        for (WorkbookXml.SheetEntry sheet : workbook.sheets()) {
            SheetKind kind = SheetKind.reserved(sheet.name()) ? null : SheetKind.byName(sheet.name());
            if (kind != null) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(sheet.name());
            }
        }
        for (WorkbookXml.SheetEntry sheet : workbook.sheets()) {
            readSheet(reader, sheet, byKind, scanner, values, assembler);
        }
        return assembler.finish(sha256);
    }

    private void readSheet(XSSFReader reader, WorkbookXml.SheetEntry sheet, Map<SheetKind, List<String>> byKind,
                           SheetScanner scanner, CellParser values, DatasetAssembler assembler) throws Refused {
        String name = sheet.name();
        if (SheetKind.reserved(name)) {
            assembler.sheet(name, null);
            return;
        }
        SheetKind kind = SheetKind.byName(name);
        assembler.sheet(name, kind);
        if (kind == null) {
            problems.warning(name, null, null, null, ReaderMessages.unknownSheet(name));
            return;
        }
        List<String> same = byKind.get(kind);
        if (same.size() > 1) {
            if (same.get(0).equals(name)) {
                problems.error(name, null, null, null, ReaderMessages.sameSheetTwice(same, kind.contractName()));
                for (String other : same) {
                    assembler.lost(kind, name, null, LostRows.Cause.DUPLICATE_SHEET, null, false,
                            new CellRef(file, other, null, 0, null), same.get(1));
                }
            }
            return;
        }
        if (sheet.relationId() == null) {
            problems.error(name, null, null, null, ReaderMessages.sheetWithoutPart(name));
            assembler.lost(kind, name, null, LostRows.Cause.UNREADABLE_PART, null, false,
                    new CellRef(file, name, null, 0, null), null);
            return;
        }
        SheetReader rows = scan(reader, sheet, kind, scanner, values, null, assembler);
        if (rows == null) {
            return;
        }
        Merges merges = Merges.of(scanner.merges());
        if (!merges.isEmpty() && rows.headerRow() > 0 && merges.reachesBelow(rows.headerRow())) {
            SheetReader again = scan(reader, sheet, kind, scanner, values, merges, assembler);
            if (again != null) {
                rows = again;
            }
        }
        rows.commit(assembler, problems);
    }

    /**
     * Reads one sheet's part; returns what it found, or null when the part cannot be opened or broke
     * off (then the rows read are kept, the rest lost, and the damage reported).
     */
    private SheetReader scan(XSSFReader reader, WorkbookXml.SheetEntry sheet, SheetKind kind, SheetScanner scanner,
                             CellParser values, Merges merges, DatasetAssembler assembler) throws Refused {
        String name = sheet.name();
        SheetReader rows = new SheetReader(kind, file, name, values, merges);
        InputStream in;
        try {
            in = reader.getSheet(sheet.relationId());
        } catch (Exception | StackOverflowError e) {
            ReaderMessages refused = Refused.securityReason(e);
            if (refused != null) {
                throw new Refused(refused, e);
            }
            LOG.debug("Sheet {} of {} could not be opened", name, file, e);
            problems.error(name, null, null, null, ReaderMessages.unreadableSheetPart(name));
            assembler.lost(kind, name, null, LostRows.Cause.UNREADABLE_PART, null, false,
                    new CellRef(file, name, null, 0, null), null);
            return null;
        }
        try (in) {
            scanner.scan(in, name, new RawRow(), rows);
            rows.finish();
            return rows;
        } catch (Exception | StackOverflowError e) {
            ReaderMessages refused = Refused.securityReason(e);
            if (refused != null) {
                throw new Refused(refused, e);
            }
            LOG.debug("Sheet {} of {} could not be read through", name, file, e);
            rows.finish();
            rows.commit(assembler, problems);
            int last = scanner.lastRow();
            problems.error(name, null, null, null, e instanceof XMLStreamException && !zipDamage(e)
                    ? ReaderMessages.damagedSheet(name, last) : ReaderMessages.damagedSheetPart(name, last));
            assembler.lost(kind, name, null, LostRows.Cause.DAMAGED, last + 1, false,
                    new CellRef(file, name, null, 0, null), null);
            return null;
        }
    }

    /** A damage of the compressed data rather than of the XML in it. */
    private static boolean zipDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.util.zip.ZipException || t instanceof java.util.zip.DataFormatException
                    || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof XMLStreamException x && x.getNestedException() != null && zipDamage(x.getNestedException())) {
                return true;
            }
        }
        return false;
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
