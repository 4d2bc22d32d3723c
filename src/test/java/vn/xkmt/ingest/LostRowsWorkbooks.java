package vn.xkmt.ingest;

import static vn.xkmt.testing.PersonBuilder.addict;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.ContractWorkbook;
import vn.xkmt.testing.PersonBuilder;

/**
 * A three-commune Thanh Hóa workbook and the ways of losing its {@code Nguoi} rows: Hoằng Quỳ
 * (TH-HQU, 9 addicts in the community) and Định Hải (TH-DKH, 2) meet every criterion; Thiệu Giao
 * (TH-TGI, 10 addicts, rows 11 to 20 of {@code Nguoi}) fails TH1. Each variant is one cause of lost
 * rows, a merged commune column or a title row, made from the clean workbook as an office tool or a
 * damaged copy would make it.
 */
final class LostRowsWorkbooks {

    static final String NGUOI_PART = "xl/worksheets/sheet2.xml";
    /** The rows of Thiệu Giao in sheet Nguoi. */
    static final int TGI_FIRST = 11;
    static final int TGI_LAST = 20;

    private LostRowsWorkbooks() {
    }

    static byte[] clean() {
        ContractWorkbook wb = ContractWorkbook.create();
        CommuneBuilder.thanhHoa("TH-HQU").set("commune_name", "Hoằng Quỳ").with(addicts("HQ", 9)).addTo(wb);
        CommuneBuilder.thanhHoa("TH-TGI").set("commune_name", "Thiệu Giao").with(addicts("TG", 10)).addTo(wb);
        CommuneBuilder.thanhHoa("TH-DKH").set("commune_name", "Định Hải").with(addicts("DH", 2)).addTo(wb);
        try {
            Path tmp = Files.createTempFile("xkmt-lost-", ".xlsx");
            try {
                wb.write(tmp);
                return Files.readAllBytes(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PersonBuilder[] addicts(String prefix, int n) {
        PersonBuilder[] out = new PersonBuilder[n];
        for (int i = 0; i < n; i++) {
            out[i] = addict(String.format("%s-%03d", prefix, i + 1));
        }
        return out;
    }

    // ---- through a spreadsheet library, as an office would save it

    /** {@code Mã xã} merged down each commune's block of persons; only the block's first row holds it. */
    static byte[] mergedCommuneCodes() {
        return edit(wb -> {
            Sheet s = wb.getSheet("Nguoi");
            int first = 1;
            String code = text(s, 1, 0);
            for (int r = 2; r <= s.getLastRowNum() + 1; r++) {
                String here = r <= s.getLastRowNum() ? text(s, r, 0) : null;
                if (!code.equals(here)) {
                    if (r - 1 > first) {
                        for (int k = first + 1; k <= r - 1; k++) {
                            s.getRow(k).removeCell(s.getRow(k).getCell(0));
                        }
                        s.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
                    }
                    first = r;
                    code = here;
                }
            }
        });
    }

    /** Thiệu Giao's commune cells blank but its first, with no merge: nine rows of no known commune. */
    static byte[] blankCommuneCodes() {
        return edit(wb -> {
            Sheet s = wb.getSheet("Nguoi");
            for (int r = TGI_FIRST; r < TGI_LAST; r++) {
                Row row = s.getRow(r);
                row.removeCell(row.getCell(0));
            }
        });
    }

    /** Thiệu Giao's commune cells holding the formula error {@code #N/A}. */
    static byte[] unreadableCommuneCodes() {
        return edit(wb -> {
            Sheet s = wb.getSheet("Nguoi");
            for (int r = TGI_FIRST - 1; r < TGI_LAST; r++) {
                s.getRow(r).getCell(0).setCellErrorValue(FormulaError.NA.getCode());
            }
        });
    }

    /** Thiệu Giao's persons under {@code th-tgi}: the code of sheet Xa but for case. */
    static byte[] lookalikeCommuneCodes() {
        return edit(wb -> {
            Sheet s = wb.getSheet("Nguoi");
            for (int r = TGI_FIRST - 1; r < TGI_LAST; r++) {
                s.getRow(r).getCell(0).setCellValue("th-tgi");
            }
        });
    }

    /** Thiệu Giao's own code blank in sheet Xa. */
    static byte[] blankCodeInXa() {
        return edit(wb -> {
            Row row = wb.getSheet("Xa").getRow(2);
            row.removeCell(row.getCell(0));
        });
    }

    /** A hidden, empty {@code Người} sheet before the visible {@code Nguoi}. */
    static byte[] hiddenEmptyDuplicate() {
        return edit(wb -> {
            wb.createSheet("Người");
            wb.setSheetOrder("Người", 1);
            wb.setSheetHidden(1, true);
        });
    }

    /** A title in row 1 (merged over the header's width), the header in row 2. */
    static byte[] titleRow() {
        return edit(wb -> {
            Sheet s = wb.getSheet("Nguoi");
            s.shiftRows(0, s.getLastRowNum(), 1);
            s.createRow(0).createCell(0).setCellValue("DANH SÁCH NGƯỜI NGHIỆN, NGƯỜI SỬ DỤNG TRÁI PHÉP CHẤT MA TÚY");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
        });
    }

    /** Row 1 left blank, the header in row 2. */
    static byte[] blankFirstRow() {
        return edit(wb -> {
            Sheet s = wb.getSheet("Nguoi");
            s.shiftRows(0, s.getLastRowNum(), 1);
        });
    }

    /** {@code Nguoi} without its header row: the persons start in row 1. */
    static byte[] noHeaderRow() {
        return edit(wb -> {
            Sheet s = wb.getSheet("Nguoi");
            s.removeRow(s.getRow(0));
            s.shiftRows(1, s.getLastRowNum(), -1);
        });
    }

    // ---- in the package itself, as a damaged copy or another tool leaves it

    /** Eight bytes of the {@code Nguoi} zip entry flipped. */
    static byte[] damagedEntry() {
        return ZipParts.flipInEntry(clean(), NGUOI_PART, 8);
    }

    /** The XML of {@code Nguoi} cut off in the middle of Thiệu Giao's rows. */
    static byte[] truncatedXml() {
        return ZipParts.of(clean()).edit(NGUOI_PART, x -> x.substring(0, x.indexOf("<row r=\"15\""))).bytes();
    }

    /** The {@code Nguoi} part missing from the package (its relationship dangling). */
    static byte[] missingPart() {
        return ZipParts.of(clean()).remove(NGUOI_PART).bytes();
    }

    /** A cell of a Thiệu Giao row referenced beyond column XFD. */
    static byte[] cellBeyondXfd() {
        return ZipParts.of(clean()).edit(NGUOI_PART, x -> x.replace("r=\"B12\"", "r=\"XFE12\"")).bytes();
    }

    /** A cell of a Thiệu Giao row referenced before the cell it follows. */
    static byte[] cellsOutOfOrder() {
        return ZipParts.of(clean()).edit(NGUOI_PART, x -> x.replace("r=\"C13\"", "r=\"A13\"")).bytes();
    }

    private static String text(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? null : c.getStringCellValue();
    }

    private static byte[] edit(Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(clean()))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(byte[] bytes, Path file) {
        try {
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
