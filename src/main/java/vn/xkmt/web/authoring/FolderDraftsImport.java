package vn.xkmt.web.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.xkmt.authoring.DraftStore;

/**
 * Drafts were files under {@code xkmt.web.rule-drafts} (default {@code data/rule-drafts}) before they
 * became rows: at start, a draft found there that the database does not hold is imported, and the
 * folder is renamed {@code rule-drafts.imported}, so that an upgrade loses no editor's draft.
 */
@Component
@Order(3)
class FolderDraftsImport implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FolderDraftsImport.class);
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(drl|yaml|properties)");

    private final DbDraftStore drafts;
    private final Path folder;

    FolderDraftsImport(DbDraftStore drafts, @Value("${xkmt.web.rule-drafts:data/rule-drafts}") Path folder) {
        this.drafts = drafts;
        this.folder = folder.toAbsolutePath();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            DraftStore old = DraftStore.inFolder(folder);
            int n = 0;
            for (Path user : list(folder)) {
                for (Path ruleSet : list(user)) {
                    for (Path version : list(ruleSet)) {
                        String u = name(user);
                        String r = name(ruleSet);
                        String v = name(version);
                        if (!drafts.files(u, r, v).isEmpty()) {
                            continue;
                        }
                        for (Map.Entry<String, String> f : old.files(u, r, v).entrySet()) {
                            if (FILE_NAME.matcher(f.getKey()).matches()) {
                                drafts.save(u, r, v, f.getKey(), f.getValue());
                                n++;
                            }
                        }
                    }
                }
            }
            Path done = folder.resolveSibling(folder.getFileName() + ".imported");
            if (!Files.exists(done)) {
                Files.move(folder, done);
            }
            LOG.info("Rule drafts: {} files imported from {} into the database (folder kept as {})", n, folder, done);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Rule drafts under {} not imported: {}", folder, e.toString());
        }
    }

    private static Iterable<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(p -> SEGMENT.matcher(name(p)).matches() && !name(p).contains(".."))
                    .sorted().toList();
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
