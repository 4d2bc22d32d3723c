package vn.xkmt.web.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.xkmt.web.communeresult.EvaluatedUnit;

/**
 * Meetings, their pack items, decisions and overrides in the database (H2 or PostgreSQL, same SQL).
 * Every update of a meeting or a decision names the version it was based on and changes nothing when
 * that version is no longer current (optimistic locking); the caller turns that into a conflict.
 */
@Repository
class MeetingStore {

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String province, String provinceName, LocalDate date, String place, List<String> members, String by) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO council_meeting (province, province_name, meeting_date, place, members, status, created_at, "
                        + "created_by, version) VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?, 0)")
                .params(province, provinceName, date, place, String.join("\n", members), now(), by)
                .update(keys, "id");
        return keyOf(keys);
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql("SELECT * FROM council_meeting WHERE id = ?").param(id).query(MeetingStore::meeting).optional();
    }

    /** The meeting, its row locked until the transaction ends (decisions and closing go one at a time). */
    Optional<Meeting> lock(long id) {
        return jdbc.sql("SELECT * FROM council_meeting WHERE id = ? FOR UPDATE").param(id).query(MeetingStore::meeting)
                .optional();
    }

    List<Meeting> ofProvince(String province) {
        return jdbc.sql("SELECT * FROM council_meeting WHERE province = ? ORDER BY meeting_date DESC, id DESC")
                .param(province).query(MeetingStore::meeting).list();
    }

    /** Bumps the version if it is still {@code version}; false when someone changed the meeting since. */
    boolean touch(long id, int version) {
        return jdbc.sql("UPDATE council_meeting SET version = version + 1 WHERE id = ? AND version = ?")
                .params(id, version).update() == 1;
    }

    boolean freeze(long id, int version, String by) {
        return jdbc.sql("UPDATE council_meeting SET status = 'FROZEN', frozen_at = ?, frozen_by = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ? AND status = 'DRAFT'")
                .params(now(), by, id, version).update() == 1;
    }

    boolean close(long id, int version, String decisionNo, LocalDate decisionDate, String by) {
        return jdbc.sql("UPDATE council_meeting SET status = 'CLOSED', decision_no = ?, decision_date = ?, closed_at = ?, "
                        + "closed_by = ?, version = version + 1 WHERE id = ? AND version = ? AND status = 'FROZEN'")
                .params(decisionNo, decisionDate, now(), by, id, version).update() == 1;
    }

    boolean amendDecisionNumber(long id, int version, String decisionNo, LocalDate decisionDate) {
        return jdbc.sql("UPDATE council_meeting SET decision_no = ?, decision_date = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ? AND status = 'CLOSED'")
                .params(decisionNo, decisionDate, id, version).update() == 1;
    }

    void insertItem(long meetingId, int seq, Purpose purpose, EvaluatedUnit u, String district, String resultJson) {
        jdbc.sql("INSERT INTO meeting_item (meeting_id, seq, purpose, unit_code, unit_name, district, evaluation_id, "
                        + "input_sha256, rule_set_id, rule_set_version, rule_set_hash, verdict, evaluated_at, result_json, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(meetingId, seq, purpose.name(), u.unitCode(), u.unitName(), district, u.evaluationId(),
                        u.inputSha256(), u.ruleSetId(), u.ruleSetVersion(), u.ruleSetHash(), u.verdict(), u.evaluatedAt(),
                        resultJson)
                .update();
    }

    int deleteItem(long meetingId, long itemId) {
        jdbc.sql("DELETE FROM decision_override WHERE item_id = ?").param(itemId).update();
        return jdbc.sql("DELETE FROM meeting_item WHERE id = ? AND meeting_id = ?").params(itemId, meetingId).update();
    }

    List<MeetingItem> items(long meetingId) {
        return jdbc.sql("SELECT * FROM meeting_item WHERE meeting_id = ? ORDER BY seq, id").param(meetingId)
                .query(MeetingStore::item).list();
    }

    Optional<MeetingItem> item(long meetingId, long itemId) {
        return jdbc.sql("SELECT * FROM meeting_item WHERE meeting_id = ? AND id = ?").params(meetingId, itemId)
                .query(MeetingStore::item).optional();
    }

    int nextSeq(long meetingId) {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM meeting_item WHERE meeting_id = ?").param(meetingId)
                .query(Integer.class).single();
    }

    /** Writes a decision if the item's version is still {@code input.version()}. */
    boolean decide(long itemId, DecisionInput in, boolean override, String by) {
        return jdbc.sql("UPDATE meeting_item SET decision = ?, votes_for = ?, votes_against = ?, votes_abstain = ?, "
                        + "reason = ?, is_override = ?, decided_by = ?, decided_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?")
                .params(in.decision().name(), in.votesFor(), in.votesAgainst(), in.votesAbstain(), in.reason(), override,
                        by, now(), itemId, in.version())
                .update() == 1;
    }

    void replaceOverrides(long itemId, List<CriterionOverride> overrides) {
        jdbc.sql("DELETE FROM decision_override WHERE item_id = ?").param(itemId).update();
        for (CriterionOverride o : overrides) {
            jdbc.sql("INSERT INTO decision_override (item_id, criterion_id, outcome, reason, evidence, given_by, given_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(itemId, o.criterionId(), o.outcome(), o.reason(), o.evidence(), o.givenBy(), o.givenAt())
                    .update();
        }
    }

    List<CriterionOverride> overrides(long meetingId) {
        return jdbc.sql("SELECT o.* FROM decision_override o JOIN meeting_item i ON i.id = o.item_id WHERE i.meeting_id = ? "
                        + "ORDER BY o.item_id, o.criterion_id")
                .param(meetingId)
                .query((rs, n) -> new CriterionOverride(rs.getLong("item_id"), rs.getString("criterion_id"),
                        rs.getString("outcome"), rs.getString("reason"), rs.getString("evidence"), rs.getString("given_by"),
                        rs.getObject("given_at", OffsetDateTime.class)))
                .list();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
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

    private static Meeting meeting(ResultSet rs, int n) throws SQLException {
        String members = rs.getString("members");
        return new Meeting(rs.getLong("id"), rs.getString("province"), rs.getString("province_name"),
                rs.getObject("meeting_date", LocalDate.class), rs.getString("place"),
                members == null || members.isBlank() ? List.of() : Arrays.asList(members.split("\n")),
                MeetingStatus.valueOf(rs.getString("status")), rs.getString("decision_no"),
                rs.getObject("decision_date", LocalDate.class), rs.getObject("frozen_at", OffsetDateTime.class),
                rs.getString("frozen_by"), rs.getObject("closed_at", OffsetDateTime.class), rs.getString("closed_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"), rs.getInt("version"));
    }

    private static MeetingItem item(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        return new MeetingItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("seq"),
                Purpose.valueOf(rs.getString("purpose")), rs.getString("unit_code"), rs.getString("unit_name"),
                rs.getString("district"), rs.getLong("evaluation_id"), rs.getString("input_sha256").trim(),
                rs.getString("rule_set_id"), rs.getString("rule_set_version"), rs.getString("rule_set_hash"),
                rs.getString("verdict"), rs.getObject("evaluated_at", OffsetDateTime.class), rs.getString("result_json"),
                decision == null ? null : Decision.valueOf(decision), integer(rs, "votes_for"), integer(rs, "votes_against"),
                integer(rs, "votes_abstain"), rs.getString("reason"), rs.getBoolean("is_override"),
                rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class), rs.getInt("version"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
