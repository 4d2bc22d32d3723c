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
            + "evaluation_id, decision_no, is_override, reason, baseline, created_by, created_at";

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
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
