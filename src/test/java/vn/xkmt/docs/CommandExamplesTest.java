package vn.xkmt.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.testing.CommandRun;
import vn.xkmt.testing.RulesCopy;

/**
 * Every {@code <!-- example: xkmt ARGS -->} block of the README and docs/*.md is what {@code xkmt ARGS} prints
 * today, run from the repository's folder against its own rules/ and samples/ (so a changed message, rule set
 * or hash cannot leave a stale example behind).
 */
class CommandExamplesTest {

    private static final String DRAFT = "/tmp/nhap";
    private static final Set<String> REPORT_OPTIONS = Set.of("--xlsx", "--html", "--json");

    @TempDir
    static Path scratch;

    @Test
    void everyCommandExampleInTheDocsIsWhatTheCommandPrintsToday() {
        List<String> differences = DocumentedExamples.check("xkmt", CommandExamplesTest::run);

        assertThat(differences).isEmpty();
    }

    @Test
    void theDocsShowTheRuleCommandsAndAnEvaluationByRunningThem() {
        List<String> shown = DocumentedExamples.markdownFiles().stream()
                .flatMap(f -> DocumentedExamples.examples(f, "xkmt").stream())
                .map(DocumentedExamples.Example::args).toList();

        assertThat(shown).anyMatch(a -> a.startsWith("rules check"))
                .anyMatch(a -> a.startsWith("rules test"))
                .anyMatch(a -> a.startsWith("rules impact"))
                .anyMatch(a -> a.startsWith("evaluate"));
    }

    @Test
    void aStaleExampleIsReportedWithItsFileLineAndBothTexts(@TempDir Path tmp) throws Exception {
        Path doc = tmp.resolve("doc.md");
        Files.writeString(doc, String.join("\n", "# Title", "", "<!-- example: xkmt rules check rules -->", "",
                "    $ xkmt rules check rules", "    OK  hung-yen 2024.1 — hash 000000000000", "",
                "<!-- /example -->", ""));

        List<String> differences = DocumentedExamples.check(List.of(doc), "xkmt",
                args -> DocumentedExamples.block("xkmt " + args, "OK  hung-yen 2024.1 — hash 9afe3fec7ee2\n"), false);

        assertThat(differences).containsExactly(doc + ":6 (example «rules check rules»): expected «    OK  hung-yen"
                + " 2024.1 — hash 9afe3fec7ee2», found «    OK  hung-yen 2024.1 — hash 000000000000» — run the tests"
                + " with -Dxkmt.docs.write=true to write the fresh answer");
    }

    /**
     * Runs {@code xkmt ARGS} as the docs show it: {@code /tmp/nhap} is the walk-through's draft (made as its
     * step 1 says), and the report files an example writes go to a folder of the test, printed as given.
     */
    static String run(String args) {
        String[] given = args.split(" +");
        String[] used = given.clone();
        Path reports = scratch.resolve("reports");
        for (int i = 0; i < used.length; i++) {
            if (used[i].equals(DRAFT)) {
                used[i] = draft().toString();
            } else if (i > 0 && REPORT_OPTIONS.contains(given[i - 1])) {
                used[i] = reports.resolve(given[i]).toString();
            }
        }
        CommandRun r = CommandRun.xkmt(used);
        return DocumentedExamples.block("xkmt " + args, r.out().replace(reports + "/", ""));
    }

    /**
     * The walk-through's draft: a copy of rules/ where Thanh Hóa's TH1 threshold gains the dated value
     * {@code 2025-07-01: 5}, as docs/rule-authoring.md tells the officer to add it.
     */
    private static Path draft() {
        Path draft = scratch.resolve("nhap");
        if (Files.isDirectory(draft)) {
            return draft;
        }
        RulesCopy.copy(Path.of("rules"), draft);
        RulesCopy.replace(draft.resolve("thanh-hoa/2024.2/parameters.yaml"), "    2024-11-01: 10\n",
                "    2024-11-01: 10\n    2025-07-01: 5\n");
        return draft;
    }
}
