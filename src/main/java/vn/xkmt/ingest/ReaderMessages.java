package vn.xkmt.ingest;

import vn.xkmt.text.Lang;
import vn.xkmt.text.Messages;
import vn.xkmt.text.Text;
import vn.xkmt.commune.Names;
import java.util.List;
import java.util.stream.Collectors;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.Labelled;

/**
 * A message in Vietnamese and English, and the reader's catalogue of them: the sentences are in
 * {@code vn/xkmt/ingest/messages_vi/en.properties}, one key a factory.
 */
record ReaderMessages(String vi, String en) {

    private static final Messages WORDS = Messages.of(ReaderMessages.class);

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
            Text t = WORDS.text(n == 1 ? "aText.one" : "aText", n);
            return new Shown(t.vi(), t.en());
        }
    }

    // ---- cell values

    static ReaderMessages notDate(Shown v) {
        return of("notDate", v);
    }

    static ReaderMessages notWholeNumber(Shown v) {
        return of("notWholeNumber", v);
    }

    static ReaderMessages negative(Shown v) {
        return of("negative", v);
    }

    static ReaderMessages tooLarge(Shown v) {
        return of("tooLarge", v);
    }

    static ReaderMessages notBoolean(Shown v) {
        return of("notBoolean", v, BOOLEAN_FORMS);
    }

    static ReaderMessages notChoice(Shown v, ColumnSpec column) {
        List<Labelled> choices = column.choices();
        String vi = choices.stream().map(Labelled::label).collect(Collectors.joining("; "));
        String en = choices.stream().map(c -> c.label() + " = " + c.name()).collect(Collectors.joining("; "));
        return of("notChoice", v, new Text(vi, en));
    }

    static ReaderMessages formulaError(Shown v) {
        return of("formulaError", v);
    }

    static ReaderMessages notAnId(String header, Shown v) {
        return of("notAnId", v, quote(header));
    }

    static ReaderMessages requiredBlank(String header) {
        return of("requiredBlank", quote(header));
    }

    // ---- sheets and headers

    static ReaderMessages requiredColumnMissing(String sheet, ColumnSpec c) {
        return of("requiredColumnMissing", quote(sheet), quote(c.header()), c.key());
    }

    static ReaderMessages requiredColumnMissingAt(String sheet, ColumnSpec c, int row) {
        return of("requiredColumnMissingAt", quote(sheet), quote(c.header()), c.key(), row);
    }

    static ReaderMessages headerBelowTitle(String sheet, int row) {
        return of("headerBelowTitle", quote(sheet), row);
    }

    static ReaderMessages noHeaderFound(String sheet, int rows) {
        return of("noHeaderFound", quote(sheet), rows);
    }

    static ReaderMessages severalHeaderRows(String sheet, String rows) {
        return of("severalHeaderRows", quote(sheet), rows);
    }

    static ReaderMessages malformedRow(String reference) {
        return of("malformedRow", quote(reference));
    }

    static ReaderMessages unreadableRow() {
        return of("unreadableRow");
    }

    static ReaderMessages memberCommuneBlank() {
        return of("memberCommuneBlank");
    }

    static ReaderMessages unknownColumn(String header) {
        String shown = Names.visible(header);
        if (!shown.equals(header)) {
            return of("unknownColumn.1", quote(header), quote(shown));
        }
        return of("unknownColumn", quote(header));
    }

    static ReaderMessages repeatedColumn(String header, String firstLetter) {
        return of("repeatedColumn", quote(header), firstLetter);
    }

    static ReaderMessages noHeaderRow(String sheet) {
        return of("noHeaderRow", quote(sheet));
    }

    static ReaderMessages emptySheet(String sheet) {
        return of("emptySheet", quote(sheet));
    }

    static ReaderMessages unknownSheet(String sheet) {
        String shown = Names.visible(sheet);
        if (!shown.equals(sheet)) {
            return of("unknownSheet.1", quote(sheet), quote(shown));
        }
        return of("unknownSheet", quote(sheet));
    }

    static ReaderMessages sameSheetTwice(List<String> sheets, String contractName) {
        String vi = sheets.stream().map(ReaderMessages::quote).collect(Collectors.joining(" và "));
        String en = sheets.stream().map(ReaderMessages::quote).collect(Collectors.joining(" and "));
        return of("sameSheetTwice", new Text(vi, en), contractName);
    }

    static ReaderMessages damagedSheetPart(String sheet, int lastRow) {
        return of("damagedSheetPart", quote(sheet), lastRow);
    }

    static ReaderMessages unreadableSheetPart(String sheet) {
        return of("unreadableSheetPart", quote(sheet));
    }

    static ReaderMessages sheetWithoutPart(String sheet) {
        return of("sheetWithoutPart", quote(sheet));
    }

    static ReaderMessages damagedStyles() {
        return of("damagedStyles");
    }

    static ReaderMessages damagedPart(String part) {
        return of("damagedPart", quote(part));
    }

    static ReaderMessages mendedPart(String part) {
        return of("mendedPart", quote(part));
    }

    static ReaderMessages repeatedSheet(String sheet, String first, String contractName) {
        return of("repeatedSheet", quote(sheet), quote(first), contractName);
    }

    static ReaderMessages damagedSheet(String sheet, int lastRow) {
        return of("damagedSheet", quote(sheet), lastRow);
    }

    static ReaderMessages noDataSheet() {
        return of("noDataSheet");
    }

    static ReaderMessages membersWithoutCommunes(String sheet) {
        return of("membersWithoutCommunes", quote(sheet));
    }

    // ---- structural checks between rows

    static ReaderMessages duplicateCommune(String code, int firstRow) {
        return of("duplicateCommune", quote(code), firstRow);
    }

    static ReaderMessages duplicatePerson(String id, String commune, int firstRow) {
        return of("duplicatePerson", quote(id), quote(commune), firstRow);
    }

    static ReaderMessages duplicateVillage(String name, String commune, int firstRow) {
        return of("duplicateVillage", quote(name), quote(commune), firstRow);
    }

    static ReaderMessages duplicateUnitYear(String unit, int year, int firstRow) {
        return of("duplicateUnitYear", quote(unit), year, firstRow);
    }

    static ReaderMessages orphan(String code) {
        return of("orphan", quote(code));
    }

    static ReaderMessages orphanLookalike(String code, String meant) {
        return of("orphanLookalike", quote(code), quote(meant));
    }

    static ReaderMessages codeLookalike(String code, String other, int otherRow) {
        return of("codeLookalike", quote(code), quote(other), otherRow);
    }

    static ReaderMessages committedExceedsHouseholds(int committed, int households) {
        return of("committedExceedsHouseholds", committed, households);
    }

    // ---- bounds

    /** {@code 119.950} in Vietnamese, {@code 119,950} in English. */
    static String count(long n, Lang lang) {
        String s = String.format(java.util.Locale.ROOT, "%,d", n);
        return lang == Lang.VI ? s.replace(',', '.') : s;
    }

    static ReaderMessages similarProblems(int n, String column, String header, boolean errors) {
        String where = column == null || column.isEmpty() ? "" : column;
        String h = header == null ? "" : " (" + header + ")";
        String key = "similar." + (errors ? "error" : "warning") + (n == 1 ? ".one" : "")
                + (where.isEmpty() ? ".otherRows" : ".inColumn");
        return of(key, new Text(count(n, Lang.VI), count(n, Lang.EN)), where + h);
    }

    static ReaderMessages cellTooLong() {
        return of("cellTooLong");
    }

    static ReaderMessages tooMuchText() {
        return of("tooMuchText", new Text(count(SharedStrings.MAX_TOTAL, Lang.VI), count(SharedStrings.MAX_TOTAL, Lang.EN)));
    }

    static ReaderMessages tooManyRows(String sheet, int max, int row) {
        return of("tooManyRows", quote(sheet), new Text(count(max, Lang.VI), count(max, Lang.EN)), row);
    }

    static ReaderMessages outOfMemory() {
        return of("outOfMemory");
    }

    // ---- whole files

    static ReaderMessages emptyFile() {
        return of("emptyFile");
    }

    static ReaderMessages legacyXls() {
        return of("legacyXls");
    }

    static ReaderMessages encrypted() {
        return of("encrypted");
    }

    static ReaderMessages textFile() {
        return of("textFile");
    }

    static ReaderMessages notWorkbook() {
        return of("notWorkbook");
    }

    static ReaderMessages zipNotWorkbook() {
        return of("zipNotWorkbook");
    }

    static ReaderMessages damagedZip() {
        return of("damagedZip");
    }

    static ReaderMessages zipBomb() {
        return of("zipBomb");
    }

    static ReaderMessages doctype() {
        return of("doctype");
    }

    static ReaderMessages unreadable(String reason) {
        return of("unreadable", reason);
    }

    static ReaderMessages noPermission() {
        return of("noPermission");
    }

    static ReaderMessages noPermissionToFolder() {
        return of("noPermissionToFolder");
    }

    static ReaderMessages sameFileTwice(String path, String first) {
        return of("sameFileTwice", quote(path), quote(first));
    }

    static ReaderMessages notFound(String path) {
        return of("notFound", quote(path));
    }

    static ReaderMessages notAFile(String path) {
        return of("notAFile", quote(path));
    }

    static ReaderMessages folderWithoutWorkbooks(String path) {
        return of("folderWithoutWorkbooks", quote(path));
    }

    /**
     * The message {@code key} in both languages; an argument that is a {@link Shown} or a {@link Text} gives each
     * language its own words.
     */
    private static ReaderMessages of(String key, Object... args) {
        return new ReaderMessages(WORDS.get(key, Lang.VI, in(Lang.VI, args)), WORDS.get(key, Lang.EN, in(Lang.EN, args)));
    }

    private static Object[] in(Lang lang, Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Shown s ? (lang == Lang.EN ? s.en() : s.vi())
                    : args[i] instanceof Text t ? t.in(lang) : args[i];
        }
        return out;
    }
}
