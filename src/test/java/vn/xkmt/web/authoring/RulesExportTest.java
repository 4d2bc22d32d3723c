package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.xkmt.authoring.RuleWorkspace;
import vn.xkmt.cli.XkmtCommand;
import vn.xkmt.ruleset.RuleSetCatalog;
import vn.xkmt.ruleset.RuleSetFiles;

/**
 * {@code xkmt rules export DIR} writes the versions in force in the web app's database: after a
 * publish, the exported folder holds the published files, with the recorded content hash, and loads.
 */
class RulesExportTest extends EditorContext {

    @Autowired
    RuleWorkspace workspace;
    @Autowired
    vn.xkmt.authoring.RuleSetRegistry registry;

    @TempDir
    Path out;

    @Test
    void theExportHoldsThePublishedVersionWithItsHashAndEveryOtherVersionInForce() throws Exception {
        String file = "parameters.yaml";
        String text = Files.readString(rules().resolve("lao-cai/2023.1/" + file));
        workspace.saveDraft("editor.export", "lao-cai", "2023.1", file, text + "\n# exported\n");
        RuleWorkspace.PublishOutcome published = workspace.publish("editor.export", "lao-cai", "2023.1");
        assertThat(published.published()).as(String.valueOf(published.check())).isTrue();
        try {
            // a file the database does not hold is removed from the exported version; tests/ is kept
            Files.createDirectories(out.resolve("lao-cai/2023.1/tests"));
            Files.writeString(out.resolve("lao-cai/2023.1/stale.drl"), "rule x");
            Files.writeString(out.resolve("lao-cai/2023.1/tests/keep.yaml"), "kept: true\n");
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int code = XkmtCommand.run(new PrintWriter(o), new PrintWriter(e), "rules", "export",
                    "--db-url", "jdbc:h2:mem:xkmt-editor", "--db-user", "sa", "--db-password", "", out.toString());
            assertThat(code).as(e.toString()).isZero();
            assertThat(o.toString()).contains("lao-cai@2023.1#" + published.record().hashAfter(), "publish", "editor.export");
            assertThat(Files.readString(out.resolve("lao-cai/2023.1/" + file))).endsWith("# exported\n");
            assertThat(out.resolve("lao-cai/2023.1/stale.drl")).doesNotExist();
            assertThat(out.resolve("lao-cai/2023.1/tests/keep.yaml")).exists();
            assertThat(RuleSetFiles.hash(RuleSetFiles.read(out.resolve("lao-cai/2023.1"))))
                    .isEqualTo(published.record().hashAfter());
            // the folder is the truth here: every version in force was recorded at start, and is exported
            // (with any version removed from the folder since: a removal is not recorded)
            RuleSetCatalog exported = RuleSetCatalog.load(out);
            assertThat(exported.version("lao-cai", "2023.1")).isPresent();
            assertThat(exported.all()).extracting(r -> r.id() + "@" + r.version() + "#" + r.definition().contentHash())
                    .containsAll(registry.current().all().stream()
                            .map(r -> r.id() + "@" + r.version() + "#" + r.definition().contentHash()).toList());
        } finally {
            workspace.revert("admin", published.record().id());
        }
    }

    @Test
    void aDatabaseThatCannotBeReadIsAClearError() {
        StringWriter e = new StringWriter();
        int code = XkmtCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(e), "rules", "export",
                "--db-url", "jdbc:h2:mem:xkmt-export-empty", "--db-user", "sa", "--db-password", "", out.toString());
        assertThat(code).isEqualTo(1);
        assertThat(e.toString()).contains("không đọc được CSDL / cannot read the database");
    }
}
