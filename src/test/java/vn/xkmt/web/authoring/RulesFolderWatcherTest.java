package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.util.FileSystemUtils;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.evaluation.Outcome;
import vn.xkmt.testing.CommuneBuilder;
import vn.xkmt.testing.PersonBuilder;
import vn.xkmt.testing.RulesCopy;
import vn.xkmt.web.WebProperties;

/** The watcher of the rules folder without the server: debounce, what it leaves alone, its schedule. */
class RulesFolderWatcherTest {

    @TempDir
    Path tmp;

    static WebProperties polling(Duration every) {
        return new WebProperties(null, 0, 0, 1, every);
    }

    static RuleSetRegistry registry(Path root) {
        return new RuleSetRegistry(root, p -> {
            throw new IllegalStateException("no golden workbook expected in this copy");
        });
    }

    static String hash(RuleSetRegistry registry) {
        return registry.current().version("thanh-hoa", "2024.1").orElseThrow().definition().contentHash();
    }

    static Outcome th1WithNineAddicts(RuleSetRegistry registry) {
        CommuneBuilder commune = CommuneBuilder.thanhHoa("TH-W01");
        for (int i = 1; i <= 9; i++) {
            commune.with(PersonBuilder.addict("NN-" + i));
        }
        var rs = registry.current().version("thanh-hoa", "2024.1").orElseThrow().compiled();
        return rs.evaluate(commune.facts()).criterion("TH1").outcome();
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void aChangeIsReloadedOnlyOnceTheFolderLooksTheSameOnTwoPollsInARow() throws IOException {
        RuleSetRegistry registry = registry(RulesCopy.withoutGoldenCases(tmp));
        RulesFolderWatcher watcher = new RulesFolderWatcher(registry, polling(Duration.ofSeconds(5)));
        String before = hash(registry);
        assertThat(th1WithNineAddicts(registry)).isEqualTo(Outcome.PASS);
        Path params = registry.root().resolve("thanh-hoa/2024.1/parameters.yaml");

        replace(params, "    2024-11-01: 10", "    2024-11-01: 100");
        assertThat(watcher.poll()).as("first sight of the change").isEmpty();
        replace(params, "    2024-11-01: 100", "    2024-11-01: 5"); // still being written
        assertThat(watcher.poll()).as("changed again since the last poll").isEmpty();
        assertThat(hash(registry)).isEqualTo(before);
        assertThat(registry.history()).isEmpty();

        var report = watcher.poll();

        assertThat(report).hasValueSatisfying(r -> {
            assertThat(r.activated()).containsExactly("thanh-hoa");
            assertThat(r.unchanged()).contains("lao-cai", "hung-yen", "tra-vinh");
        });
        assertThat(hash(registry)).isNotEqualTo(before);
        assertThat(th1WithNineAddicts(registry)).isEqualTo(Outcome.FAIL);
        assertThat(watcher.poll()).as("the same folder is reloaded once").isEmpty();
        assertThat(registry.history()).hasSize(1);
    }

    @Test
    void aFolderUnchangedSinceStartIsNeverReloaded() {
        RuleSetRegistry registry = registry(RulesCopy.withoutGoldenCases(tmp));
        RulesFolderWatcher watcher = new RulesFolderWatcher(registry, polling(Duration.ofSeconds(5)));

        assertThat(watcher.poll()).isEmpty();
        assertThat(watcher.poll()).isEmpty();
        assertThat(watcher.poll()).isEmpty();

        assertThat(registry.history()).isEmpty();
    }

    @Test
    void aFolderEmptiedOfEveryRuleSetIsNotReloadedAndTheRunningVersionsKeepAnswering() throws IOException {
        RuleSetRegistry registry = registry(RulesCopy.withoutGoldenCases(tmp));
        RulesFolderWatcher watcher = new RulesFolderWatcher(registry, polling(Duration.ofSeconds(5)));
        int loaded = registry.current().all().size();
        try (Stream<Path> s = Files.list(registry.root())) {
            for (Path p : s.toList()) {
                FileSystemUtils.deleteRecursively(p);
            }
        }

        assertThat(watcher.poll()).isEmpty();
        assertThat(watcher.poll()).isEmpty();

        assertThat(registry.history()).isEmpty();
        assertThat(registry.current().all()).hasSize(loaded);
    }

    @Test
    void pollsAreScheduledWithTheConfiguredDelayAndNotAtAllWhenZeroOrNegative() throws IOException {
        RuleSetRegistry empty = registry(Files.createDirectories(tmp.resolve("empty")));

        assertThat(delays(new RulesFolderWatcher(empty, polling(Duration.ofSeconds(7))))).containsExactly(Duration.ofSeconds(7));
        assertThat(delays(new RulesFolderWatcher(empty, polling(null)))).containsExactly(Duration.ofSeconds(5));
        assertThat(delays(new RulesFolderWatcher(empty, polling(Duration.ZERO)))).isEmpty();
        assertThat(delays(new RulesFolderWatcher(empty, polling(Duration.ofSeconds(-1))))).isEmpty();
    }

    static List<Duration> delays(RulesFolderWatcher watcher) {
        ScheduledTaskRegistrar tasks = new ScheduledTaskRegistrar();
        watcher.configureTasks(tasks);
        return tasks.getFixedDelayTaskList().stream().map(t -> t.getIntervalDuration()).toList();
    }
}
