package vn.xkmt.web.register;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One change in the register.
 *
 * @param kind         what happened: REGISTERED, PROPOSED, RECOGNISED, NOT_RECOGNISED, DEFERRED, KEPT, REVOKED
 * @param statusAfter  the commune's status once it took effect
 * @param meetingId    the meeting it comes from, if any
 * @param evaluationId the evaluation the decision was taken on, if any
 * @param override     recognised although its evaluation did not pass (reasons in the meeting's record)
 */
public record RegisterEvent(long id, String province, String unitCode, String unitName, LocalDate date, String kind,
                            RegisterStatus statusAfter, Long meetingId, Long evaluationId, String decisionNo,
                            boolean override, String reason, String baseline, String createdBy,
                            OffsetDateTime createdAt) {}
