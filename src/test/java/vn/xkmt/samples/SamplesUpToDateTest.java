package vn.xkmt.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed samples are what the generator makes (the golden cases are not generated: they are the YAML
 * case files of rules/, edited by hand). With
 * {@code -Dxkmt.samples.write=true} it (re)writes them into the working copy instead.
 */
class SamplesUpToDateTest {

    @TempDir
    Path tmp;

    @Test
    void committedFilesAreWhatTheGeneratorMakes() throws Exception {
        if (Boolean.getBoolean("xkmt.samples.write")) {
            SampleGenerator.generate(Path.of("."));
        }
        List<Path> fresh = SampleGenerator.generate(tmp);
        List<String> stale = new ArrayList<>();
        for (Path f : fresh) {
            Path rel = tmp.relativize(f);
            Path committed = Path.of(".").resolve(rel);
            if (!Files.exists(committed)) {
                stale.add(rel + " is missing");
            } else if (rel.toString().endsWith(".xlsx")) {
                if (!cells(committed).equals(cells(f))) {
                    stale.add(rel + " differs");
                }
            } else if (!Files.readString(committed).equals(Files.readString(f))) {
                stale.add(rel + " differs");
            }
        }
        assertThat(stale).as("regenerate: ./mvnw -q test -Dtest=SamplesUpToDateTest -Dxkmt.samples.write=true")
                .isEmpty();
    }

    @Test
    void everyHandWrittenOutcomeAgreesWithTheOracle() {
        List<Book> books = new ArrayList<>(SampleGenerator.samples());
        books.addAll(SampleGenerator.golden());
        List<String> problems = new ArrayList<>();
        books.forEach(b -> problems.addAll(SampleGenerator.check(b)));
        assertThat(problems).isEmpty();
    }

    @Test
    void goldenCasesCoverEveryOutcomeOfEveryCriterion() {
        List<String> missing = new ArrayList<>();
        for (RuleSet rs : RuleSet.values()) {
            for (String criterion : rs.criteria()) {
                List<String> seen = SampleGenerator.golden().stream().flatMap(b -> b.units.stream())
                        .filter(u -> u.ruleSet == rs).map(u -> u.expected.get(criterion)).distinct().toList();
                for (String outcome : List.of(Unit.PASS, Unit.FAIL, Unit.UNKNOWN)) {
                    if (!seen.contains(outcome)) {
                        missing.add(criterion + " " + outcome);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Every cell of every sheet as text and type, row by row. */
    private static List<String> cells(Path file) throws Exception {
        DataFormatter fmt = new DataFormatter();
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Sheet s : wb) {
                out.add("# " + s.getSheetName());
                s.forEach(r -> {
                    StringBuilder sb = new StringBuilder().append(r.getRowNum()).append(':');
                    for (Cell c : r) {
                        sb.append(c.getAddress()).append('=').append(c.getCellType()).append(' ')
                                .append(fmt.formatCellValue(c)).append('|');
                    }
                    out.add(sb.toString());
                });
            }
        }
        return out;
    }
}
