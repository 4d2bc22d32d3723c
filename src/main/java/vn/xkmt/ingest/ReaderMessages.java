package vn.xkmt.ingest;

import vn.xkmt.commune.Names;
import java.util.List;
import java.util.stream.Collectors;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.Labelled;

/** A message in Vietnamese and English, and the reader's catalogue of them. */
record ReaderMessages(String vi, String en) {

    static final String BOOLEAN_FORMS = "Có, Không, C, K, x, Yes, No, TRUE, FALSE, 1, 0";

    /** A value as quoted in a message: in quotes, cut when long. */
    static String quote(String value) {
        String v = value == null ? "" : value;
        if (v.length() > 60) {
            v = v.substring(0, 57) + "…";
        }
        return "\"" + v + "\"";
    }

    /**
     * A cell value as a message shows it: quoted, or — where the value may be personal data and has not
     * the shape its column expects — only its kind and length ({@code một văn bản 18 ký tự}).
     */
    record Shown(String vi, String en) {

        static Shown of(String v) {
            return new Shown(quote(v), quote(v));
        }

        static Shown described(String v) {
            int n = v == null ? 0 : v.codePointCount(0, v.length());
            return new Shown("một văn bản " + n + " ký tự", "a text of " + n + " character" + (n == 1 ? "" : "s"));
        }
    }

    // ---- cell values

    static ReaderMessages notDate(Shown v) {
        return new ReaderMessages(v.vi() + " không phải ngày hợp lệ (dd/mm/yyyy)", v.en() + " is not a valid date (dd/mm/yyyy)");
    }

    static ReaderMessages notWholeNumber(Shown v) {
        return new ReaderMessages(v.vi() + " không phải số nguyên (cần số nguyên không âm, ví dụ 12)",
                v.en() + " is not a whole number (expected a whole number ≥ 0, e.g. 12)");
    }

    static ReaderMessages negative(Shown v) {
        return new ReaderMessages(v.vi() + " là số âm (cần số nguyên không âm)",
                v.en() + " is negative (expected a whole number ≥ 0)");
    }

    static ReaderMessages tooLarge(Shown v) {
        return new ReaderMessages(v.vi() + " quá lớn (cần số nguyên không âm, tối đa 2147483647)",
                v.en() + " is too large (expected a whole number ≥ 0, at most 2147483647)");
    }

    static ReaderMessages notBoolean(Shown v) {
        return new ReaderMessages(v.vi() + " không phải Có/Không (chấp nhận: " + BOOLEAN_FORMS + ")",
                v.en() + " is not yes/no (accepted: " + BOOLEAN_FORMS + ")");
    }

    static ReaderMessages notChoice(Shown v, ColumnSpec column) {
        List<Labelled> choices = column.choices();
        String vi = choices.stream().map(Labelled::label).collect(Collectors.joining("; "));
        String en = choices.stream().map(c -> c.label() + " = " + c.name()).collect(Collectors.joining("; "));
        return new ReaderMessages(v.vi() + " không phải giá trị hợp lệ (chấp nhận: " + vi + ")",
                v.en() + " is not an accepted value (accepted: " + en + ")");
    }

    static ReaderMessages formulaError(Shown v) {
        return new ReaderMessages("Ô chứa lỗi công thức " + v.vi() + ", không đọc được giá trị",
                "The cell holds the formula error " + v.en() + "; no value can be read");
    }

    static ReaderMessages notAnId(String header, Shown v) {
        return new ReaderMessages(v.vi() + " không phải mã mà giống họ tên (" + quote(header) + " cần một mã có chữ số hoặc "
                + "không dấu cách, ví dụ NN-001)",
                v.en() + " is not a code but looks like a name (" + quote(header) + " needs a code with a digit or "
                        + "without spaces, e.g. NN-001)");
    }

    static ReaderMessages requiredBlank(String header) {
        return new ReaderMessages("Ô bắt buộc " + quote(header) + " đang trống", "Required cell " + quote(header) + " is blank");
    }

    // ---- sheets and headers

    static ReaderMessages requiredColumnMissing(String sheet, ColumnSpec c) {
        return new ReaderMessages("Sheet " + quote(sheet) + " thiếu cột bắt buộc " + quote(c.header()) + " (" + c.key()
                + ") ở dòng tiêu đề (dòng 1)",
                "Sheet " + quote(sheet) + " lacks the required column " + quote(c.header()) + " (" + c.key()
                        + ") in its header row (row 1)");
    }

    static ReaderMessages requiredColumnMissingAt(String sheet, ColumnSpec c, int row) {
        return new ReaderMessages("Sheet " + quote(sheet) + " thiếu cột bắt buộc " + quote(c.header()) + " (" + c.key()
                + ") ở dòng tiêu đề (dòng " + row + ")",
                "Sheet " + quote(sheet) + " lacks the required column " + quote(c.header()) + " (" + c.key()
                        + ") in its header row (row " + row + ")");
    }

    static ReaderMessages headerBelowTitle(String sheet, int row) {
        return new ReaderMessages("Dòng tiêu đề của sheet " + quote(sheet) + " là dòng " + row + " (không phải dòng 1): các dòng "
                + "phía trên được coi là tiêu đề trang và bỏ qua; nên đặt dòng tiêu đề ở dòng 1",
                "The header row of sheet " + quote(sheet) + " is row " + row + " (not row 1): the rows above it are "
                        + "taken as a title and skipped; the header row should be row 1");
    }

    static ReaderMessages noHeaderFound(String sheet, int rows) {
        return new ReaderMessages("Sheet " + quote(sheet) + " không có dòng tiêu đề: dòng 1 và " + rows + " dòng đầu không có "
                + "dòng nào mang đủ các cột bắt buộc của mẫu; sheet bị bỏ qua và các tiêu chí dựa trên sheet này "
                + "chưa thể kết luận",
                "Sheet " + quote(sheet) + " has no header row: neither row 1 nor any of its first " + rows
                        + " rows holds the template's required columns; the sheet is ignored and the criteria "
                        + "resting on it cannot be decided");
    }

    static ReaderMessages severalHeaderRows(String sheet, String rows) {
        return new ReaderMessages("Sheet " + quote(sheet) + " có nhiều dòng giống dòng tiêu đề (dòng " + rows + "), không rõ dòng "
                + "nào là tiêu đề; sheet bị bỏ qua và các tiêu chí dựa trên sheet này chưa thể kết luận",
                "Sheet " + quote(sheet) + " has several rows that look like its header row (rows " + rows
                        + "), so which is the header cannot be told; the sheet is ignored and the criteria resting "
                        + "on it cannot be decided");
    }

    static ReaderMessages malformedRow(String reference) {
        return new ReaderMessages("Dòng có tham chiếu ô hoặc dòng " + quote(reference) + " sai thứ tự hoặc vượt quá giới hạn "
                + "của Excel (cột XFD, dòng 1048576); dòng bị bỏ qua và các tiêu chí dựa trên sheet này chưa thể "
                + "kết luận",
                "The row has the cell or row reference " + quote(reference) + " out of order or beyond Excel's "
                        + "limits (column XFD, row 1048576); the row is ignored and the criteria resting on this "
                        + "sheet cannot be decided");
    }

    static ReaderMessages unreadableRow() {
        return new ReaderMessages("Không đọc được dòng này; dòng bị bỏ qua và các tiêu chí dựa trên sheet này chưa thể kết luận",
                "This row cannot be read; it is ignored and the criteria resting on this sheet cannot be decided");
    }

    static ReaderMessages memberCommuneBlank() {
        return new ReaderMessages("Ô Mã xã trống nên không biết dòng này thuộc xã nào; các tiêu chí dựa trên sheet này chưa "
                + "thể kết luận cho mọi xã trong tệp",
                "The commune code is blank, so which commune this row belongs to cannot be told; the criteria "
                        + "resting on this sheet cannot be decided for any commune of the workbook");
    }

    static ReaderMessages unknownColumn(String header) {
        String shown = Names.visible(header);
        if (!shown.equals(header)) {
            return new ReaderMessages("Cột " + quote(header) + " (viết là " + quote(shown) + ": có ký tự lạ hoặc chữ của bảng chữ "
                    + "cái khác trông giống chữ Latinh) không thuộc mẫu dữ liệu, bị bỏ qua; hãy gõ lại tiêu đề",
                    "Column " + quote(header) + " (spelt " + quote(shown) + ": it holds a hidden character or a letter "
                            + "of another alphabet that looks Latin) is not in the data contract and is ignored; type "
                            + "the header again");
        }
        return new ReaderMessages("Cột " + quote(header) + " không thuộc mẫu dữ liệu, bị bỏ qua",
                "Column " + quote(header) + " is not in the data contract and is ignored");
    }

    static ReaderMessages repeatedColumn(String header, String firstLetter) {
        return new ReaderMessages("Cột " + quote(header) + " lặp lại cột " + firstLetter + ", bị bỏ qua",
                "Column " + quote(header) + " repeats column " + firstLetter + " and is ignored");
    }

    static ReaderMessages noHeaderRow(String sheet) {
        return new ReaderMessages("Dòng 1 của sheet " + quote(sheet) + " phải là dòng tiêu đề nhưng đang trống; sheet bị bỏ qua",
                "Row 1 of sheet " + quote(sheet) + " must be the header row but is blank; the sheet is ignored");
    }

    static ReaderMessages emptySheet(String sheet) {
        return new ReaderMessages("Sheet " + quote(sheet) + " trống (không có dòng tiêu đề)",
                "Sheet " + quote(sheet) + " is empty (no header row)");
    }

    static ReaderMessages unknownSheet(String sheet) {
        String shown = Names.visible(sheet);
        if (!shown.equals(sheet)) {
            return new ReaderMessages("Sheet " + quote(sheet) + " (viết là " + quote(shown) + ": có ký tự lạ hoặc chữ của bảng chữ "
                    + "cái khác trông giống chữ Latinh) không thuộc mẫu dữ liệu, bị bỏ qua; hãy gõ lại tên sheet",
                    "Sheet " + quote(sheet) + " (spelt " + quote(shown) + ": it holds a hidden character or a letter of "
                            + "another alphabet that looks Latin) is not part of the data contract and is ignored; "
                            + "type the sheet name again");
        }
        return new ReaderMessages("Sheet " + quote(sheet) + " không thuộc mẫu dữ liệu, bị bỏ qua",
                "Sheet " + quote(sheet) + " is not part of the data contract and is ignored");
    }

    static ReaderMessages sameSheetTwice(List<String> sheets, String contractName) {
        String vi = sheets.stream().map(ReaderMessages::quote).collect(Collectors.joining(" và "));
        String en = sheets.stream().map(ReaderMessages::quote).collect(Collectors.joining(" and "));
        return new ReaderMessages("Các sheet " + vi + " cùng là sheet " + contractName + " (kể cả sheet ẩn); không sheet nào "
                + "được đọc và các tiêu chí dựa trên sheet " + contractName + " chưa thể kết luận; hãy xóa hoặc đổi "
                + "tên các sheet thừa",
                "Sheets " + en + " are all sheet " + contractName + " (hidden sheets included); none of them is read "
                        + "and the criteria resting on sheet " + contractName + " cannot be decided; delete or rename "
                        + "the extra sheets");
    }

    static ReaderMessages damagedSheetPart(String sheet, int lastRow) {
        return new ReaderMessages("Nội dung sheet " + quote(sheet) + " trong tệp bị hỏng sau dòng " + lastRow
                + " (dữ liệu nén hoặc XML); các dòng sau đó bị mất và các tiêu chí dựa trên sheet này chưa thể kết luận",
                "The content of sheet " + quote(sheet) + " in the file is damaged after row " + lastRow
                        + " (compressed data or XML); the rows after it are lost and the criteria resting on this "
                        + "sheet cannot be decided");
    }

    static ReaderMessages unreadableSheetPart(String sheet) {
        return new ReaderMessages("Không mở được nội dung sheet " + quote(sheet) + " trong tệp (thiếu hoặc hỏng); các tiêu chí "
                + "dựa trên sheet này chưa thể kết luận, các sheet khác vẫn được đọc",
                "The content of sheet " + quote(sheet) + " cannot be opened in the file (missing or damaged); the "
                        + "criteria resting on this sheet cannot be decided, the other sheets are still read");
    }

    static ReaderMessages sheetWithoutPart(String sheet) {
        return new ReaderMessages("Sheet " + quote(sheet) + " được khai báo trong tệp nhưng không trỏ tới nội dung nào (thiếu r:id); "
                + "các tiêu chí dựa trên sheet này chưa thể kết luận",
                "Sheet " + quote(sheet) + " is listed in the workbook but points to no content (no r:id); the criteria "
                        + "resting on this sheet cannot be decided");
    }

    static ReaderMessages damagedStyles() {
        return new ReaderMessages("Phần định dạng ô (xl/styles.xml) của tệp bị hỏng nên bị bỏ qua: số được đọc như kiểu General, "
                + "số trong cột ngày được đọc như số ngày của Excel",
                "The cell formats part (xl/styles.xml) is damaged and ignored: numbers are read as General, and a "
                        + "number in a date column as an Excel date serial");
    }

    static ReaderMessages damagedPart(String part) {
        return new ReaderMessages("Phần " + quote(part) + " của tệp .xlsx bị hỏng hoặc thiếu nên không tìm được các sheet; hãy lưu "
                + "lại bằng Excel và gửi lại",
                "Part " + quote(part) + " of the .xlsx file is damaged or missing, so its sheets cannot be found; save it "
                        + "again in Excel and resend it");
    }

    static ReaderMessages mendedPart(String part) {
        return new ReaderMessages("Phần " + quote(part) + " của tệp bị hỏng nhưng không ảnh hưởng số liệu nên đã được bỏ qua "
                + "(thuộc tính tài liệu, kiểu nội dung); các sheet vẫn được đọc",
                "Part " + quote(part) + " of the file is damaged but decides nothing (document properties, content "
                        + "types) and was ignored; the sheets are still read");
    }

    static ReaderMessages repeatedSheet(String sheet, String first, String contractName) {
        return new ReaderMessages("Sheet " + quote(sheet) + " trùng với sheet " + quote(first) + " (cùng là " + contractName
                + "), bị bỏ qua",
                "Sheet " + quote(sheet) + " duplicates sheet " + quote(first) + " (both are " + contractName
                        + ") and is ignored");
    }

    static ReaderMessages damagedSheet(String sheet, int lastRow) {
        return new ReaderMessages("XML của sheet " + quote(sheet) + " bị hỏng sau dòng " + lastRow
                + "; chỉ giữ các dòng đọc được trước đó",
                "The XML of sheet " + quote(sheet) + " is damaged after row " + lastRow
                        + "; only the rows read before it are kept");
    }

    static ReaderMessages noDataSheet() {
        return new ReaderMessages("Tệp không có sheet \"Xa\" (danh sách xã) hay \"BaoCaoNam\" (báo cáo năm); cần ít nhất một trong hai",
                "The workbook has neither sheet \"Xa\" (Communes) nor \"BaoCaoNam\" (AnnualReports); at least one is required");
    }

    static ReaderMessages membersWithoutCommunes(String sheet) {
        return new ReaderMessages("Sheet " + quote(sheet) + " có dữ liệu nhưng tệp không có sheet \"Xa\" để đối chiếu mã xã",
                "Sheet " + quote(sheet) + " has rows but the workbook has no sheet \"Xa\" to hold their communes");
    }

    // ---- structural checks between rows

    static ReaderMessages duplicateCommune(String code, int firstRow) {
        return new ReaderMessages("Mã xã " + quote(code) + " trùng với dòng " + firstRow + "; dòng này bị bỏ qua",
                "Commune code " + quote(code) + " duplicates row " + firstRow + "; this row is ignored");
    }

    static ReaderMessages duplicatePerson(String id, String commune, int firstRow) {
        return new ReaderMessages("Mã đối tượng " + quote(id) + " trùng trong xã " + quote(commune) + " (đã có ở dòng " + firstRow + ")",
                "Person id " + quote(id) + " is repeated in commune " + quote(commune) + " (already on row " + firstRow + ")");
    }

    static ReaderMessages duplicateVillage(String name, String commune, int firstRow) {
        return new ReaderMessages("Thôn, tổ dân phố " + quote(name) + " trùng trong xã " + quote(commune) + " (đã có ở dòng "
                + firstRow + ")",
                "Village " + quote(name) + " is repeated in commune " + quote(commune) + " (already on row " + firstRow + ")");
    }

    static ReaderMessages duplicateUnitYear(String unit, int year, int firstRow) {
        return new ReaderMessages("Đơn vị " + quote(unit) + " năm " + year + " trùng với dòng " + firstRow + "; dòng này bị bỏ qua",
                "Unit " + quote(unit) + " year " + year + " duplicates row " + firstRow + "; this row is ignored");
    }

    static ReaderMessages orphan(String code) {
        return new ReaderMessages("Mã xã " + quote(code) + " không có trong sheet \"Xa\"",
                "Commune code " + quote(code) + " is not in sheet \"Xa\"");
    }

    static ReaderMessages orphanLookalike(String code, String meant) {
        return new ReaderMessages("Mã xã " + quote(code) + " không có trong sheet \"Xa\", chỉ khác mã " + quote(meant)
                + " ở chữ hoa, chữ thường hoặc dấu gạch; dòng này không được tính cho xã nào, nên xã " + quote(meant)
                + " chưa thể kết luận ở các tiêu chí dựa trên sheet này",
                "Commune code " + quote(code) + " is not in sheet \"Xa\"; it differs from " + quote(meant)
                        + " only by case or a dash, so the row counts for no commune and " + quote(meant)
                        + " cannot be decided on the criteria resting on this sheet");
    }

    static ReaderMessages codeLookalike(String code, String other, int otherRow) {
        return new ReaderMessages("Mã xã " + quote(code) + " chỉ khác mã " + quote(other) + " (dòng " + otherRow
                + ") ở chữ hoa, chữ thường hoặc dấu gạch: kiểm tra lại, đây là hai xã khác nhau",
                "Commune code " + quote(code) + " differs from " + quote(other) + " (row " + otherRow
                        + ") only by case or a dash: check that these are two different communes");
    }

    static ReaderMessages committedExceedsHouseholds(int committed, int households) {
        return new ReaderMessages("Số hộ đã ký cam kết (" + committed + ") lớn hơn số hộ (" + households + ")",
                "Committed households (" + committed + ") exceed households (" + households + ")");
    }

    // ---- bounds

    /** {@code 119.950} in Vietnamese, {@code 119,950} in English. */
    static String count(long n, String lang) {
        String s = String.format(java.util.Locale.ROOT, "%,d", n);
        return "vi".equals(lang) ? s.replace(',', '.') : s;
    }

    static ReaderMessages similarProblems(int n, String column, String header, boolean errors) {
        String where = column == null || column.isEmpty() ? "" : column;
        String h = header == null ? "" : " (" + header + ")";
        String vi = "… và " + count(n, "vi") + (errors ? " lỗi" : " cảnh báo") + " tương tự"
                + (where.isEmpty() ? " ở các dòng khác" : " ở cột " + where + h) + " (không liệt kê hết)";
        String en = "… and " + count(n, "en") + " similar " + (errors ? "error" : "warning") + (n == 1 ? "" : "s")
                + (where.isEmpty() ? " on other rows" : " in column " + where + h) + " (not all listed)";
        return new ReaderMessages(vi, en);
    }

    static ReaderMessages cellTooLong() {
        return new ReaderMessages("Ô dài hơn 32.767 ký tự (giới hạn của Excel); chỉ giữ 32.767 ký tự đầu",
                "The cell is longer than 32,767 characters (Excel's limit); only its first 32,767 characters are kept");
    }

    static ReaderMessages tooMuchText() {
        return new ReaderMessages("Tệp bị từ chối vì vượt giới hạn bộ nhớ: các ô chữ của tệp chứa hơn "
                + count(SharedStrings.MAX_TOTAL, "vi") + " ký tự, nhiều hơn mọi sổ dữ liệu theo mẫu; hãy kiểm tra "
                + "lại tệp hoặc chia thành nhiều tệp nhỏ",
                "The file was refused for exceeding the memory bound: its text cells hold more than "
                        + count(SharedStrings.MAX_TOTAL, "en") + " characters, more than any data workbook needs; "
                        + "check the file or split it into smaller ones");
    }

    static ReaderMessages tooManyRows(String sheet, int max, int row) {
        return new ReaderMessages("Sheet " + quote(sheet) + " có hơn " + count(max, "vi") + " dòng dữ liệu, vượt giới hạn đọc trong "
                + "một tệp; chỉ đọc đến dòng " + row + ", các tiêu chí dựa trên sheet này chưa thể kết luận; hãy chia "
                + "thành nhiều tệp",
                "Sheet " + quote(sheet) + " has more than " + count(max, "en") + " data rows, beyond what is read from "
                        + "one file; it is read up to row " + row + " and the criteria resting on it cannot be decided; "
                        + "split it into several files");
    }

    static ReaderMessages outOfMemory() {
        return new ReaderMessages("Hết bộ nhớ khi đọc tệp; tệp quá lớn so với bộ nhớ được cấp (hãy chia tệp, hoặc chạy với "
                + "XKMT_JAVA_OPTS=-Xmx4g)",
                "Out of memory while reading the file; it is too large for the memory given (split it, or run with "
                        + "XKMT_JAVA_OPTS=-Xmx4g)");
    }

    // ---- whole files

    static ReaderMessages emptyFile() {
        return new ReaderMessages("Tệp trống (0 byte), không có sổ làm việc nào", "The file is empty (0 bytes); it holds no workbook");
    }

    static ReaderMessages legacyXls() {
        return new ReaderMessages("Đây là tệp Excel cũ (.xls, Excel 97-2003); hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Excel Workbook)",
                "This is a legacy Excel file (.xls, Excel 97-2003); open it in Excel and save it as .xlsx (Excel Workbook)");
    }

    static ReaderMessages encrypted() {
        return new ReaderMessages("Sổ làm việc được đặt mật khẩu nên không đọc được; hãy gỡ mật khẩu (File > Info > Protect Workbook) rồi lưu lại dưới dạng .xlsx",
                "The workbook is password-protected and cannot be read; remove the password (File > Info > Protect Workbook) and save it again as .xlsx");
    }

    static ReaderMessages textFile() {
        return new ReaderMessages("Tệp không phải sổ làm việc Excel (.xlsx) mà là tệp văn bản/CSV; hãy mở bằng Excel và lưu lại dưới dạng .xlsx",
                "The file is not an Excel workbook (.xlsx) but text or CSV; open it in Excel and save it as .xlsx");
    }

    static ReaderMessages notWorkbook() {
        return new ReaderMessages("Tệp không phải sổ làm việc Excel (.xlsx)", "The file is not an Excel workbook (.xlsx)");
    }

    static ReaderMessages zipNotWorkbook() {
        return new ReaderMessages("Tệp nén này không phải sổ làm việc Excel (.xlsx); hãy lưu lại dưới dạng .xlsx",
                "This zip archive is not an Excel workbook (.xlsx); save it as .xlsx");
    }

    static ReaderMessages damagedZip() {
        return new ReaderMessages("Tệp .xlsx bị hỏng hoặc không đầy đủ (có thể do tải lên hay sao chép bị gián đoạn); hãy lưu lại bằng Excel và gửi lại",
                "The .xlsx file is damaged or truncated (perhaps an interrupted upload or copy); save it again in Excel and resend it");
    }

    static ReaderMessages zipBomb() {
        return new ReaderMessages("Tệp bị từ chối: nội dung nén giãn ra bất thường (nghi là \"zip bomb\")",
                "The file was refused: its compressed content expands abnormally (a suspected zip bomb)");
    }

    static ReaderMessages doctype() {
        return new ReaderMessages("Tệp bị từ chối: XML bên trong có khai báo DOCTYPE, không được phép vì lý do an toàn",
                "The file was refused: its XML contains a DOCTYPE declaration, which is not allowed for security reasons");
    }

    static ReaderMessages unreadable(String reason) {
        return new ReaderMessages("Không đọc được tệp: " + reason, "The file cannot be read: " + reason);
    }

    static ReaderMessages noPermission() {
        return new ReaderMessages("Không đọc được tệp: người dùng đang chạy XKMT không có quyền đọc tệp này; hãy cấp quyền đọc "
                + "hoặc chép tệp sang thư mục của mình",
                "The file cannot be read: the user running XKMT has no permission to read it; grant read access or "
                        + "copy the file to a folder of your own");
    }

    static ReaderMessages noPermissionToFolder() {
        return new ReaderMessages("Không đọc được tệp: người dùng đang chạy XKMT không có quyền mở thư mục chứa tệp này; hãy cấp "
                + "quyền hoặc chép tệp sang thư mục của mình",
                "The file cannot be read: the user running XKMT has no permission to open the folder that holds it; "
                        + "grant access or copy the file to a folder of your own");
    }

    static ReaderMessages sameFileTwice(String path, String first) {
        return new ReaderMessages("Tệp " + quote(path) + " chính là tệp " + quote(first) + " (cùng một tệp, qua liên kết hoặc nêu hai lần); "
                + "chỉ đánh giá một lần",
                "File " + quote(path) + " is the same file as " + quote(first) + " (through a link or named twice); "
                        + "it is evaluated once");
    }

    static ReaderMessages notFound(String path) {
        return new ReaderMessages("Không tìm thấy tệp hoặc thư mục " + quote(path), "File or folder " + quote(path) + " not found");
    }

    static ReaderMessages notAFile(String path) {
        return new ReaderMessages(quote(path) + " không phải là tệp (có thể là thư mục)", quote(path) + " is not a file (perhaps a folder)");
    }

    static ReaderMessages folderWithoutWorkbooks(String path) {
        return new ReaderMessages("Thư mục " + quote(path) + " không có tệp .xlsx nào", "Folder " + quote(path) + " holds no .xlsx file");
    }
}
