package vn.xkmt.web.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.ruleset.RulesLocation;
import vn.xkmt.web.WebProperties;

/** The rule sets the server answers with, and the workbook reader. */
@Configuration
class RuleSetsConfig {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetsConfig.class);

    @Bean
    WorkbookReader workbookReader() {
        return new WorkbookReader();
    }

    /** Compiles every rule set once at start; a reload (rule editing) swaps them safely. */
    @Bean
    RuleSetRegistry ruleSetRegistry(WebProperties props, WorkbookReader reader) throws IOException {
        Path root = RulesLocation.resolve(props.rules());
        long t0 = System.nanoTime();
        RuleSetRegistry registry = new RuleSetRegistry(root, reader::read);
        LOG.info("Rule sets from {}: {} ({} ms)", root, registry.current().all().stream()
                .map(r -> r.id() + "@" + r.version()).toList(), (System.nanoTime() - t0) / 1_000_000);
        return registry;
    }
}
