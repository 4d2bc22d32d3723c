package vn.xkmt.web.evaluation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Table {@code rule_snapshot}: the files of a rule set version, once per content hash (Flyway V3). */
@Repository
class RuleSnapshotStore {

    private static final TypeReference<TreeMap<String, String>> FILES = new TypeReference<>() {
    };

    /** A kept rule set version: its id, version and files (path in the version folder → text). */
    record Snapshot(String contentHash, String ruleSet, String version, Map<String, String> files) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RuleSnapshotStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean exists(String contentHash) {
        return jdbc.sql("SELECT COUNT(*) FROM rule_snapshot WHERE content_hash = ?").param(contentHash)
                .query(Long.class).single() > 0;
    }

    /** Keeps a snapshot unless one with its hash is kept already (by this or another server). */
    void insertIfAbsent(Snapshot s) {
        if (exists(s.contentHash())) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO rule_snapshot (content_hash, rule_set, version, files, kept_at) VALUES (?, ?, ?, ?, ?)")
                    .params(s.contentHash(), s.ruleSet(), s.version(), json.writeValueAsString(new TreeMap<>(s.files())),
                            OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            // kept at the same moment by another upload: the same files, nothing to do
        }
    }

    Optional<Snapshot> find(String contentHash) {
        return jdbc.sql("SELECT content_hash, rule_set, version, files FROM rule_snapshot WHERE content_hash = ?")
                .param(contentHash)
                .query((rs, n) -> new Snapshot(rs.getString("content_hash"), rs.getString("rule_set"),
                        rs.getString("version"), json.readValue(rs.getString("files"), FILES)))
                .optional();
    }
}
