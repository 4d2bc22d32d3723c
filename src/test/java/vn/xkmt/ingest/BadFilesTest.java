package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.testing.WorkbookBuilder;

class BadFilesTest {

    @TempDir
    Path dir;

    private static byte[] validWorkbook() {
        return WorkbookBuilder.create().sheet("Xa").header(Fixtures.COMMUNE_HEADERS)
                .row(Fixtures.commune("X01", "Bình Kiều")).row(Fixtures.commune("X02", "Nhuế Dương")).bytes();
    }

    /** One file-level error, no rows, nothing else. */
    private static DataProblem onlyFileError(Dataset d, String file) {
        assertThat(d.communes()).isEmpty();
        assertThat(d.persons()).isEmpty();
        assertThat(d.annualReports()).isEmpty();
        assertThat(d.presentSheets()).isEmpty();
        assertThat(d.problems()).hasSize(1);
        DataProblem e = d.problems().get(0);
        assertThat(e.isError()).isTrue();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.sheet()).isNull();
        assertThat(e.row()).isNull();
        assertThat(e.cell()).isNull();
        assertThat(e.describe()).doesNotContain("Exception").doesNotContain("\tat ");
        return e;
    }

    private Dataset read(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return Fixtures.READER.read(f);
    }

    @Test
    void anEmptyFile() throws Exception {
        Dataset d = read("empty.xlsx", new byte[0]);
        DataProblem e = onlyFileError(d, dir.resolve("empty.xlsx").toString());
        assertThat(e.vi()).isEqualTo("Tệp trống (0 byte), không có sổ làm việc nào");
        assertThat(e.en()).isEqualTo("The file is empty (0 bytes); it holds no workbook");
        assertThat(d.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aCsvSavedAsXlsx() throws Exception {
        Dataset d = read("csv.xlsx", "Mã xã,Tên xã,Tỉnh\nX01,Bình Kiều,Hưng Yên\n".getBytes(StandardCharsets.UTF_8));
        DataProblem e = onlyFileError(d, dir.resolve("csv.xlsx").toString());
        assertThat(e.vi()).isEqualTo(
                "Tệp không phải sổ làm việc Excel (.xlsx) mà là tệp văn bản/CSV; hãy mở bằng Excel và lưu lại dưới dạng .xlsx");
        assertThat(e.en()).isEqualTo(
                "The file is not an Excel workbook (.xlsx) but text or CSV; open it in Excel and save it as .xlsx");
    }

    @Test
    void aLatin1OrUtf16TextFileIsAlsoText() throws Exception {
        assertThat(onlyFileError(read("latin.xlsx", "Ma xa;Ten\nX01;B\u00ecnh\n".getBytes(StandardCharsets.ISO_8859_1)),
                dir.resolve("latin.xlsx").toString()).en()).contains("text or CSV");
        assertThat(onlyFileError(read("utf16.xlsx", "\uFEFFMã xã\tTên".getBytes(StandardCharsets.UTF_16LE)),
                dir.resolve("utf16.xlsx").toString()).en()).contains("text or CSV");
    }

    @Test
    void aLegacyXlsWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Xa").createRow(0).createCell(0).setCellValue("Mã xã");
            wb.write(out);
        }
        for (String name : new String[] {"old.xls", "old-renamed.xlsx"}) {
            DataProblem e = onlyFileError(read(name, out.toByteArray()), dir.resolve(name).toString());
            assertThat(e.vi()).isEqualTo(
                    "Đây là tệp Excel cũ (.xls, Excel 97-2003); hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Excel Workbook)");
            assertThat(e.en()).isEqualTo(
                    "This is a legacy Excel file (.xls, Excel 97-2003); open it in Excel and save it as .xlsx (Excel Workbook)");
        }
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("mat-khau");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(validWorkbook());
            }
            fs.writeFilesystem(out);
        }
        DataProblem e = onlyFileError(read("locked.xlsx", out.toByteArray()), dir.resolve("locked.xlsx").toString());
        assertThat(e.vi()).isEqualTo("Sổ làm việc được đặt mật khẩu nên không đọc được; hãy gỡ mật khẩu "
                + "(File > Info > Protect Workbook) rồi lưu lại dưới dạng .xlsx");
        assertThat(e.en()).isEqualTo("The workbook is password-protected and cannot be read; remove the password "
                + "(File > Info > Protect Workbook) and save it again as .xlsx");
    }

    @Test
    void aTruncatedZip() throws Exception {
        byte[] ok = validWorkbook();
        for (double cut : new double[] {0.3, 0.6, 0.95}) {
            String name = "truncated-" + cut + ".xlsx";
            DataProblem e = onlyFileError(read(name, Arrays.copyOf(ok, (int) (ok.length * cut))), dir.resolve(name).toString());
            assertThat(e.vi()).isEqualTo("Tệp .xlsx bị hỏng hoặc không đầy đủ (có thể do tải lên hay sao chép bị gián đoạn); "
                    + "hãy lưu lại bằng Excel và gửi lại");
            assertThat(e.en()).isEqualTo("The .xlsx file is damaged or truncated (perhaps an interrupted upload or copy); "
                    + "save it again in Excel and resend it");
        }
    }

    @Test
    void aZipBombTripsPoisInflateRatioLimit() throws Exception {
        Path f = dir.resolve("bomb.xlsx");
        RawXlsx.writeBomb(f, "xl/worksheets/sheet1.xml", 20 * 1024 * 1024);
        assertThat(Files.size(f)).isLessThan(200_000);
        DataProblem e = onlyFileError(Fixtures.READER.read(f), f.toString());
        assertThat(e.vi()).isEqualTo("Tệp bị từ chối: nội dung nén giãn ra bất thường (nghi là \"zip bomb\")");
        assertThat(e.en()).isEqualTo("The file was refused: its compressed content expands abnormally (a suspected zip bomb)");
    }

    @Test
    void aDoctypeInASheetIsRefusedAndNoEntityIsExpanded() throws Exception {
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã xã</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Tên xã</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>X01</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                + "</sheetData></worksheet>";
        Path f = RawXlsx.create().sheetXml("Xa", xxe).write(dir.resolve("xxe.xlsx"));
        DataProblem e = onlyFileError(Fixtures.READER.read(f), f.toString());
        assertThat(e.vi()).isEqualTo("Tệp bị từ chối: XML bên trong có khai báo DOCTYPE, không được phép vì lý do an toàn");
        assertThat(e.en()).isEqualTo(
                "The file was refused: its XML contains a DOCTYPE declaration, which is not allowed for security reasons");
        assertThat(e.describe()).doesNotContain("root:");
    }

    @Test
    void aDoctypeInAnyOtherPartIsRefusedToo() throws Exception {
        String doctype = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
        RawXlsx base = RawXlsx.create().sheet("Xa", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").sharedStrings("Mã xã");
        String sst = "<?xml version=\"1.0\"?>" + doctype + "<sst xmlns=\"" + RawXlsx.MAIN + "\"><si><t>&b;</t></si></sst>";
        String wb = "<?xml version=\"1.0\"?>" + doctype + "<workbook xmlns=\"" + RawXlsx.MAIN + "\" xmlns:r=\"" + RawXlsx.REL
                + "\"><sheets><sheet name=\"Xa\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
        String types = "<?xml version=\"1.0\"?>" + doctype + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
        String styles = "<?xml version=\"1.0\"?>" + doctype + "<styleSheet xmlns=\"" + RawXlsx.MAIN + "\"><numFmts count=\"1\">"
                + "<numFmt numFmtId=\"164\" formatCode=\"&b;\"/></numFmts></styleSheet>";
        for (String[] part : new String[][] {{"xl/sharedStrings.xml", sst}, {"xl/workbook.xml", wb}, {"[Content_Types].xml", types},
                {"xl/styles.xml", styles}}) {
            Path f = base.styles("<styleSheet xmlns=\"" + RawXlsx.MAIN + "\"/>").part(part[0], part[1]).write(dir.resolve("doctype-" + part[0].replaceAll("\\W", "") + ".xlsx"));
            DataProblem e = onlyFileError(Fixtures.READER.read(f), f.toString());
            assertThat(e.en()).as(part[0]).contains("DOCTYPE declaration");
            base = RawXlsx.create().sheet("Xa", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").sharedStrings("Mã xã");
        }
    }

    @Test
    void aZipThatIsNotAWorkbook() throws Exception {
        byte[] zip = RawXlsx.zip(java.util.Map.of("readme.txt", "xin chào"));
        DataProblem e = onlyFileError(read("notwb.xlsx", zip), dir.resolve("notwb.xlsx").toString());
        assertThat(e.vi()).isEqualTo("Tệp nén này không phải sổ làm việc Excel (.xlsx); hãy lưu lại dưới dạng .xlsx");
        assertThat(e.en()).isEqualTo("This zip archive is not an Excel workbook (.xlsx); save it as .xlsx");
    }

    @Test
    void aBinaryFileThatIsNothingKnown() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        DataProblem e = onlyFileError(read("image.xlsx", png), dir.resolve("image.xlsx").toString());
        assertThat(e.en()).isEqualTo("The file is not an Excel workbook (.xlsx)");
    }

    @Test
    void aFolderGivenAsAFile() {
        DataProblem e = onlyFileError(Fixtures.READER.read(dir), dir.toString());
        assertThat(e.en()).isEqualTo("\"" + dir + "\" is not a file (perhaps a folder)");
    }

    @Test
    void aMissingFile() {
        Path f = dir.resolve("missing.xlsx");
        DataProblem e = onlyFileError(Fixtures.READER.read(f), f.toString());
        assertThat(e.en()).isEqualTo("File or folder \"" + f + "\" not found");
    }
}
