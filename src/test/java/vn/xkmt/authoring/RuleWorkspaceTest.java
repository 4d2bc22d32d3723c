package vn.xkmt.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.AntiDrugModel;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Person;
import vn.xkmt.commune.Village;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.evaluation.UnitFacts;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.PersonBuilder;
import vn.xkmt.testing.RulesCopy;

class RuleWorkspaceTest {

    @TempDir
    Path tmp;

    RuleSetRegistry registry;
    RuleWorkspace workspace;
    Path rules;

    @BeforeEach
    void setUp() throws IOException {
        rules = RulesCopy.withoutGoldenCases(tmp.resolve("rules"));
        registry = new RuleSetRegistry(rules, p -> {
            throw new AssertionError("no golden workbook in this copy");
        });
        workspace = new RuleWorkspace(registry, tmp.resolve("drafts"), PublishLog.inMemory(),
                new DraftWorker(DraftWorker.Limits.DEFAULTS));
    }

    private static Dataset nineAddicts() {
        CommuneBuilder c = CommuneBuilder.thanhHoa("TH-09");
        for (int i = 1; i <= 9; i++) {
            c.with(PersonBuilder.addict(String.format("NN-%03d", i)));
        }
        UnitFacts f = c.facts();
        List<Person> persons = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        List<AntiDrugModel> models = new ArrayList<>();
        f.members().forEach(m -> {
            if (m instanceof Person p) {
                persons.add(p);
            } else if (m instanceof Village v) {
                villages.add(v);
            } else {
                models.add((AntiDrugModel) m);
            }
        });
        return new Dataset("xa-mau.xlsx", "0".repeat(64), List.of((Commune) f.subject()), persons, villages, models,
                List.of(), Set.of("Xa", "Nguoi", "Thon", "MoHinh"), List.of());
    }

    private Outcome th1Now() {
        var rs = registry.current().version("thanh-hoa", "2024.1").orElseThrow().compiled();
        Dataset d = nineAddicts();
        var unit = new UnitFacts(d.communes().get(0), d.membersOf("TH-09"), Set.of("Nguoi", "Thon", "MoHinh"));
        return rs.evaluate(unit).criterion("TH1").outcome();
    }

    private void editThresholdToFive() {
        String params = workspace.read("editor", "thanh-hoa", "2024.1", "parameters.yaml");
        workspace.saveDraft("editor", "thanh-hoa", "2024.1", "parameters.yaml",
                params.replace("    2024-11-01: 10", "    2024-11-01: 5"));
    }

    @Test
    void givenADraft_thenOnlyItsEditorSeesItAndNothingIsPublished() throws IOException {
        editThresholdToFive();
        assertThat(workspace.read("editor", "thanh-hoa", "2024.1", "parameters.yaml")).contains("2024-11-01: 5");
        assertThat(workspace.read("other", "thanh-hoa", "2024.1", "parameters.yaml")).contains("2024-11-01: 10");
        assertThat(Files.readString(rules.resolve("thanh-hoa/2024.1/parameters.yaml"))).contains("2024-11-01: 10");
        assertThat(th1Now()).isEqualTo(Outcome.PASS);
    }

    @Test
    void givenTheThresholdLoweredToFive_thenImpactListsTheCommuneThatFlips() throws Exception {
        editThresholdToFive();
        Path workbook = CaseFile.read(Path.of("rules/thanh-hoa/2024.1/tests/th-01-so-nguoi-nghien.yaml"))
                .writeWorkbook(tmp.resolve("th-01-so-nguoi-nghien.xlsx"));
        var report = workspace.impact("editor", "thanh-hoa", "2024.1", List.of(workbook),
                Set.of(vn.xkmt.ruleset.ProvinceNames.province("Thanh Hóa")));
        assertThat(report.problems()).isEmpty();
        var changes = report.changes();
        assertThat(changes).extracting(Impact.Change::what).containsOnly("verdict", "TH1");
        var th1 = changes.stream().filter(c -> c.what().equals("TH1")
                && c.explanationBefore().contains("9 người nghiện ngoài cộng đồng, dưới mức 10 người")).findFirst().orElseThrow();
        assertThat(th1.before()).isEqualTo("PASS");
        assertThat(th1.after()).isEqualTo("FAIL");
        assertThat(th1.explanationAfter()).contains("9 người nghiện ngoài cộng đồng, phải dưới 5 người");
    }

    @Test
    void givenAPassingDraft_whenPublished_thenItIsRecordedActiveAndCanBeReverted() {
        editThresholdToFive();
        assertThat(workspace.check("editor", "thanh-hoa", "2024.1").ok()).isTrue();

        var outcome = workspace.publish("editor", "thanh-hoa", "2024.1");

        assertThat(outcome.published()).isTrue();
        PublishRecord rec = outcome.record();
        assertThat(rec.user()).isEqualTo("editor");
        assertThat(rec.diff()).contains("--- a/parameters.yaml").contains("-    2024-11-01: 10").contains("+    2024-11-01: 5");
        assertThat(rec.hashAfter()).isNotEqualTo(rec.hashBefore()).hasSize(64);
        assertThat(th1Now()).isEqualTo(Outcome.FAIL);
        assertThat(workspace.hasDraft("editor", "thanh-hoa", "2024.1")).isFalse();

        var revert = workspace.revert("admin", rec.id());

        assertThat(revert.published()).isTrue();
        assertThat(revert.record().revertOf()).isEqualTo(rec.id());
        assertThat(revert.record().hashAfter()).isEqualTo(rec.hashBefore());
        assertThat(th1Now()).isEqualTo(Outcome.PASS);
        assertThat(workspace.history()).hasSize(2);
    }

    @Test
    void givenABrokenDraft_whenPublished_thenItIsRefusedWithTheLineAndNothingChanges() throws IOException {
        String drl = workspace.read("editor", "thanh-hoa", "2024.1", "TH9-mo-hinh.drl");
        workspace.saveDraft("editor", "thanh-hoa", "2024.1", "TH9-mo-hinh.drl", drl.replace("AntiDrugModel()", "AntiDrugModel(("));
        String before = Files.readString(rules.resolve("thanh-hoa/2024.1/TH9-mo-hinh.drl"));

        var outcome = workspace.publish("editor", "thanh-hoa", "2024.1");

        assertThat(outcome.published()).isFalse();
        assertThat(outcome.check().problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("rules/thanh-hoa/2024.1/TH9-mo-hinh.drl");
            assertThat(p.line()).isPositive();
        });
        assertThat(Files.readString(rules.resolve("thanh-hoa/2024.1/TH9-mo-hinh.drl"))).isEqualTo(before);
        assertThat(workspace.history()).isEmpty();
    }

    @Test
    void givenAPathOutsideTheRuleSet_thenItIsRejected() {
        assertThatThrownBy(() -> workspace.read("editor", "thanh-hoa", "2024.1", "../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid file name");
        assertThatThrownBy(() -> workspace.saveDraft("../x", "thanh-hoa", "2024.1", "a.drl", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workspace.files("thanh-hoa", ".."))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
