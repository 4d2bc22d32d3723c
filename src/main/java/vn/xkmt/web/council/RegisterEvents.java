package vn.xkmt.web.council;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.xkmt.web.register.NewRegisterEvent;
import vn.xkmt.web.register.RegisterStatus;

/**
 * What a meeting's record says in the register: a commune proposed for recognition is PROPOSED from
 * the meeting's date (or the day the pack was frozen, if earlier); once the record is closed, each decision takes effect — recognised or
 * revoked (or kept) on the date of the province's decision with its number, not recognised or deferred
 * on the meeting's date. A deferred re-appraisal leaves the status as it was.
 */
final class RegisterEvents {

    private RegisterEvents() {
    }

    static List<NewRegisterEvent> of(Meeting m, List<MeetingItem> items, ZoneId zone) {
        List<NewRegisterEvent> out = new ArrayList<>();
        // proposed at the meeting, or when the pack was frozen if that was earlier
        LocalDate frozen = m.frozenAt() == null ? m.date() : m.frozenAt().atZoneSameInstant(zone).toLocalDate();
        if (frozen.isAfter(m.date())) {
            frozen = m.date();
        }
        for (MeetingItem i : items) {
            if (i.purpose() == Purpose.RECOGNITION) {
                out.add(new NewRegisterEvent(i.unitCode(), i.unitName(), frozen, "PROPOSED", RegisterStatus.PROPOSED,
                        i.evaluationId(), null, false, null));
            }
            if (!m.closed() || i.decision() == null) {
                continue;
            }
            switch (i.decision()) {
                case RECOGNISED -> out.add(decided(i, m.decisionDate(), m.decisionNo(), RegisterStatus.RECOGNISED));
                case REVOKED -> out.add(decided(i, m.decisionDate(), m.decisionNo(), RegisterStatus.REVOKED));
                case KEPT -> out.add(decided(i, m.decisionDate(), m.decisionNo(), RegisterStatus.KEPT));
                case NOT_RECOGNISED -> out.add(decided(i, m.date(), null, RegisterStatus.NOT_RECOGNISED));
                case DEFERRED -> {
                    if (i.purpose() == Purpose.RECOGNITION) {
                        out.add(new NewRegisterEvent(i.unitCode(), i.unitName(), m.date(), "DEFERRED",
                                RegisterStatus.PROPOSED, i.evaluationId(), null, false, i.reason()));
                    }
                }
                default -> throw new IllegalStateException(i.decision().name());
            }
        }
        return out;
    }

    private static NewRegisterEvent decided(MeetingItem i, LocalDate date, String decisionNo, RegisterStatus status) {
        return new NewRegisterEvent(i.unitCode(), i.unitName(), date, i.decision().name(), status, i.evaluationId(),
                decisionNo, i.override(), i.reason());
    }
}
