package vn.xkmt.web.authoring;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.xkmt.authoring.PublishLog;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.authoring.RuleWorkspace;
import vn.xkmt.ingest.WorkbookReader;

/**
 * The rule editor's workspace over the server's own {@link RuleSetRegistry}: a publish reloads the
 * registry, so the next upload is evaluated under it. Drafts are kept per editor under
 * {@code xkmt.web.rule-drafts} (default {@code data/rule-drafts}). Scheduling is on for the
 * {@link RulesFolderWatcher}, which reloads changes made on disk.
 */
@Configuration
@EnableScheduling
class AuthoringConfig {

    @Bean
    RuleWorkspace ruleWorkspace(RuleSetRegistry registry, PublishLog log, WorkbookReader reader,
                                @Value("${xkmt.web.rule-drafts:data/rule-drafts}") Path drafts) {
        return new RuleWorkspace(registry, drafts.toAbsolutePath(), log, reader::read);
    }
}
