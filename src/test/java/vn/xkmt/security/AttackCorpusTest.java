package vn.xkmt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xkmt.commune.LeadOrg;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.evaluation.UnitResult;
import vn.xkmt.ruleset.RuleSetCatalog;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.PersonBuilder;
import vn.xkmt.testing.RulesCopy;

/**
 * Every rule of the hostile corpus ({@code src/test/resources/attacks}, see its README) put in place
 * of Thanh Hóa's TH9: refused at load with the file and line, or stopped by a limit when it runs —
 * and in either case with no side effect: no marker file, no row written through JDBC, no system
 * property, no thread, and this JVM still alive.
 */
class AttackCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/attacks");
    private static final Pattern HEADER = Pattern.compile("^// expect: (refused|limit)\\s*\\n// attack: (.*)\\n// line: (\\d+)");

    @TempDir
    Path tmp;

    record Attack(String file, String expect, String what, int line, String text) {
        @Override
        public String toString() {
            return file + " (" + expect + "): " + what;
        }
    }

    static Stream<Attack> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Path> drl = files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
            assertThat(drl).hasSizeGreaterThanOrEqualTo(40);
            return drl.stream().map(p -> {
                try {
                    String text = Files.readString(p);
                    Matcher m = HEADER.matcher(text);
                    assertThat(m.find()).as(p + " header").isTrue();
                    return new Attack(p.getFileName().toString(), m.group(1), m.group(2), Integer.parseInt(m.group(3)), text);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList().stream();
        }
    }

    /**
     * The corpus gives a declaration's line ({@code import function}, {@code global}, {@code declare})
     * where the forbidden name is written; the refusal names the line that uses it, which may be another.
     */
    private static boolean declaration(Attack a) {
        String line = a.text().split("\n", -1)[a.line() - 1].strip();
        return line.startsWith("import ") || line.startsWith("global ") || line.startsWith("declare ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void givenAHostileRule_thenItIsRefusedWithItsLineOrStoppedByALimit_andNothingHappens(Attack attack) throws Exception {
        Path rules = tmp.resolve("rules");
        Path version = RulesCopy.version("thanh-hoa", "2024.1", rules, false);
        Path marker = tmp.resolve("marker-" + attack.file().substring(0, 2));
        String jdbc = "jdbc:h2:mem:attack" + attack.file().substring(0, 2) + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection db = DriverManager.getConnection(jdbc, "sa", "")) {
            db.createStatement().execute("CREATE TABLE ROLE_MARKER(ID INT)");
            Files.writeString(version.resolve("TH9-mo-hinh.drl"),
                    attack.text().replace("@MARKER@", marker.toString()).replace("@JDBC_URL@", jdbc));

            RuleSetCatalog catalog = RuleSetCatalog.load(rules);
            List<RuleProblem> problems = catalog.problems();
            if (!problems.isEmpty()) {
                assertThat(problems).as("a refusal names the attacking file and a line")
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("rules/thanh-hoa/2024.1/TH9-mo-hinh.drl");
                            assertThat(p.line()).isPositive();
                        });
                assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains(" / "));
                if (attack.expect().equals("refused") && !declaration(attack)) {
                    assertThat(problems).as("the refusal names the line the corpus gives").anySatisfy(p ->
                            assertThat(p.line()).isEqualTo(attack.line()));
                }
            } else {
                assertThat(attack.expect()).as("only a limit case may load").isEqualTo("limit");
                UnitResult r = catalog.version("thanh-hoa", "2024.1").orElseThrow().compiled().evaluate(
                        CommuneBuilder.thanhHoa("TH-ATK").with(PersonBuilder.addict("NN-001"))
                                .model("Mô hình", LeadOrg.COMMUNE_POLICE, true).facts());
                assertThat(r.stoppedBy()).as("stopped by a limit").isNotNull();
                assertThat(r.criteria()).allSatisfy(c -> assertThat(c.outcome().name()).isEqualTo("INSUFFICIENT_DATA"));
            }
            try (Stream<Path> left = Files.list(tmp)) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .noneMatch(n -> n.startsWith(marker.getFileName().toString()));
            }
            try (ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM ROLE_MARKER")) {
                rs.next();
                assertThat(rs.getInt(1)).as("no row written through JDBC").isZero();
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(System.getProperty("xkmt.attack.marker")).isNull();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("xkmt-attack"));
    }
}
