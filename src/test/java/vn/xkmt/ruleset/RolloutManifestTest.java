package vn.xkmt.ruleset;

import vn.xkmt.text.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.Commune;
import vn.xkmt.evaluation.Rollout;
import vn.xkmt.evaluation.RuleProblem;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.evaluation.RuleSetException;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.TestRuleSets;

class RolloutManifestTest {

    @Test
    void laoCaiPlanIsReadFromItsManifest() {
        Rollout r = TestRuleSets.ruleSet("lao-cai").definition().rollout();
        assertThat(r).isNotNull();
        assertThat(r.borderPhase()).isEqualTo(1);
        assertThat(r.defaultPhase()).isNull();
        assertThat(r.phases()).extracting(Rollout.Phase::number).containsExactly(1, 2, 3);
        assertThat(r.phases()).extracting(Rollout.Phase::target).containsExactly(26, 18, null);
        Rollout.Phase one = r.phase(1).orElseThrow();
        assertThat(one.from()).isEqualTo(LocalDate.of(2023, 11, 15));
        assertThat(one.to()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(one.population(Lang.VI)).isEqualTo("xã biên giới");
        assertThat(one.population(Lang.EN)).isEqualTo("border communes");
        assertThat(r.phase(2).orElseThrow().description(Lang.VI)).contains("8 xã trọng điểm nội địa");
        assertThat(r.phase(3).orElseThrow().to()).isNull();
        assertThat(r.achieved(Lang.VI)).isEqualTo("đủ điều kiện");
    }

    @Test
    void ruleSetsWithoutPlanHaveNone() {
        assertThat(TestRuleSets.ruleSet("thanh-hoa").definition().rollout()).isNull();
    }

    @Test
    void phaseFromGiaiDoanThenBorder() {
        Rollout r = TestRuleSets.ruleSet("lao-cai").definition().rollout();
        assertThat(r.phaseOf(commune(CommuneBuilder.laoCai("A").set("rollout_phase", 2).set("border", true)))).isEqualTo(2);
        assertThat(r.phaseOf(commune(CommuneBuilder.laoCai("B").set("border", true)))).isEqualTo(1);
        assertThat(r.phaseOf(commune(CommuneBuilder.laoCai("C").set("border", false)))).isNull();
        assertThat(r.phaseOf(commune(CommuneBuilder.laoCai("D").blank("border")))).isNull();
        Rollout withDefault = new Rollout(1, 3, java.util.Map.of(), r.phases());
        assertThat(withDefault.phaseOf(commune(CommuneBuilder.laoCai("E").set("border", false)))).isEqualTo(3);
    }

    @Test
    void badPlanIsRefusedWithItsProblems(@TempDir Path root) throws IOException {
        Path folder = copy(Path.of("rules/lao-cai/2023.1"), root.resolve("lao-cai/2023.1"));
        Path manifest = folder.resolve("manifest.yaml");
        String yaml = Files.readString(manifest, StandardCharsets.UTF_8)
                .replace("    - phase: 2\n", "    - phase: 1\n")
                .replace("target: 18", "target: -18")
                .replace("from: 2025-01-01", "from: 01/01/2025")
                .replace("borderPhase: 1", "borderPhase: 7");
        Files.writeString(manifest, yaml, StandardCharsets.UTF_8);
        RuleSetException e = org.junit.jupiter.api.Assertions.assertThrows(RuleSetException.class,
                () -> new RuleSetLoader().load(folder, "rules/lao-cai/2023.1"));
        assertThat(e.problems()).extracting(RuleProblem::toString).anySatisfy(p -> assertThat(p).contains("duplicate phase"))
                .anySatisfy(p -> assertThat(p).contains("must not be negative"))
                .anySatisfy(p -> assertThat(p).contains("rollout.phases[3].from"))
                .anySatisfy(p -> assertThat(p).contains("phase 7 is not listed"));
    }

    @Test
    void aPhaseListingItsCommunesHoldsThoseOnlyAndTheOthersAreOutside() {
        var def = vn.xkmt.testing.TestRuleSets.ruleSet("hung-yen").definition();
        vn.xkmt.evaluation.Rollout plan = def.rollout();

        assertThat(plan.phaseOf(commune(CommuneBuilder.hungYen("HY-1").set("commune_name", "Đại Tập")))).isEqualTo(1);
        assertThat(plan.phaseOf(commune(CommuneBuilder.hungYen("HY-2").set("commune_name", "xã ông đình")))).isEqualTo(1);
        // a Giai đoạn cell naming the pilot phase does not make a commune a pilot commune
        assertThat(plan.phaseOf(commune(CommuneBuilder.hungYen("HY-3").set("commune_name", "Tân Dân").set("rollout_phase", 1))))
                .isNull();
        assertThat(plan.outside(Lang.EN)).isEqualTo("Not a pilot commune");
    }

    @Test
    void aCommuneListThatDoesNotMatchItsTargetIsRefused(@TempDir Path root) throws IOException {
        Path folder = copy(Path.of("rules/hung-yen/2024.2"), root.resolve("hung-yen/2024.2"));
        Path manifest = folder.resolve("manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest, StandardCharsets.UTF_8)
                .replace("communes: [Bình Kiều, Nhuế Dương, Đông Ninh, Đại Tập, Ông Đình]", "communes: [Bình Kiều, Nhuế Dương]"),
                StandardCharsets.UTF_8);
        RuleSetException e = org.junit.jupiter.api.Assertions.assertThrows(RuleSetException.class,
                () -> new RuleSetLoader().load(folder, "rules/hung-yen/2024.2"));
        assertThat(e.problems()).extracting(RuleProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("rollout.phases[1].communes: 2 xã nhưng chỉ tiêu 5"));
    }

    @Test
    void aManifestWithoutPlanStillLoads(@TempDir Path root) throws IOException {
        Path folder = copy(Path.of("rules/lao-cai/2023.1"), root.resolve("lao-cai/2023.1"));
        Path manifest = folder.resolve("manifest.yaml");
        String yaml = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, yaml.substring(0, yaml.indexOf("rollout:")), StandardCharsets.UTF_8);
        RuleSetDefinition def = new RuleSetLoader().load(folder, "rules/lao-cai/2023.1");
        assertThat(def.rollout()).isNull();
    }

    private static Commune commune(CommuneBuilder b) {
        return (Commune) b.facts().subject();
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
        return to;
    }
}
