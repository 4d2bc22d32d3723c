package vn.xkmt.web.authoring;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xkmt.authoring.DraftStore;

/** Editors' drafts as rows of {@code rule_draft} (Flyway V14): the same draft on every server. */
@Repository
class DbDraftStore implements DraftStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    DbDraftStore(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public Map<String, String> files(String user, String ruleSet, String version) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT file_name, content FROM rule_draft WHERE username = ? AND rule_set = ? AND version = ? "
                        + "ORDER BY file_name")
                .params(user, ruleSet, version)
                .query(rs -> {
                    out.put(rs.getString("file_name"), rs.getString("content"));
                });
        return out;
    }

    /** Replaces the file's draft: delete and insert in one transaction (the same SQL on H2 and PostgreSQL). */
    @Override
    public void save(String user, String ruleSet, String version, String file, String content) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM rule_draft WHERE username = ? AND rule_set = ? AND version = ? AND file_name = ?")
                    .params(user, ruleSet, version, file).update();
            jdbc.sql("INSERT INTO rule_draft (username, rule_set, version, file_name, content, saved_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(user, ruleSet, version, file, content, OffsetDateTime.now(ZoneOffset.UTC)).update();
        });
    }

    @Override
    public void discard(String user, String ruleSet, String version) {
        jdbc.sql("DELETE FROM rule_draft WHERE username = ? AND rule_set = ? AND version = ?")
                .params(user, ruleSet, version).update();
    }
}
