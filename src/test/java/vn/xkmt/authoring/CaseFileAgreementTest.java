package vn.xkmt.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Fact;
import vn.xkmt.ingest.WorkbookReader;

/**
 * A YAML case reads into the same dataset as the workbook it stands for: the same facts with the same
 * values, rows and cell references, the same present sheets, problems and lost rows (only the file name
 * and the file's hash differ). Checked for every sample workbook converted to a case file, and wherever a
 * workbook and a case file of the same name lie side by side (samples/, rules' tests/).
 */
class CaseFileAgreementTest {

    @TempDir
    Path tmp;

    private final WorkbookReader reader = new WorkbookReader();

    @Test
    void everySampleAndLegacyCaseWorkbookConvertedToACaseFileReadsIntoTheSameDataset() throws Exception {
        List<Path> pairs = new ArrayList<>(CasesToYaml.legacyPairs(Path.of("samples")));
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(4);
        pairs.addAll(CasesToYaml.legacyPairs(Path.of("rules"))); // any case not yet converted
        List<String> differences = new ArrayList<>();
        for (Path expected : pairs) {
            Path caseFile = tmp.resolve(String.valueOf(pairs.indexOf(expected)))
                    .resolve(CasesToYaml.caseFileOf(expected).getFileName());
            Files.createDirectories(caseFile.getParent());
            Files.writeString(caseFile, CasesToYaml.yaml(CasesToYaml.workbookOf(expected), Files.readAllLines(expected)));
            differences.addAll(differences(CasesToYaml.workbookOf(expected), caseFile));
            assertThat(CaseFile.read(caseFile).expected().keySet()).as(expected.toString())
                    .containsExactlyElementsOf(CaseFile.Expected.of(yamlMap(expected)).keySet());
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void aWorkbookAndACaseFileOfTheSameNameAgreeWhereBothExist() throws Exception {
        List<String> differences = new ArrayList<>();
        for (Path root : List.of(Path.of("samples"), Path.of("rules"))) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path caseFile : s.filter(CaseFile::isCaseFile).sorted().toList()) {
                    Path workbook = caseFile.resolveSibling(CaseFile.name(caseFile) + ".xlsx");
                    if (Files.isRegularFile(workbook)) {
                        differences.addAll(differences(workbook, caseFile));
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    private static java.util.Map<?, ?> yamlMap(Path p) throws Exception {
        return tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readValue(p.toFile(), java.util.Map.class);
    }

    /** Every difference between the dataset of the workbook and that of the case file, field by field. */
    List<String> differences(Path workbook, Path caseFile) throws Exception {
        Dataset a = reader.read(workbook);
        Dataset b = CaseFile.read(caseFile).dataset(reader);
        List<String> out = new ArrayList<>();
        String name = caseFile.toString();
        compare(out, name, "communes", a.communes(), b.communes(), a, b);
        compare(out, name, "persons", a.persons(), b.persons(), a, b);
        compare(out, name, "villages", a.villages(), b.villages(), a, b);
        compare(out, name, "models", a.models(), b.models(), a, b);
        compare(out, name, "annual reports", a.annualReports(), b.annualReports(), a, b);
        if (!new TreeSet<>(a.presentSheets()).equals(new TreeSet<>(b.presentSheets()))) {
            out.add(name + ": sheets " + a.presentSheets() + " vs " + b.presentSheets());
        }
        List<String> pa = a.problems().stream().map(p -> renamed(p.toString(), a, b)).toList();
        List<String> pb = b.problems().stream().map(String::valueOf).toList();
        if (!pa.equals(pb)) {
            out.add(name + ": problems " + pa + " vs " + pb);
        }
        List<String> la = a.lostRows().stream().map(String::valueOf).toList();
        List<String> lb = b.lostRows().stream().map(String::valueOf).toList();
        if (!la.equals(lb)) {
            out.add(name + ": lost rows " + la + " vs " + lb);
        }
        return out;
    }

    private static void compare(List<String> out, String name, String what, List<? extends Fact> a,
                                List<? extends Fact> b, Dataset da, Dataset db) {
        if (a.size() != b.size()) {
            out.add(name + ": " + a.size() + " " + what + " vs " + b.size());
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            Fact x = a.get(i);
            Fact y = b.get(i);
            if (!x.values().equals(y.values())) {
                out.add(name + ": " + what + " " + i + " values " + x.values() + " vs " + y.values());
            }
            if (!x.getRow().sheet().equals(y.getRow().sheet()) || x.getRow().row() != y.getRow().row()
                    || !x.getRow().columns().equals(y.getRow().columns())
                    || !renamed(x.getRow().file(), da, db).equals(y.getRow().file())) {
                out.add(name + ": " + what + " " + i + " row " + x.getRow() + " vs " + y.getRow());
            }
            if (!renamed(x.toString(), da, db).equals(y.toString())) {
                out.add(name + ": " + what + " " + i + " " + x + " vs " + y);
            }
        }
    }

    private static String renamed(String s, Dataset a, Dataset b) {
        return s.replace(a.file(), b.file());
    }
}
