package vn.xkmt.web.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Register events and commune links in the database (H2 or PostgreSQL, same SQL). */
@Repository
class RegisterStore {

    private static final String COLUMNS = "id, province, unit_code, unit_name, event_date, kind, status_after, meeting_id, "
            + "evaluation_id, decision_no, is_override, reason, baseline, created_by, created_at, source, baseline_addicts, "
            + "baseline_users, source_cells, source_file, corrects_id";

    private final JdbcClient jdbc;

    RegisterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String province, NewRegisterEvent e, Long meetingId, String baseline, String by) {
        jdbc.sql("INSERT INTO register_event (province, unit_code, unit_name, event_date, kind, status_after, meeting_id, "
                        + "evaluation_id, decision_no, is_override, reason, baseline, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(province, e.unitCode(), e.unitName(), e.date(), e.kind(), e.statusAfter().name(), meetingId,
                        e.evaluationId(), e.decisionNo(), e.override(), e.reason(), baseline, by,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** Takes the registrations' lock until the transaction ends (registrations are written one at a time). */
    void lockRegistrations() {
        jdbc.sql("SELECT id FROM register_lock WHERE id = 1 FOR UPDATE").query(Long.class).list();
    }

    /** A registration or a correction of one; returns its id. */
    long insertRegistration(String province, String code, String name, LocalDate date, String kind, String source,
                            Integer addicts, Integer users, String baseline, Long evaluationId, String cells, String file,
                            Long correctsId, String reason, String by) {
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO register_event (province, unit_code, unit_name, event_date, kind, status_after, evaluation_id, "
                        + "is_override, reason, baseline, created_by, created_at, source, baseline_addicts, baseline_users, "
                        + "source_cells, source_file, corrects_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(province, code, name, date, kind, RegisterStatus.REGISTERED.name(), evaluationId, false, reason,
                        baseline, by, OffsetDateTime.now(ZoneOffset.UTC), source, addicts, users, cells,
                        file == null || file.length() <= 255 ? file : file.substring(0, 255), correctsId)
                .update(keys, "id");
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

    /** What an evaluation's Xa row said about a registration, and what the register did with it. */
    void insertReading(long evaluationId, String file, vn.xkmt.web.evaluation.RegistrationRead r, String outcome) {
        jdbc.sql("INSERT INTO registration_reading (evaluation_id, province, unit_code, unit_name, registration_date, "
                        + "baseline_addicts, baseline_users, request_date, cells, file_name, outcome, read_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(evaluationId, r.province(), r.unitCode(), r.unitName(), r.date(), r.addicts(), r.users(),
                        r.requestDate(), r.cells(), file == null || file.length() <= 255 ? file : file.substring(0, 255),
                        outcome, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** The latest reading of each of these communes (the newest evaluation's), by code. */
    Map<String, Reading> latestReadings(String province, Collection<String> codes) {
        Map<String, Reading> out = new LinkedHashMap<>();
        jdbc.sql("SELECT evaluation_id, unit_code, registration_date, baseline_addicts, baseline_users, request_date, cells, "
                        + "file_name, outcome FROM registration_reading WHERE province = :p AND unit_code IN (:codes) "
                        + "ORDER BY evaluation_id, id")
                .param("p", province).param("codes", List.copyOf(codes))
                .query(rs -> {
                    out.put(rs.getString("unit_code"), readingRow(rs));
                });
        return out;
    }

    /** The latest reading of every commune of a province, by code. */
    Map<String, Reading> latestReadings(String province) {
        Map<String, Reading> out = new LinkedHashMap<>();
        jdbc.sql("SELECT evaluation_id, unit_code, registration_date, baseline_addicts, baseline_users, request_date, cells, "
                        + "file_name, outcome FROM registration_reading WHERE province = ? ORDER BY evaluation_id, id")
                .param(province).query(rs -> {
                    out.put(rs.getString("unit_code"), readingRow(rs));
                });
        return out;
    }

    private static Reading readingRow(ResultSet rs) throws SQLException {
        return new Reading(rs.getLong("evaluation_id"), rs.getString("unit_code"),
                rs.getObject("registration_date", LocalDate.class), nullableInt(rs, "baseline_addicts"),
                nullableInt(rs, "baseline_users"), rs.getObject("request_date", LocalDate.class), rs.getString("cells"),
                rs.getString("file_name"), rs.getString("outcome"));
    }

    /** Removes a link; whether there was one. */
    boolean unlink(String province, String code, String predecessor) {
        return jdbc.sql("DELETE FROM commune_link WHERE province = ? AND unit_code = ? AND predecessor_code = ?")
                .params(province, code, predecessor).update() == 1;
    }

    int deleteOfMeeting(long meetingId) {
        return jdbc.sql("DELETE FROM register_event WHERE meeting_id = ?").param(meetingId).update();
    }

    /** Every event of a province, in date order (then as recorded). */
    List<RegisterEvent> ofProvince(String province) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM register_event WHERE province = ? ORDER BY event_date, id")
                .param(province).query(RegisterStore::row).list();
    }

    /** Every event of every province (the national target), in date order. */
    List<RegisterEvent> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM register_event ORDER BY event_date, id").query(RegisterStore::row).list();
    }

    List<RegisterEvent> of(String province, Collection<String> codes) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM register_event WHERE province = :p AND unit_code IN (:codes) "
                        + "ORDER BY event_date, id")
                .param("p", province).param("codes", List.copyOf(codes)).query(RegisterStore::row).list();
    }

    /** predecessor code → successor code, for a province. */
    Map<String, String> links(String province) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT predecessor_code, unit_code FROM commune_link WHERE province = ? ORDER BY predecessor_code")
                .param(province).query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    /** Every link of every province, as {@code province/predecessor} → {@code province/successor}. */
    Map<String, String> allLinks() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT province, predecessor_code, unit_code FROM commune_link").query(rs -> {
            out.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(1) + "/" + rs.getString(3));
        });
        return out;
    }

    void link(String province, String code, String predecessor, String by) {
        jdbc.sql("INSERT INTO commune_link (province, unit_code, predecessor_code, linked_by, linked_at) VALUES (?, ?, ?, ?, ?)")
                .params(province, code, predecessor, by, OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    /** The codes whose chain of successors starts at {@code code}: its predecessors, theirs, … */
    static List<String> predecessors(String code, Map<String, String> links) {
        List<String> out = new ArrayList<>();
        List<String> todo = new ArrayList<>(List.of(code));
        while (!todo.isEmpty()) {
            String c = todo.remove(0);
            for (Map.Entry<String, String> l : links.entrySet()) {
                if (l.getValue().equals(c) && !out.contains(l.getKey()) && !l.getKey().equals(code)) {
                    out.add(l.getKey());
                    todo.add(l.getKey());
                }
            }
        }
        return out;
    }

    private static RegisterEvent row(ResultSet rs, int n) throws SQLException {
        long meeting = rs.getLong("meeting_id");
        Long meetingId = rs.wasNull() ? null : meeting;
        long evaluation = rs.getLong("evaluation_id");
        Long evaluationId = rs.wasNull() ? null : evaluation;
        return new RegisterEvent(rs.getLong("id"), rs.getString("province"), rs.getString("unit_code"),
                rs.getString("unit_name"), rs.getObject("event_date", LocalDate.class), rs.getString("kind"),
                RegisterStatus.valueOf(rs.getString("status_after")), meetingId, evaluationId, rs.getString("decision_no"),
                rs.getBoolean("is_override"), rs.getString("reason"), rs.getString("baseline"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("source"), nullableInt(rs, "baseline_addicts"),
                nullableInt(rs, "baseline_users"), rs.getString("source_cells"), rs.getString("source_file"),
                nullableLong(rs, "corrects_id"));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
