package vn.xkmt.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.PersonBuilder;
import vn.xkmt.testing.RulesCopy;

class RuleSetRegistryTest {

    @TempDir
    Path tmp;

    private Path copyRules() {
        return RulesCopy.withoutGoldenCases(tmp);
    }

    private static Outcome th1WithNineAddicts(RuleSetRegistry registry) {
        var commune = CommuneBuilder.thanhHoa("TH-01");
        for (int i = 1; i <= 9; i++) {
            commune.with(PersonBuilder.addict("NN-" + i));
        }
        var rs = registry.current().versions("thanh-hoa").get(0).compiled();
        return rs.evaluate(commune.facts()).criterion("TH1").outcome();
    }

    @Test
    void givenABrokenDrl_whenReloaded_thenItIsRefusedAndThePreviousVersionKeepsAnswering() throws IOException {
        Path root = copyRules();
        RuleSetRegistry registry = new RuleSetRegistry(root, p -> {
            throw new AssertionError("no golden workbook expected in this copy");
        });
        String oldHash = registry.current().versions("thanh-hoa").get(0).definition().contentHash();
        Path drl = root.resolve("thanh-hoa/2024.1/TH1-nguoi-nghien.drl");
        Files.writeString(drl, Files.readString(drl).replace("insert( findings.everyPerson(\"TH1\", \"ho-so\", $members) );",
                "insert( findings.everyPerson(\"TH1\", \"ho-so\", $members) ) oops;"));

        var report = registry.reload();

        assertThat(report.refused()).containsKey("thanh-hoa");
        assertThat(report.refused().get("thanh-hoa")).anySatisfy(r -> assertThat(r).contains("TH1-nguoi-nghien.drl:"));
        assertThat(report.unchanged()).contains("lao-cai");
        assertThat(registry.current().versions("thanh-hoa").get(0).definition().contentHash()).isEqualTo(oldHash);
        assertThat(th1WithNineAddicts(registry)).isEqualTo(Outcome.PASS);
    }

    @Test
    void givenAThresholdEdit_whenReloaded_thenTheNewVersionIsActive() throws IOException {
        Path root = copyRules();
        RuleSetRegistry registry = new RuleSetRegistry(root, p -> {
            throw new AssertionError("no golden workbook expected in this copy");
        });
        Path params = root.resolve("thanh-hoa/2024.1/parameters.yaml");
        Files.writeString(params, Files.readString(params).replace("    2024-11-01: 10", "    2024-11-01: 5"));

        var report = registry.reload();

        assertThat(report.activated()).containsExactly("thanh-hoa");
        assertThat(report.ok()).isTrue();
        assertThat(th1WithNineAddicts(registry)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void givenASandboxViolation_whenReloaded_thenItIsRefused() throws IOException {
        Path root = copyRules();
        RuleSetRegistry registry = new RuleSetRegistry(root, p -> null);
        Path drl = root.resolve("lao-cai/2023.1/LC6-mo-hinh.drl");
        Files.writeString(drl, Files.readString(drl).replace("then\n", "then\n    System.exit(0);\n"));

        var report = registry.reload();

        assertThat(report.refused().get("lao-cai")).anySatisfy(r -> assertThat(r).contains("LC6-mo-hinh.drl").contains("System"));
        assertThat(registry.current().versions("lao-cai")).hasSize(1);
    }
}
