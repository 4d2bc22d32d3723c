package vn.xkmt.web.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xkmt.ruleset.ProvinceNames;

/** Stored evaluations in the database (H2 or PostgreSQL, same SQL). */
@Repository
class EvaluationStore {

    private static final String SUMMARY_COLUMNS = "e.id, e.created_at, e.created_by, e.file_name, e.input_sha256, "
            + "e.input_size, e.xkmt_version, e.rule_sets, e.units, e.eligible, e.not_eligible, e.undetermined, "
            + "e.errors, e.warnings, e.duration_ms";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    EvaluationStore(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Stores an evaluation with its input, provinces and units, all or nothing; returns its id. */
    long insert(NewEvaluation e) {
        return insert(e, null, id -> { });
    }

    /**
     * Stores an evaluation, marks its registrations read, deletes the upload reservation it was counted under
     * (null: none) so that it counts exactly once against the hourly limit, and runs {@code alsoInTransaction}
     * with the new id — all in one transaction: if any part fails, nothing is stored.
     */
    long insert(NewEvaluation e, String reservation, java.util.function.LongConsumer alsoInTransaction) {
        Long id = tx.execute(status -> {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO evaluation (created_at, created_by, file_name, input_sha256, input_size, xkmt_version, "
                            + "rule_sets, units, eligible, not_eligible, undetermined, errors, warnings, duration_ms, result_json) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(e.createdAt(), e.createdBy(), e.fileName(), e.sha256(), (long) e.content().length,
                            e.xkmtVersion(), String.join(" ", e.ruleSets()), e.units().size(), e.eligible(),
                            e.notEligible(), e.undetermined(), e.errors(), e.warnings(), e.durationMs(), e.resultJson())
                    .update(keys, "id");
            long newId = keyOf(keys);
            jdbc.sql("INSERT INTO evaluation_input (evaluation_id, content) VALUES (?, ?)").params(newId, e.content()).update();
            for (String p : e.provinces()) {
                jdbc.sql("INSERT INTO evaluation_province (evaluation_id, province) VALUES (?, ?)").params(newId, p).update();
            }
            int seq = 0;
            for (UnitRow u : e.units()) {
                jdbc.sql("INSERT INTO evaluation_unit (evaluation_id, seq, unit_key, unit_code, unit_name, unit_year, "
                                + "unit_search, province, province_name, rule_set_id, rule_set_version, rule_set_hash, verdict) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(newId, seq++, cut(u.unitKey(), 150), cut(u.unitCode(), 100), cut(u.unitName(), 255),
                                u.year(), cut(search(u.unitCode() + " " + u.unitName()), 400), cut(u.province(), 100),
                                cut(u.provinceName(), 100), u.ruleSetId(), u.ruleSetVersion(), u.ruleSetHash(), u.verdict())
                        .update();
            }
            markRegistrationsRead(newId);
            if (reservation != null) {
                jdbc.sql("DELETE FROM upload_reservation WHERE id = ?").param(reservation).update();
            }
            alsoInTransaction.accept(newId);
            return newId;
        });
        return id;
    }

    void markRegistrationsRead(long evaluationId) {
        jdbc.sql("INSERT INTO registration_read (evaluation_id, read_at) VALUES (?, ?)")
                .params(evaluationId, OffsetDateTime.now(java.time.ZoneOffset.UTC)).update();
    }

    /** Stored evaluations whose registrations were never read into the register, oldest first. */
    List<Long> registrationsUnread() {
        return jdbc.sql("SELECT e.id FROM evaluation e WHERE NOT EXISTS (SELECT 1 FROM registration_read r "
                + "WHERE r.evaluation_id = e.id) ORDER BY e.id").query(Long.class).list();
    }

    private static long keyOf(KeyHolder keys) {
        Map<String, Object> m = keys.getKeys();
        if (m != null && m.size() > 1) {
            for (Map.Entry<String, Object> en : m.entrySet()) {
                if (en.getKey().equalsIgnoreCase("id")) {
                    return ((Number) en.getValue()).longValue();
                }
            }
        }
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<EvaluationSummary> summary(long id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM evaluation e WHERE e.id = ?").param(id)
                .query(this::summaryRow).optional().map(s -> withProvinces(List.of(s)).get(0));
    }

    Optional<String> resultJson(long id) {
        return jdbc.sql("SELECT result_json FROM evaluation WHERE id = ?").param(id).query(String.class).optional();
    }

    Optional<byte[]> input(long id) {
        return jdbc.sql("SELECT content FROM evaluation_input WHERE evaluation_id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The evaluations a filter selects, newest first; {@code scope} null means every province. */
    List<EvaluationSummary> list(Query q) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM evaluation e WHERE 1 = 1");
        Map<String, Object> params = where(q, sql);
        sql.append(" ORDER BY e.id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", q.limit());
        params.put("offset", q.offset());
        return withProvinces(jdbc.sql(sql.toString()).params(params).query(this::summaryRow).list());
    }

    long count(Query q) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM evaluation e WHERE 1 = 1");
        Map<String, Object> params = where(q, sql);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /**
     * @param scope     province keys the user sees (null: all)
     * @param user      the user, who also sees their own uploads that name no province
     * @param province  one province key, or null
     * @param commune   normalised search text, or null
     */
    record Query(List<String> scope, String user, String province, String commune, OffsetDateTime from,
                 OffsetDateTime before, int limit, int offset) {}

    private static Map<String, Object> where(Query q, StringBuilder sql) {
        Map<String, Object> p = new HashMap<>();
        if (q.scope() != null) {
            sql.append(" AND (EXISTS (SELECT 1 FROM evaluation_province p WHERE p.evaluation_id = e.id AND p.province IN (:scope))"
                    + " OR (e.created_by = :me AND NOT EXISTS (SELECT 1 FROM evaluation_province p2 WHERE p2.evaluation_id = e.id)))");
            p.put("scope", q.scope().isEmpty() ? List.of("-") : q.scope());
            p.put("me", q.user());
        }
        if (q.province() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM evaluation_province p3 WHERE p3.evaluation_id = e.id AND p3.province = :province)");
            p.put("province", q.province());
        }
        if (q.commune() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM evaluation_unit u WHERE u.evaluation_id = e.id AND u.unit_search LIKE :commune");
            if (q.scope() != null) {
                sql.append(" AND u.province IN (:scope)");
            }
            sql.append(")");
            p.put("commune", "%" + q.commune().replace("%", "").replace("_", "") + "%");
        }
        if (q.from() != null) {
            sql.append(" AND e.created_at >= :from");
            p.put("from", q.from());
        }
        if (q.before() != null) {
            sql.append(" AND e.created_at < :before");
            p.put("before", q.before());
        }
        return p;
    }

    /** Uploads by one user since a time (the hourly limit). */
    long uploadsSince(String user, OffsetDateTime since) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE created_by = ? AND created_at >= ?").params(user, since)
                .query(Long.class).single();
    }

    /** The latest result of every unit of a province, by unit code. */
    List<UnitRow> latestUnits(String province) {
        return jdbc.sql("SELECT u.*, e.created_at FROM evaluation_unit u JOIN evaluation e ON e.id = u.evaluation_id "
                        + "WHERE u.province = :p AND u.evaluation_id = (SELECT MAX(u2.evaluation_id) FROM evaluation_unit u2 "
                        + "WHERE u2.province = :p AND u2.unit_key = u.unit_key) ORDER BY u.unit_code, u.unit_year, u.seq")
                .param("p", province).query(EvaluationStore::unitRow).list();
    }

    /** Units of one evaluation, in workbook order. */
    List<UnitRow> units(long evaluationId) {
        return jdbc.sql("SELECT u.*, e.created_at FROM evaluation_unit u JOIN evaluation e ON e.id = u.evaluation_id "
                + "WHERE u.evaluation_id = ? ORDER BY u.seq").param(evaluationId).query(EvaluationStore::unitRow).list();
    }

    /** Province keys and the names rows gave them. */
    Map<String, String> provinceNames() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT province, province_name FROM evaluation_unit ORDER BY province").query(rs -> {
            out.putIfAbsent(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    private EvaluationSummary summaryRow(ResultSet rs, int n) throws SQLException {
        String rules = rs.getString("rule_sets");
        return new EvaluationSummary(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"), rs.getString("file_name"), rs.getString("input_sha256").trim(),
                rs.getLong("input_size"), rs.getString("xkmt_version"),
                rules == null || rules.isBlank() ? List.of() : Arrays.asList(rules.trim().split(" ")),
                rs.getInt("units"), rs.getInt("eligible"), rs.getInt("not_eligible"), rs.getInt("undetermined"),
                rs.getInt("errors"), rs.getInt("warnings"), rs.getLong("duration_ms"), List.of());
    }

    private List<EvaluationSummary> withProvinces(List<EvaluationSummary> list) {
        if (list.isEmpty()) {
            return list;
        }
        Map<Long, List<String>> byId = new HashMap<>();
        jdbc.sql("SELECT evaluation_id, province FROM evaluation_province WHERE evaluation_id IN (:ids) ORDER BY province")
                .param("ids", list.stream().map(EvaluationSummary::id).toList())
                .query(rs -> {
                    byId.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return list.stream().map(s -> new EvaluationSummary(s.id(), s.createdAt(), s.createdBy(), s.fileName(), s.sha256(),
                s.size(), s.xkmtVersion(), s.ruleSets(), s.units(), s.eligible(), s.notEligible(), s.undetermined(),
                s.errors(), s.warnings(), s.durationMs(), byId.getOrDefault(s.id(), List.of()))).toList();
    }

    private static UnitRow unitRow(ResultSet rs, int n) throws SQLException {
        int y = rs.getInt("unit_year");
        Integer year = rs.wasNull() ? null : y;
        return new UnitRow(rs.getLong("evaluation_id"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("unit_key"), rs.getString("unit_code"), rs.getString("unit_name"), year, rs.getString("province"), rs.getString("province_name"),
                rs.getString("rule_set_id"), rs.getString("rule_set_version"), rs.getString("rule_set_hash"),
                rs.getString("verdict"));
    }

    static String search(String text) {
        return ProvinceNames.normalise(text);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
