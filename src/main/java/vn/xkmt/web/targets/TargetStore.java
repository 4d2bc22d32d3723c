package vn.xkmt.web.targets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Targets in the database (H2 or PostgreSQL, same SQL); updates are optimistic (by version). */
@Repository
class TargetStore {

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The targets of a province and the national ones, by due date. */
    List<Target> of(String province) {
        return jdbc.sql("SELECT * FROM province_target WHERE province = ? OR province = '*' ORDER BY due_date, id")
                .param(province).query(TargetStore::row).list();
    }

    Optional<Target> find(long id) {
        return jdbc.sql("SELECT * FROM province_target WHERE id = ?").param(id).query(TargetStore::row).optional();
    }

    long insert(String province, String provinceName, LocalDate due, String kind, int value, int total, String source,
                String by) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO province_target (province, province_name, due_date, kind, target_value, total_communes, source, "
                        + "created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(province, provinceName, due, kind, value, total, source, by, OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        java.util.Map<String, Object> m = keys.getKeys();
        if (m != null && m.size() > 1) {
            return m.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("id"))
                    .map(e -> ((Number) e.getValue()).longValue()).findFirst().orElseThrow();
        }
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, int version, LocalDate due, String kind, int value, int total, String source) {
        return jdbc.sql("UPDATE province_target SET due_date = ?, kind = ?, target_value = ?, total_communes = ?, source = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ?")
                .params(due, kind, value, total, source, id, version).update() == 1;
    }

    private static Target row(ResultSet rs, int n) throws SQLException {
        return new Target(rs.getLong("id"), rs.getString("province"), rs.getString("province_name"),
                rs.getObject("due_date", LocalDate.class), rs.getString("kind"), rs.getInt("target_value"),
                rs.getInt("total_communes"), rs.getString("source"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
