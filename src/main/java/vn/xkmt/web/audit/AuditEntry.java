package vn.xkmt.web.audit;

import java.time.OffsetDateTime;

/**
 * One action in the audit trail: who, when, on what, which action, what changed, and the reason when
 * one was required (an amendment of a closed meeting).
 *
 * @param subject {@code meeting:12}, {@code commune:thanhhoa/TH-HQU}, {@code target:3}
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String province, String subject, String action,
                         String detail, String reason) {}
