package vn.xkmt.web.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.xkmt.web.audit.AuditTrail;
import vn.xkmt.web.evaluation.EvaluationStored;
import vn.xkmt.web.evaluation.RegistrationRead;

/**
 * Takes the registrations an evaluation's {@code Xa} sheet gives into the register, in the transaction
 * that stores the evaluation: a commune with no registration (nor its predecessors) is registered from
 * the data; one registered from older data gets a correction when the date or baseline changed; one
 * registered by hand (or corrected by an admin) is never overwritten — its page warns that the data
 * differs. A date before 2000, after the request date or after the day of the upload is not taken.
 */
@Component
class RegistrationFromData {

    /** Registrations before this day are not taken from the data. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final RegisterStore store;
    private final AuditTrail audit;
    private final java.time.ZoneId zone;

    RegistrationFromData(RegisterStore store, AuditTrail audit, vn.xkmt.web.evaluation.Evaluations zoneSource) {
        this.store = store;
        this.audit = audit;
        this.zone = zoneSource.zone();
    }

    /** Runs inside the evaluation's transaction (published there, listened to synchronously). */
    @EventListener
    void on(EvaluationStored e) {
        apply(e, false);
    }

    /** Reads an evaluation's registrations into the register; {@code backfill}: at startup, for an older one. */
    void apply(EvaluationStored e, boolean backfill) {
        if (e.registrations().isEmpty()) {
            return;
        }
        store.lockRegistrations();
        for (RegistrationRead r : e.registrations()) {
            store.insertReading(e.evaluationId(), e.fileName(), r, one(e, r, backfill));
        }
    }

    private String one(EvaluationStored e, RegistrationRead r, boolean backfill) {
        if (r.date().isBefore(EARLIEST)) {
            return "BEFORE_2000";
        }
        if (r.requestDate() != null && r.date().isAfter(r.requestDate())) {
            return "AFTER_REQUEST";
        }
        if (r.date().isAfter(e.createdAt().atZoneSameInstant(zone).toLocalDate())) {
            return "AFTER_UPLOAD";
        }
        Map<String, String> links = store.links(r.province());
        String own = Register.successor(r.unitCode(), links);
        List<String> codes = new ArrayList<>(List.of(own));
        codes.addAll(RegisterStore.predecessors(own, links));
        if (!codes.contains(r.unitCode())) {
            codes.add(r.unitCode());
        }
        List<RegisterEvent> regs = Registration.currentRegistrations(store.of(r.province(), codes));
        String from = " from evaluation #" + e.evaluationId() + " (" + e.fileName() + ", " + r.cells() + ")"
                + (backfill ? ", read at startup from the stored workbook" : "");
        if (regs.isEmpty()) {
            store.insertRegistration(r.province(), r.unitCode(), r.unitName(), r.date(), RegisterEvent.REGISTERED, "DATA",
                    r.addicts(), r.users(), null, e.evaluationId(), r.cells(), e.fileName(), null, null, e.createdBy());
            audit.record(e.createdBy(), r.province(), Register.subject(r.province(), r.unitCode()), "register-data",
                    "status: → REGISTERED; date " + r.date() + "; baseline: " + figures(r.addicts(), r.users()) + from, null);
            return "REGISTERED";
        }
        RegisterEvent same = null;
        for (RegisterEvent x : regs) {
            if (x.unitCode().equals(r.unitCode())) {
                same = x;
            }
        }
        if (same == null || !same.fromData()) {
            return "KEPT";
        }
        if (same.evaluationId() != null && same.evaluationId() >= e.evaluationId()) {
            return "OLDER";
        }
        if (same.date().equals(r.date()) && Objects.equals(same.baselineAddicts(), r.addicts())
                && Objects.equals(same.baselineUsers(), r.users())) {
            return "SAME";
        }
        store.insertRegistration(r.province(), r.unitCode(), r.unitName(), r.date(), RegisterEvent.CORRECTED, "DATA",
                r.addicts(), r.users(), null, e.evaluationId(), r.cells(), e.fileName(), same.id(), null, e.createdBy());
        audit.record(e.createdBy(), r.province(), Register.subject(r.province(), r.unitCode()), "register-data-correct",
                "registration: date " + same.date() + " → " + r.date() + "; baseline: "
                        + figures(same.baselineAddicts(), same.baselineUsers()) + " → " + figures(r.addicts(), r.users())
                        + from + "; was from evaluation #" + same.evaluationId(), null);
        return "CORRECTED";
    }

    static String figures(Integer addicts, Integer users) {
        return (addicts == null ? "?" : addicts) + " addicts, " + (users == null ? "?" : users) + " users";
    }
}
