package vn.xkmt.web.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The audit trail of the council, register and targets. Entries are only ever added; callers write
 * them in the same transaction as the change they describe, so a change without its entry cannot be
 * kept. Details name communes by code and persons never.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String province, String subject, String action, String detail, String reason) {
        jdbc.sql("INSERT INTO audit_event (at, actor, province, subject, action, detail, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(ZoneOffset.UTC), actor, province, subject, action, cut(detail, 8000),
                        reason == null ? null : cut(reason, 4000))
                .update();
    }

    /** The entries about one subject, oldest first. */
    public List<AuditEntry> of(String subject) {
        return jdbc.sql("SELECT id, at, actor, province, subject, action, detail, reason FROM audit_event "
                        + "WHERE subject = ? ORDER BY id")
                .param(subject)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
