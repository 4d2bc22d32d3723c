package vn.xkmt.web.council;

import java.time.OffsetDateTime;

/**
 * One commune of a meeting's pack, as copied when it was added (never changed once the meeting is
 * frozen), and the council's decision on it.
 *
 * @param resultJson the commune's result as stored with its evaluation (persons by id only)
 * @param version    the optimistic lock of the decision
 */
public record MeetingItem(long id, long meetingId, int seq, Purpose purpose, String unitCode, String unitName, String district,
                   long evaluationId, String inputSha256, String ruleSetId, String ruleSetVersion, String ruleSetHash,
                   String verdict, OffsetDateTime evaluatedAt, String resultJson, Decision decision, Integer votesFor,
                   Integer votesAgainst, Integer votesAbstain, String reason, boolean override, String decidedBy,
                   OffsetDateTime decidedAt, int version) {

    public boolean eligible() {
        return "ELIGIBLE".equals(verdict);
    }

    public boolean decided() {
        return decision != null;
    }

    public String ruleSet() {
        return ruleSetId + "@" + ruleSetVersion + "#" + ruleSetHash;
    }
}
