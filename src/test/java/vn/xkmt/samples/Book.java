package vn.xkmt.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.SheetSpec;
import vn.xkmt.template.TemplateSheet;
import vn.xkmt.template.WorkbookWriter;

/**
 * One generated workbook: its path under the repository root, the data sheets it holds, its units,
 * and a one-line description in Vietnamese and English for the expected-outcome file.
 */
final class Book {

    /** A fixed creation time, so that regenerated workbooks are identical byte for byte. */
    static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

    final String path;
    final String aboutVi;
    final String aboutEn;
    /** More to say in {@code samples/README.md} after the counts, each as {vi, en}; not in the expected-outcome file. */
    final List<String[]> readme = new ArrayList<>();
    final Set<SheetSpec> sheets = new LinkedHashSet<>();
    final List<Unit> units = new ArrayList<>();

    private Book(String path, String aboutVi, String aboutEn) {
        this.path = path;
        this.aboutVi = aboutVi;
        this.aboutEn = aboutEn;
    }

    /** A commune workbook with sheets Xa, Nguoi, Thon and MoHinh. */
    static Book communes(String path, String aboutVi, String aboutEn) {
        Book b = new Book(path, aboutVi, aboutEn);
        b.sheets.addAll(List.of(DataContract.COMMUNES, DataContract.PERSONS, DataContract.VILLAGES,
                DataContract.MODELS));
        return b;
    }

    /** An annual-report workbook with sheet BaoCaoNam only. */
    static Book annual(String path, String aboutVi, String aboutEn) {
        Book b = new Book(path, aboutVi, aboutEn);
        b.sheets.add(DataContract.ANNUAL_REPORTS);
        return b;
    }

    /** A paragraph for {@code samples/README.md}, in Vietnamese and English. */
    Book readme(String vi, String en) {
        readme.add(new String[] {vi, en});
        return this;
    }

    /** Leaves a member sheet out of the workbook entirely. */
    Book without(SheetSpec sheet) {
        sheets.remove(sheet);
        return this;
    }

    Unit add(Unit u) {
        units.add(u);
        return u;
    }

    boolean has(SheetSpec sheet) {
        return sheets.contains(sheet);
    }

    /** {@code samples/x.xlsx} → {@code samples/x.expected.yaml}. */
    String expectedPath() {
        return path.replaceFirst("\\.xlsx$", ".expected.yaml");
    }

    void write(Path root) throws IOException {
        for (Unit u : units) {
            check(u);
        }
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        try (WorkbookWriter w = new WorkbookWriter().createdAt(CREATED)) {
            for (SheetSpec s : sheets) {
                TemplateSheet sw = w.sheet(s);
                for (Unit u : units) {
                    if (s == DataContract.COMMUNES || s == DataContract.ANNUAL_REPORTS) {
                        sw.row(u.row);
                    }
                }
                for (Unit u : units) {
                    List<Row> rows = s == DataContract.PERSONS ? u.persons
                            : s == DataContract.VILLAGES ? u.villages
                            : s == DataContract.MODELS ? u.models : List.of();
                    rows.forEach(sw::row);
                }
            }
            w.write(file);
        }
        Files.writeString(root.resolve(expectedPath()), yaml());
    }

    /** Member rows of a sheet the book leaves out would be lost silently: refuse. */
    private void check(Unit u) {
        if (!has(DataContract.PERSONS) && !u.persons.isEmpty()
                || !has(DataContract.VILLAGES) && !u.villages.isEmpty()
                || !has(DataContract.MODELS) && !u.models.isEmpty()) {
            throw new IllegalStateException(u.key() + " has rows for a sheet that " + path + " leaves out");
        }
    }

    /** The expected outcomes, in the golden-case format. */
    String yaml() {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(aboutVi).append('\n');
        sb.append("# ").append(aboutEn).append('\n');
        for (Unit u : units) {
            String key = u.annual() ? "\"" + u.key() + "\"" : u.key();
            sb.append(key).append(':');
            if (!u.noteVi.isEmpty()) {
                sb.append("  # ").append(u.noteVi).append(" / ").append(u.noteEn);
            }
            sb.append('\n');
            sb.append("  verdict: ").append(u.verdict()).append('\n');
            sb.append("  criteria: {").append(u.expected.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))).append("}\n");
        }
        return sb.toString();
    }
}
