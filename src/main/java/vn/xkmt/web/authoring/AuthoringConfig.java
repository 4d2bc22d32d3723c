package vn.xkmt.web.authoring;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.xkmt.authoring.PublishLog;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.authoring.RuleWorkspace;
import vn.xkmt.authoring.DraftWorker;

/**
 * The rule editor's workspace over the server's own {@link RuleSetRegistry}: a publish reloads the
 * registry, so the next upload is evaluated under it. Drafts are kept per editor in the database
 * ({@link DbDraftStore}). Scheduling is on for the {@link RulesFolderWatcher}, which reloads changes
 * made on disk, and for {@link RuleReleaseSync}, which follows publishes made on other servers.
 */
@Configuration
@EnableScheduling
class AuthoringConfig {

    @Bean
    RuleWorkspace ruleWorkspace(RuleSetRegistry registry, PublishLog log, DraftWorker worker, DbDraftStore drafts) {
        return new RuleWorkspace(registry, drafts, log, worker);
    }

    /** Every check and impact of a draft runs in a worker JVM under these limits (docs/security.md). */
    @Bean
    DraftWorker draftWorker(@Value("${xkmt.web.rule-check.timeout:60s}") Duration timeout,
                            @Value("${xkmt.web.rule-check.heap-mb:512}") int heap,
                            @Value("${xkmt.web.rule-check.parallel:2}") int parallel) {
        return new DraftWorker(new DraftWorker.Limits(timeout, heap, parallel));
    }
}
