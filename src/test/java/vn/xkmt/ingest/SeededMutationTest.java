package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.DataProblem;
import vn.xkmt.commune.Dataset;
import vn.xkmt.testing.TestRuleSets;

/**
 * Seeded mutants of real workbooks — bytes of the file flipped, the file cut short, the XML of one
 * part cut, doubled, spliced or sprinkled with stray characters and tags — each read and evaluated:
 * no exception escapes, and every input ends in results or a clear bilingual error (never a stack
 * trace in a message). The seed is fixed, so a failure is repeatable.
 */
class SeededMutationTest {

    private static final long SEED = 20261203L;
    private static final int MUTANTS = 120;

    @TempDir
    Path tmp;

    @Test
    void givenSeededMutantsOfTheSamples_thenEveryOneEndsInResultsOrAClearError() throws Exception {
        List<byte[]> originals = new ArrayList<>();
        originals.add(LostRowsWorkbooks.clean());
        for (String s : List.of("thanh-hoa.xlsx", "lao-cai-bien-gioi.xlsx", "tra-vinh-2023.xlsx")) {
            originals.add(Files.readAllBytes(Path.of("samples", s)));
        }
        Random random = new Random(SEED);
        Evaluator evaluator = new Evaluator(TestRuleSets.catalog(), new WorkbookReader()::read);
        int withResults = 0;
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] original = originals.get(i % originals.size());
            String how = "mutant " + i;
            byte[] mutant;
            try {
                mutant = mutate(original, random);
            } catch (RuntimeException e) {
                throw new IllegalStateException(how, e);
            }
            Path file = tmp.resolve("mutant-" + i + ".xlsx");
            Files.write(file, mutant);

            Dataset d = new WorkbookReader().read(file);
            RunResult r = evaluator.evaluate(List.of(d), RunOptions.DEFAULT, Progress.NONE);

            boolean rows = !d.communes().isEmpty() || !d.annualReports().isEmpty();
            assertThat(rows || !d.errors().isEmpty()).as(how + ": results or an error").isTrue();
            for (DataProblem p : r.problems()) {
                assertThat(p.vi()).as(how).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(p.en()).as(how).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
            }
            if (rows) {
                withResults++;
            } else {
                refused++;
            }
        }
        assertThat(withResults).as("mutants still read in part (refused: %d)", refused).isGreaterThan(MUTANTS / 5);
        assertThat(refused).as("mutants refused with an error").isGreaterThan(0);
    }

    private static byte[] mutate(byte[] xlsx, Random random) {
        switch (random.nextInt(6)) {
            case 0 -> { // flip bytes anywhere in the file
                byte[] out = xlsx.clone();
                for (int k = 0, n = 1 + random.nextInt(16); k < n; k++) {
                    out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return out;
            }
            case 1 -> { // cut the file short
                return java.util.Arrays.copyOf(xlsx, 1 + random.nextInt(xlsx.length - 1));
            }
            default -> { // change the XML of one part
                ZipParts parts = ZipParts.of(xlsx);
                List<String> xml = parts.parts().keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels"))
                        .toList();
                String part = xml.get(random.nextInt(xml.size()));
                String text = new String(parts.parts().get(part), StandardCharsets.UTF_8);
                parts.put(part, mutateXml(text, random));
                return parts.bytes();
            }
        }
    }

    private static final List<String> STRAY = List.of("<", ">", "&", "\"", "</row>", "<row r=\"0\">", "<c r=\"XFE1\">",
            "<v>NaN</v>", "<c t=\"s\"><v>999999</v></c>", "<mergeCell ref=\"A1:XFD1048576\"/>", "\u0000", "\uFFFF",
            "<!DOCTYPE x>", "<c r=\"A1\" t=\"e\"><v>Nguyễn Văn A</v></c>", "_x001B_", "r=\"-5\"");

    private static String mutateXml(String text, Random random) {
        if (text.isEmpty()) {
            return "<";
        }
        int at = random.nextInt(text.length());
        int len = Math.min(text.length() - at, 1 + random.nextInt(200));
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at) + text.substring(at + len);
            case 1 -> text.substring(0, at + len) + text.substring(at, at + len) + text.substring(at + len);
            case 2 -> text.substring(0, at);
            default -> text.substring(0, at) + STRAY.get(random.nextInt(STRAY.size())) + text.substring(at);
        };
    }

}
