package vn.xkmt.web.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting of a province's appraisal council.
 *
 * @param members one per line, by position and unit (as the secretariat enters them)
 * @param version the optimistic lock of the meeting's own fields; every change names the version it saw
 */
public record Meeting(long id, String province, String provinceName, LocalDate date, String place, List<String> members,
               MeetingStatus status, String decisionNo, LocalDate decisionDate, OffsetDateTime frozenAt, String frozenBy,
               OffsetDateTime closedAt, String closedBy, OffsetDateTime createdAt, String createdBy, int version) {

    public Meeting {
        members = List.copyOf(members);
    }

    public boolean draft() {
        return status == MeetingStatus.DRAFT;
    }

    public boolean frozen() {
        return status == MeetingStatus.FROZEN;
    }

    public boolean closed() {
        return status == MeetingStatus.CLOSED;
    }

    String subject() {
        return "meeting:" + id;
    }
}
