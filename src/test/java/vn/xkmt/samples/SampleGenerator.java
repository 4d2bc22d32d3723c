package vn.xkmt.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xkmt.authoring.CasesToYaml;
import vn.xkmt.commune.DataContract;

/**
 * Writes the committed sample workbooks ({@code samples/}), each with its {@code .expected.yaml}, and
 * {@code samples/README.md}; on request, the golden cases of every rule set as case files
 * ({@code rules/<id>/<version>/tests/<name>.yaml}). Every expected outcome is written by hand beside its
 * data; before anything is written, each is checked against {@link Oracle}, a second plain reading of
 * criteria.md, and the generator stops on any disagreement.
 *
 * <p>The committed case files, not this generator, are the golden cases: they are edited by hand, and the
 * generator's {@code *Golden} classes are only a way to draft new ones.
 *
 * <p>Usage: {@code SampleGenerator [ROOT]} (default: the current folder, the repository root) writes the
 * samples; {@code SampleGenerator --golden [ROOT]} (over)writes the golden case files. From Maven, the
 * samples: {@code ./mvnw -q test -Dtest=SamplesUpToDateTest -Dxkmt.samples.write=true}.
 */
public final class SampleGenerator {

    private SampleGenerator() {
    }

    public static void main(String[] args) throws IOException {
        boolean golden = args.length > 0 && args[0].equals("--golden");
        int first = golden ? 1 : 0;
        Path root = Path.of(args.length > first ? args[first] : ".");
        List<Path> written = golden ? writeGoldenCases(root) : generate(root);
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

    /** Checks every sample book, then writes them all under {@code root}; returns the files written. */
    static List<Path> generate(Path root) throws IOException {
        List<Book> books = samples();
        checkAll(books);
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

    /**
     * Checks every golden book, then writes each as a case file {@code <name>.yaml} under {@code root}
     * (through a workbook in a temporary folder and {@link CasesToYaml}); returns the files written.
     */
    static List<Path> writeGoldenCases(Path root) throws IOException {
        List<Book> books = golden();
        checkAll(books);
        List<Path> out = new ArrayList<>();
        Path tmp = Files.createTempDirectory("xkmt-golden-");
        for (Book b : books) {
            b.write(tmp);
            Path caseFile = root.resolve(b.path.replaceFirst("\\.xlsx$", ".yaml"));
            Files.createDirectories(caseFile.getParent());
            Files.writeString(caseFile, CasesToYaml.yaml(tmp.resolve(b.path), b.yaml().lines().toList()));
            out.add(caseFile);
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(tmp);
        return out;
    }

    private static void checkAll(List<Book> books) {
        List<String> disagreements = new ArrayList<>();
        for (Book b : books) {
            disagreements.addAll(check(b));
        }
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException("hand-written outcomes disagree with the oracle:\n"
                    + String.join("\n", disagreements));
        }
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
