package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xkmt.authoring.RuleWorkspace;

/**
 * On one server (H2): drafts are rows of {@code rule_draft}, not files; a publish records the
 * version's files in {@code rule_release}; two editors publishing the same version at once: one wins,
 * the other is told who came first and keeps the draft.
 */
class PublishConflictTest extends EditorContext {

    @Autowired
    RuleWorkspace workspace;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoPublishesAtOnceOneWinsTheOtherKeepsItsDraftAndNamesTheFirst() throws Exception {
        String file = "parameters.yaml";
        String text = Files.readString(rules().resolve("lao-cai/2023.1/" + file));
        String hashBefore = workspace.history().stream().filter(r -> r.ruleSet().equals("lao-cai")).findFirst()
                .map(r -> r.hashAfter()).orElse(null);
        workspace.saveDraft("editor.one", "lao-cai", "2023.1", file, text + "\n# one\n");
        workspace.saveDraft("editor.two", "lao-cai", "2023.1", file, text + "\n# two\n");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rule_draft WHERE rule_set = 'lao-cai' AND file_name = ?").param(file)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(ROOT.resolve("drafts")).doesNotExist();
        assertThat(workspace.read("editor.two", "lao-cai", "2023.1", file)).endsWith("# two\n");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<RuleWorkspace.PublishOutcome>> both = List.of(
                () -> workspace.publish("editor.one", "lao-cai", "2023.1"),
                () -> workspace.publish("editor.two", "lao-cai", "2023.1"));
        List<RuleWorkspace.PublishOutcome> outcomes = pool.invokeAll(both).stream().map(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        pool.shutdown();

        assertThat(outcomes).filteredOn(RuleWorkspace.PublishOutcome::published).hasSize(1);
        assertThat(outcomes).filteredOn(RuleWorkspace.PublishOutcome::conflicted).hasSize(1);
        RuleWorkspace.PublishOutcome won = outcomes.stream().filter(RuleWorkspace.PublishOutcome::published).findFirst().orElseThrow();
        RuleWorkspace.PublishOutcome lost = outcomes.stream().filter(RuleWorkspace.PublishOutcome::conflicted).findFirst().orElseThrow();
        assertThat(lost.conflict().id()).isEqualTo(won.record().id());
        assertThat(lost.conflict().user()).isEqualTo(won.record().user());
        String loser = won.record().user().equals("editor.one") ? "editor.two" : "editor.one";
        assertThat(workspace.hasDraft(loser, "lao-cai", "2023.1")).as("the loser's draft is kept").isTrue();
        assertThat(workspace.hasDraft(won.record().user(), "lao-cai", "2023.1")).isFalse();
        String winner = won.record().user().equals("editor.one") ? "# one" : "# two";
        assertThat(Files.readString(rules().resolve("lao-cai/2023.1/" + file))).contains(winner);
        if (hashBefore != null) {
            assertThat(won.record().hashBefore()).isEqualTo(hashBefore);
        }

        // the publish is recorded with every file of the version, as the database's copy of it
        String files = jdbc.sql("SELECT files FROM rule_release WHERE publish_id = ?").param(won.record().id())
                .query(String.class).single();
        assertThat(files).contains("parameters.yaml", "manifest.yaml", winner);
        assertThat(jdbc.sql("SELECT content_hash FROM rule_release WHERE publish_id = ?").param(won.record().id())
                .query(String.class).single()).isEqualTo(won.record().hashAfter());

        workspace.discardDraft(loser, "lao-cai", "2023.1");
        assertThat(workspace.hasDraft(loser, "lao-cai", "2023.1")).isFalse();
        // put the version back for the other tests of this context
        workspace.revert("admin", won.record().id());
        assertThat(Files.readString(rules().resolve("lao-cai/2023.1/" + file))).isEqualTo(text);
    }
}
