package vn.xkmt.web;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the web application ({@code xkmt.web.*}).
 *
 * @param rules                   rules folder (default: XKMT_RULES, ./rules, else the bundled copy)
 * @param maxUploadBytes          largest workbook accepted, as said on the upload page
 * @param uploadsPerHour          uploads one user may make in an hour (0: no limit)
 * @param maxParallelEvaluations  evaluations run at once; more wait their turn (0: one per core)
 * @param rulesPoll               how often the rules folder is looked at for changes made on disk
 *                                (default 5 s; 0 or less: never, only the editor's publish reloads)
 */
@ConfigurationProperties("xkmt.web")
public record WebProperties(Path rules, long maxUploadBytes, int uploadsPerHour, int maxParallelEvaluations,
                            Duration rulesPoll) {

    public WebProperties {
        if (maxUploadBytes <= 0) {
            maxUploadBytes = 20L * 1024 * 1024;
        }
        if (maxParallelEvaluations <= 0) {
            maxParallelEvaluations = Runtime.getRuntime().availableProcessors();
        }
        if (rulesPoll == null) {
            rulesPoll = Duration.ofSeconds(5);
        }
    }

    /** The limit in megabytes, for messages. */
    public long maxUploadMegabytes() {
        return Math.max(1, maxUploadBytes / (1024 * 1024));
    }
}
