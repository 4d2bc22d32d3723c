package vn.xkmt.web.register;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A commune's registration to build as the register holds it now: date, baseline and where it came
 * from (by hand, from an evaluation's data, or an admin's correction).
 *
 * @param eventId      the register event that says so (corrections name the one they correct)
 * @param source       HAND, DATA or CORRECTION
 * @param evaluationId from the data: the evaluation it was read from
 * @param cells        from the data: {@code Xa!F3 Xa!I3 Xa!J3}
 * @param by           who entered it (from the data: who uploaded the evaluation)
 * @param reason       of a correction
 */
public record Registration(long eventId, String unitCode, LocalDate date, Integer addicts, Integer users, String baseline,
                           String source, Long evaluationId, String cells, String fileName, String by, OffsetDateTime at,
                           String reason) {

    static Registration of(RegisterEvent e) {
        return new Registration(e.id(), e.unitCode(), e.date(), e.baselineAddicts(), e.baselineUsers(), e.baseline(),
                e.source() == null ? "HAND" : e.source(), e.evaluationId(), e.sourceCells(), e.sourceFile(), e.createdBy(),
                e.createdAt(), e.reason());
    }

    public boolean fromData() {
        return "DATA".equals(source);
    }

    /** The events no later event corrects (a corrected registration stays in the history only). */
    static List<RegisterEvent> current(List<RegisterEvent> events) {
        Set<Long> corrected = corrected(events);
        return events.stream().filter(e -> !corrected.contains(e.id())).toList();
    }

    /** The ids of the events a later one corrects. */
    static Set<Long> corrected(List<RegisterEvent> events) {
        Set<Long> out = new HashSet<>();
        events.forEach(e -> {
            if (e.correctsId() != null) {
                out.add(e.correctsId());
            }
        });
        return out;
    }

    /** The current registrations among events, oldest first by date. */
    static List<RegisterEvent> currentRegistrations(List<RegisterEvent> events) {
        List<RegisterEvent> out = new ArrayList<>(current(events).stream().filter(RegisterEvent::registration).toList());
        out.sort(Comparator.comparing(RegisterEvent::date).thenComparing(RegisterEvent::id));
        return out;
    }

    /**
     * The current registration of a commune among its events (its own and its predecessors'): its own code's,
     * else the latest of the others.
     */
    static RegisterEvent of(String code, List<RegisterEvent> events) {
        List<RegisterEvent> regs = currentRegistrations(events);
        RegisterEvent own = null;
        for (RegisterEvent e : regs) {
            if (e.unitCode().equals(code)) {
                own = e;
            }
        }
        return own != null || regs.isEmpty() ? own : regs.get(regs.size() - 1);
    }

    /**
     * Events in the order they set the status: registrations first (a registration dated after a proposal
     * never takes the commune back to "registered"), then the others by date, corrected ones left out.
     */
    static List<RegisterEvent> statusOrder(List<RegisterEvent> events) {
        List<RegisterEvent> out = new ArrayList<>(current(events));
        out.sort(Comparator.comparing((RegisterEvent e) -> e.registration() ? 0 : 1).thenComparing(RegisterEvent::date)
                .thenComparing(RegisterEvent::id));
        return out;
    }
}
