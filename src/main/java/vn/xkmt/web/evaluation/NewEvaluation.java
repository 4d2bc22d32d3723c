package vn.xkmt.web.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** What is stored for one upload. */
record NewEvaluation(OffsetDateTime createdAt, String createdBy, String fileName, String sha256, byte[] content,
                     String xkmtVersion, List<String> ruleSets, int eligible, int notEligible, int undetermined,
                     int errors, int warnings, long durationMs, String resultJson, Set<String> provinces,
                     List<UnitRow> units) {}
