package vn.xkmt.web.register;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One change in the register.
 *
 * @param kind         what happened: REGISTERED, REGISTRATION_CORRECTED, PROPOSED, RECOGNISED, NOT_RECOGNISED,
 *                     DEFERRED, KEPT, REVOKED
 * @param statusAfter  the commune's status once it took effect
 * @param meetingId    the meeting it comes from, if any
 * @param evaluationId the evaluation the decision was taken on, or (a registration from the data) the one it was read from
 * @param override     recognised although its evaluation did not pass (reasons in the meeting's record)
 * @param source       of a registration: HAND, DATA or CORRECTION (an admin's); null for a meeting's events
 * @param sourceCells  of a registration from the data: its cells, {@code Xa!F3 Xa!I3 Xa!J3}
 * @param correctsId   the registration event this one corrects (that one stays in the history)
 */
public record RegisterEvent(long id, String province, String unitCode, String unitName, LocalDate date, String kind,
                            RegisterStatus statusAfter, Long meetingId, Long evaluationId, String decisionNo,
                            boolean override, String reason, String baseline, String createdBy,
                            OffsetDateTime createdAt, String source, Integer baselineAddicts, Integer baselineUsers,
                            String sourceCells, String sourceFile, Long correctsId) {

    static final String REGISTERED = "REGISTERED";
    static final String CORRECTED = "REGISTRATION_CORRECTED";
    private static final Set<String> REGISTRATIONS = Set.of(REGISTERED, CORRECTED);

    /** A registration (or a correction of one), rather than a meeting's event. */
    public boolean registration() {
        return REGISTRATIONS.contains(kind);
    }

    public boolean fromData() {
        return "DATA".equals(source);
    }
}
