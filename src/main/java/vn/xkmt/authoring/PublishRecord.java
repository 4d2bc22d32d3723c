package vn.xkmt.authoring;

import java.time.Instant;
import java.util.Map;

/**
 * One publish of a rule set version: who, when, the unified diff, the content hash before and after,
 * and the files as they were before (so the publish can be reverted).
 */
public record PublishRecord(String id, String user, Instant at, String ruleSet, String version, String diff,
                            String hashBefore, String hashAfter, Map<String, String> filesBefore,
                            String revertOf) {

    public PublishRecord {
        filesBefore = Map.copyOf(filesBefore);
    }
}
