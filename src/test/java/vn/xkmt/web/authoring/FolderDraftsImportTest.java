package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Drafts left as files by an earlier version are imported once into the database; the folder is set aside. */
class FolderDraftsImportTest extends EditorContext {

    @Autowired
    DbDraftStore drafts;

    @TempDir
    Path tmp;

    @Test
    void draftFilesAreImportedOnceAndTheFolderIsSetAside() throws Exception {
        Path old = tmp.resolve("rule-drafts");
        Files.createDirectories(old.resolve("editor.old/thanh-hoa/2024.2"));
        Files.writeString(old.resolve("editor.old/thanh-hoa/2024.2/parameters.yaml"), "draft: kept\n");
        Files.writeString(old.resolve("editor.old/thanh-hoa/2024.2/notes.txt"), "not a rule file\n");
        drafts.save("editor.kept", "lao-cai", "2023.1", "parameters.yaml", "in the database already\n");
        Files.createDirectories(old.resolve("editor.kept/lao-cai/2023.1"));
        Files.writeString(old.resolve("editor.kept/lao-cai/2023.1/parameters.yaml"), "older file\n");

        new FolderDraftsImport(drafts, old).run(null);

        assertThat(drafts.files("editor.old", "thanh-hoa", "2024.2")).containsExactly(Map.entry("parameters.yaml", "draft: kept\n"));
        assertThat(drafts.files("editor.kept", "lao-cai", "2023.1")).containsExactly(
                Map.entry("parameters.yaml", "in the database already\n"));
        assertThat(old).doesNotExist();
        assertThat(tmp.resolve("rule-drafts.imported/editor.old/thanh-hoa/2024.2/parameters.yaml")).exists();
        drafts.discard("editor.old", "thanh-hoa", "2024.2");
        drafts.discard("editor.kept", "lao-cai", "2023.1");
    }
}
