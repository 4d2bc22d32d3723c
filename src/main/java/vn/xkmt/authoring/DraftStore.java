package vn.xkmt.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where editors' drafts are kept, per editor, rule set version and file (names already checked by
 * {@link RuleWorkspace}). The web app keeps them in its database; {@link #inFolder} keeps them as files.
 */
public interface DraftStore {

    /** The editor's draft files of a version, by name, sorted; empty when there is no draft. */
    Map<String, String> files(String user, String ruleSet, String version);

    void save(String user, String ruleSet, String version, String file, String content);

    void discard(String user, String ruleSet, String version);

    /** Drafts as files under {@code root/<user>/<rule set>/<version>/} (command line, tests). */
    static DraftStore inFolder(Path root) {
        return new DraftStore() {
            private Path folder(String user, String ruleSet, String version) {
                return root.resolve(user).resolve(ruleSet).resolve(version);
            }

            @Override
            public Map<String, String> files(String user, String ruleSet, String version) {
                Map<String, String> out = new LinkedHashMap<>();
                Path folder = folder(user, ruleSet, version);
                if (!Files.isDirectory(folder)) {
                    return out;
                }
                try (Stream<Path> s = Files.list(folder)) {
                    for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                        out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return out;
            }

            @Override
            public void save(String user, String ruleSet, String version, String file, String content) {
                try {
                    Path p = folder(user, ruleSet, version).resolve(file);
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, content, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void discard(String user, String ruleSet, String version) {
                DraftFolder.delete(folder(user, ruleSet, version));
            }
        };
    }
}
