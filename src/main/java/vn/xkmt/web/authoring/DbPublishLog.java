package vn.xkmt.web.authoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.authoring.PublishLog;
import vn.xkmt.authoring.PublishRecord;
import vn.xkmt.web.evaluation.RuleSnapshots;

/**
 * The publish log in the {@code rule_publish} table; the files before a publish as a JSON object. A
 * publish or revert just put its version in force: that version is kept at once as a rule snapshot,
 * so that the evaluations made under it can be re-run after a later publish, and its files are
 * recorded as a release ({@link RuleReleases}) in the same transaction.
 */
@Repository
class DbPublishLog implements PublishLog {

    private static final TypeReference<LinkedHashMap<String, String>> FILES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RuleSnapshots snapshots;
    private final RuleReleases releases;
    private final RuleReleaseSync sync;
    private final TransactionTemplate tx;

    DbPublishLog(JdbcClient jdbc, JsonMapper json, RuleSnapshots snapshots, RuleReleases releases,
                 RuleReleaseSync sync, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.json = json;
        this.snapshots = snapshots;
        this.releases = releases;
        this.sync = sync;
        this.tx = tx;
    }

    /**
     * One publish at a time on every server of the database: the publish runs in one transaction that
     * holds the {@code app_lock} row {@code rule-publish}; with the rules in the database the folder is
     * first brought up to the newest release. The publish record and the release commit together.
     */
    @Override
    public <T> T serialised(Supplier<T> publish) {
        return tx.execute(status -> {
            sync.lock();
            if (releases.fromDatabase()) {
                sync.catchUp();
            }
            return publish.get();
        });
    }

    @Override
    public void append(PublishRecord r) {
        jdbc.sql("INSERT INTO rule_publish (id, published_by, published_at, rule_set, version, diff, hash_before, "
                        + "hash_after, files_before, revert_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.user(), OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC), r.ruleSet(), r.version(),
                        r.diff(), r.hashBefore(), r.hashAfter(), json.writeValueAsString(new LinkedHashMap<>(r.filesBefore())),
                        r.revertOf())
                .update();
        releases.record(r.ruleSet(), r.version(), r.user(), r.revertOf() == null ? "publish" : "revert", r.id());
        snapshots.keepInForce();
    }

    @Override
    public List<PublishRecord> list() {
        return jdbc.sql("SELECT * FROM rule_publish ORDER BY published_at DESC, id").query(this::row).list();
    }

    @Override
    public Optional<PublishRecord> find(String id) {
        return jdbc.sql("SELECT * FROM rule_publish WHERE id = ?").param(id).query(this::row).optional();
    }

    private PublishRecord row(ResultSet rs, int n) throws SQLException {
        Instant at = rs.getObject("published_at", OffsetDateTime.class).toInstant();
        Map<String, String> files = json.readValue(rs.getString("files_before"), FILES);
        return new PublishRecord(rs.getString("id"), rs.getString("published_by"), at, rs.getString("rule_set"),
                rs.getString("version"), rs.getString("diff"), rs.getString("hash_before"), rs.getString("hash_after"),
                files, rs.getString("revert_of"));
    }
}
