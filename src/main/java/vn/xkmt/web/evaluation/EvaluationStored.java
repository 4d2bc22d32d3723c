package vn.xkmt.web.evaluation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Published inside the transaction that stores an evaluation (and by the register's backfill for
 * evaluations stored before it read registrations), so that a listener's writes are kept or lost
 * with the evaluation.
 *
 * @param createdBy     who uploaded it
 * @param registrations the registrations its Xa sheet gives
 */
public record EvaluationStored(long evaluationId, String createdBy, OffsetDateTime createdAt, String fileName,
                               List<RegistrationRead> registrations) {}
