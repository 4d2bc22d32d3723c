package vn.xkmt.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xkmt.commune.DataContract;

/**
 * Writes the committed sample workbooks ({@code samples/}) and the golden cases of every rule set
 * ({@code rules/<id>/<version>/tests/}), each workbook with its {@code .expected.yaml}, and
 * {@code samples/README.md}. Every expected outcome is written by hand beside its data; before
 * anything is written, each is checked against {@link Oracle}, a second plain reading of
 * criteria.md, and the generator stops on any disagreement.
 *
 * <p>Usage: {@code SampleGenerator [ROOT]} (default: the current folder, the repository root). From
 * Maven: {@code ./mvnw -q test -Dtest=SamplesUpToDateTest -Dxkmt.samples.write=true}.
 */
public final class SampleGenerator {

    private SampleGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        List<Path> written = generate(root);
        written.forEach(p -> System.out.println("wrote " + p));
    }

    /** The sample workbooks, in README order. */
    static List<Book> samples() {
        return List.of(LaoCaiSamples.book(), ThanhHoaSamples.book(), HungYenSamples.book(), TraVinhSamples.book());
    }

    /** The golden-case workbooks of all four rule sets. */
    static List<Book> golden() {
        List<Book> all = new ArrayList<>();
        all.addAll(LaoCaiGolden.books());
        all.addAll(ThanhHoaGolden.books());
        all.addAll(HungYenGolden.books());
        all.addAll(TraVinhGolden.books());
        return all;
    }

    /** Checks every book, then writes them all under {@code root}; returns the files written. */
    static List<Path> generate(Path root) throws IOException {
        List<Book> books = new ArrayList<>(samples());
        books.addAll(golden());
        List<String> disagreements = new ArrayList<>();
        for (Book b : books) {
            disagreements.addAll(check(b));
        }
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException("hand-written outcomes disagree with the oracle:\n"
                    + String.join("\n", disagreements));
        }
        List<Path> out = new ArrayList<>();
        for (Book b : books) {
            b.write(root);
            out.add(root.resolve(b.path));
            out.add(root.resolve(b.expectedPath()));
        }
        Path readme = root.resolve("samples/README.md");
        Files.writeString(readme, SamplesReadme.render(samples()));
        out.add(readme);
        return out;
    }

    /** Units whose hand-written outcome differs from the oracle's, and duplicate keys. */
    static List<String> check(Book b) {
        List<String> problems = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Unit u : b.units) {
            if (keys.contains(u.key())) {
                problems.add(b.path + ": duplicate " + u.key());
            }
            keys.add(u.key());
            Map<String, String> oracle = Oracle.evaluate(u, b.has(DataContract.PERSONS), b.has(DataContract.VILLAGES),
                    b.has(DataContract.MODELS));
            if (!oracle.equals(u.expected)) {
                problems.add(b.path + " " + u.key() + ": by hand " + u.expected + ", oracle " + oracle);
            }
        }
        return problems;
    }
}
