package vn.xkmt.web.council;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xkmt.report.ResultJson;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.audit.AuditTrail;
import vn.xkmt.web.communeresult.CommuneEvaluations;
import vn.xkmt.web.communeresult.EvaluatedUnit;
import vn.xkmt.web.evaluation.Evaluations;
import vn.xkmt.web.evaluation.Province;
import vn.xkmt.web.register.Register;
import vn.xkmt.web.register.RegisterRow;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.XkmtUser;

/**
 * The council's meetings: created by the secretariat of a province, filled with candidates from
 * their latest evaluations, frozen (nothing in the pack changes afterwards), decided commune by
 * commune (an override needs a reason per criterion that did not pass), closed with the province's
 * decision number and date, and amended after that only with a reason. Every action goes into the
 * audit trail in the same transaction; concurrent edits are refused with a conflict, never lost.
 */
@Service
class Meetings {

    private final MeetingStore store;
    private final CommuneEvaluations evaluations;
    private final Register register;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final ZoneId zone;

    Meetings(MeetingStore store, CommuneEvaluations evaluations, Register register, AuditTrail audit,
             TransactionTemplate tx, Evaluations zoneSource) {
        this.store = store;
        this.evaluations = evaluations;
        this.register = register;
        this.audit = audit;
        this.tx = tx;
        this.zone = zoneSource.zone();
    }

    List<Meeting> list(String province, XkmtUser user) {
        return store.ofProvince(register.province(province, user).key());
    }

    Province province(String province, XkmtUser user) {
        return register.province(province, user);
    }

    /** The meeting, when the user works for its province. */
    Meeting meeting(long id, XkmtUser user) {
        Meeting m = store.find(id).orElseThrow(WebProblem::notFound);
        if (!user.covers(m.province())) {
            throw WebProblem.notYourProvince();
        }
        return m;
    }

    long create(XkmtUser user, String province, LocalDate date, String place, String members) {
        Province p = register.province(province, user);
        secretariat(user);
        if (date == null || blank(place)) {
            throw WebProblem.of(400, "invalid-decision.meeting-incomplete");
        }
        List<String> list = members == null ? List.of()
                : members.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return tx.execute(s -> {
            long id = store.insert(p.key(), p.name(), date, place.strip(), list, user.getUsername());
            audit.record(user.getUsername(), p.key(), "meeting:" + id, "create",
                    "meeting " + id + ": " + p.name() + ", " + date + ", " + place.strip() + "; " + list.size() + " members", null);
            return id;
        });
    }

    MeetingView view(long id, XkmtUser user) {
        Meeting m = meeting(id, user);
        List<MeetingItem> items = store.items(id);
        List<CriterionOverride> overrides = store.overrides(id);
        Map<String, EvaluatedUnit> latest = evaluations.latest(m.province());
        List<ItemView> views = new ArrayList<>();
        for (MeetingItem i : items) {
            EvaluatedUnit now = latest.get(i.unitCode());
            EvaluatedUnit newer = now != null && now.evaluationId() > i.evaluationId() ? now : null;
            views.add(new ItemView(i, ResultJson.readUnit(i.resultJson()),
                    overrides.stream().filter(o -> o.itemId() == i.id()).toList(), newer));
        }
        return new MeetingView(m, views, audit.of(m.subject()));
    }

    /**
     * The communes that can be added: the latest evaluation of every commune of the province,
     * filtered by verdict code, district (part of its name, accents ignored) and evaluation day.
     */
    List<Candidate> candidates(long id, XkmtUser user, String verdict, String district, LocalDate from, LocalDate to) {
        Meeting m = meeting(id, user);
        Set<String> onAgenda = new LinkedHashSet<>();
        store.items(id).forEach(i -> onAgenda.add(i.unitCode()));
        String d = blank(district) ? null : vn.xkmt.web.Provinces.key(district);
        List<Candidate> out = new ArrayList<>();
        Map<String, EvaluatedUnit> latest = evaluations.latest(m.province());
        Map<String, String> districts = evaluations.districts(latest.values().stream().map(EvaluatedUnit::evaluationId).toList());
        for (EvaluatedUnit u : latest.values()) {
            if (!blank(verdict) && !verdict.equals(u.verdict())) {
                continue;
            }
            LocalDate day = u.evaluatedAt().atZoneSameInstant(zone).toLocalDate();
            if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
                continue;
            }
            String unitDistrict = districts.get(u.evaluationId() + "/" + u.unitCode());
            if (d != null && (unitDistrict == null || !vn.xkmt.web.Provinces.key(unitDistrict).contains(d))) {
                continue;
            }
            out.add(new Candidate(u, unitDistrict, onAgenda.contains(u.unitCode())));
        }
        return out;
    }

    /** Adds communes to a draft meeting, each with a copy of its latest evaluation as stored now. */
    void add(long id, XkmtUser user, List<String> codes, Purpose purpose, int version) {
        Meeting m = meeting(id, user);
        secretariat(user);
        if (codes == null || codes.isEmpty()) {
            throw WebProblem.of(400, "invalid-decision.no-commune");
        }
        tx.executeWithoutResult(s -> {
            Meeting locked = store.lock(id).orElseThrow(WebProblem::notFound);
            if (!locked.draft()) {
                throw CouncilProblems.notDraft();
            }
            if (!store.touch(id, version)) {
                throw CouncilProblems.conflict();
            }
            Map<String, EvaluatedUnit> latest = evaluations.latest(m.province());
            Set<String> present = new LinkedHashSet<>();
            store.items(id).forEach(i -> present.add(i.unitCode()));
            int seq = store.nextSeq(id);
            List<String> added = new ArrayList<>();
            for (String code : codes) {
                EvaluatedUnit u = latest.get(code);
                if (u == null) {
                    throw WebProblem.of(400, "invalid-decision.no-evaluation", code);
                }
                if (present.contains(code)) {
                    continue;
                }
                if (purpose == Purpose.REVOCATION
                        && !register.row(m.province(), code).map(RegisterRow::recognised).orElse(false)) {
                    throw WebProblem.of(400, "invalid-decision.not-recognised", code);
                }
                UnitEntry r = evaluations.result(u.evaluationId(), code).orElseThrow(WebProblem::notFound);
                store.insertItem(id, seq++, purpose, u, r.district(), ResultJson.writeUnit(r));
                present.add(code);
                added.add(code + " (evaluation " + u.evaluationId() + ", " + u.verdict() + ", sha256 " + u.inputSha256()
                        + ", " + u.ruleSetId() + "@" + u.ruleSetVersion() + "#" + u.ruleSetHash() + ")");
            }
            audit.record(user.getUsername(), m.province(), m.subject(), "add",
                    purpose + ": + " + String.join(", ", added), null);
        });
    }

    void remove(long id, long itemId, XkmtUser user, int version) {
        Meeting m = meeting(id, user);
        secretariat(user);
        tx.executeWithoutResult(s -> {
            Meeting locked = store.lock(id).orElseThrow(WebProblem::notFound);
            if (!locked.draft()) {
                throw CouncilProblems.notDraft();
            }
            MeetingItem item = store.item(id, itemId).orElseThrow(WebProblem::notFound);
            if (!store.touch(id, version)) {
                throw CouncilProblems.conflict();
            }
            store.deleteItem(id, itemId);
            audit.record(user.getUsername(), m.province(), m.subject(), "remove", "- " + item.unitCode(), null);
        });
    }

    /** Fixes the pack: from now on nothing in it changes; the proposed communes show so in the register. */
    void freeze(long id, XkmtUser user, int version) {
        Meeting m = meeting(id, user);
        secretariat(user);
        tx.executeWithoutResult(s -> {
            Meeting locked = store.lock(id).orElseThrow(WebProblem::notFound);
            if (!locked.draft()) {
                throw CouncilProblems.notDraft();
            }
            List<MeetingItem> items = store.items(id);
            if (items.isEmpty()) {
                throw WebProblem.of(400, "invalid-decision.empty-pack");
            }
            if (!store.freeze(id, version, user.getUsername())) {
                throw CouncilProblems.conflict();
            }
            Meeting frozen = store.find(id).orElseThrow();
            register.replaceMeetingEvents(id, m.province(), RegisterEvents.of(frozen, items, zone), user.getUsername());
            List<String> lines = items.stream().map(i -> i.unitCode() + " evaluation " + i.evaluationId() + " sha256 "
                    + i.inputSha256() + " " + i.ruleSet()).toList();
            audit.record(user.getUsername(), m.province(), m.subject(), "freeze",
                    "status: DRAFT → FROZEN; pack: " + String.join("; ", lines), null);
        });
    }

    /** Records (or changes, while the meeting is not closed) the council's decision on one commune. */
    void decide(long id, long itemId, XkmtUser user, DecisionInput in) {
        Meeting m = meeting(id, user);
        secretariat(user);
        tx.executeWithoutResult(s -> {
            Meeting locked = store.lock(id).orElseThrow(WebProblem::notFound);
            if (locked.closed()) {
                throw CouncilProblems.closed();
            }
            if (!locked.frozen()) {
                throw CouncilProblems.notFrozen();
            }
            write(m, itemId, user, in, "decide", null);
        });
    }

    /** Enters the province's decision number and date and closes the record. */
    void close(long id, XkmtUser user, String decisionNo, LocalDate decisionDate, int version) {
        Meeting m = meeting(id, user);
        secretariat(user);
        if (blank(decisionNo) || decisionDate == null) {
            throw WebProblem.of(400, "invalid-decision.decision-incomplete");
        }
        decisionAfterMeeting(m, decisionDate);
        tx.executeWithoutResult(s -> {
            Meeting locked = store.lock(id).orElseThrow(WebProblem::notFound);
            if (locked.closed()) {
                throw CouncilProblems.closed();
            }
            if (!locked.frozen()) {
                throw CouncilProblems.notFrozen();
            }
            List<MeetingItem> items = store.items(id);
            List<String> open = items.stream().filter(i -> !i.decided()).map(MeetingItem::unitCode).toList();
            if (!open.isEmpty()) {
                throw WebProblem.of(400, "invalid-decision.undecided", String.join(", ", open));
            }
            if (!store.close(id, version, decisionNo.strip(), decisionDate, user.getUsername())) {
                throw CouncilProblems.conflict();
            }
            syncRegister(id, user);
            audit.record(user.getUsername(), m.province(), m.subject(), "close",
                    "status: FROZEN → CLOSED; decision " + decisionNo.strip() + " of " + decisionDate, null);
        });
    }

    /** Changes a decision of a closed record: only with a reason, kept in the audit trail. */
    void amendDecision(long id, long itemId, XkmtUser user, DecisionInput in, String reason) {
        Meeting m = meeting(id, user);
        secretariat(user);
        requireReason(reason);
        tx.executeWithoutResult(s -> {
            Meeting locked = store.lock(id).orElseThrow(WebProblem::notFound);
            if (!locked.closed()) {
                throw CouncilProblems.notClosed();
            }
            write(m, itemId, user, in, "amend", reason.strip());
            syncRegister(id, user);
        });
    }

    /** Changes the decision number or date of a closed record: only with a reason. */
    void amendDecisionNumber(long id, XkmtUser user, String decisionNo, LocalDate decisionDate, String reason, int version) {
        Meeting m = meeting(id, user);
        secretariat(user);
        requireReason(reason);
        if (blank(decisionNo) || decisionDate == null) {
            throw WebProblem.of(400, "invalid-decision.decision-incomplete");
        }
        decisionAfterMeeting(m, decisionDate);
        tx.executeWithoutResult(s -> {
            Meeting locked = store.lock(id).orElseThrow(WebProblem::notFound);
            if (!locked.closed()) {
                throw CouncilProblems.notClosed();
            }
            if (!store.amendDecisionNumber(id, version, decisionNo.strip(), decisionDate)) {
                throw CouncilProblems.conflict();
            }
            syncRegister(id, user);
            audit.record(user.getUsername(), m.province(), m.subject(), "amend",
                    "decision: " + locked.decisionNo() + " of " + locked.decisionDate() + " → " + decisionNo.strip() + " of "
                            + decisionDate, reason.strip());
        });
    }

    private void syncRegister(long id, XkmtUser user) {
        Meeting now = store.find(id).orElseThrow();
        register.replaceMeetingEvents(id, now.province(), RegisterEvents.of(now, store.items(id), zone), user.getUsername());
    }

    /** Checks and writes one decision with its overrides, and its audit entry; inside the meeting's lock. */
    private void write(Meeting m, long itemId, XkmtUser user, DecisionInput in, String action, String reason) {
        MeetingItem item = store.item(m.id(), itemId).orElseThrow(WebProblem::notFound);
        if (in.decision() == null || !item.purpose().decisions().contains(in.decision())) {
            throw WebProblem.of(400, "invalid-decision.decision", item.unitCode());
        }
        if (in.votesFor() < 0 || in.votesAgainst() < 0 || in.votesAbstain() < 0) {
            throw WebProblem.of(400, "invalid-decision.negative-votes");
        }
        int votes = in.votesFor() + in.votesAgainst() + in.votesAbstain();
        if (!m.members().isEmpty() && votes > m.members().size()) {
            throw WebProblem.of(400, "invalid-decision.too-many-votes", votes, m.members().size());
        }
        if (blank(in.reason())) {
            throw WebProblem.of(400, "invalid-decision.reason-missing");
        }
        List<CriterionOverride> overrides = new ArrayList<>();
        boolean override = in.decision().needsPass() && !item.eligible();
        if (override) {
            List<String> missing = new ArrayList<>();
            for (CriterionEntry c : ResultJson.readUnit(item.resultJson()).notPassing()) {
                DecisionInput.OverrideInput o = in.overrides().get(c.id());
                if (o == null || blank(o.reason()) || blank(o.evidence())) {
                    missing.add(c.id());
                } else {
                    overrides.add(new CriterionOverride(item.id(), c.id(), c.outcome().name(), o.reason().strip(),
                            o.evidence().strip(), user.getUsername(), MeetingStore.now()));
                }
            }
            if (!missing.isEmpty()) {
                throw WebProblem.of(400, "invalid-decision.evidence-missing", item.unitCode(), String.join(", ", missing));
            }
        }
        if (!store.decide(item.id(), in, override, user.getUsername())) {
            throw CouncilProblems.conflict();
        }
        store.replaceOverrides(item.id(), overrides);
        StringBuilder detail = new StringBuilder(item.unitCode()).append(": ")
                .append(item.decision() == null ? "—" : item.decision().name()).append(" → ").append(in.decision().name())
                .append("; votes ").append(in.votesFor()).append('/').append(in.votesAgainst()).append('/')
                .append(in.votesAbstain()).append("; reason: ").append(in.reason().strip());
        for (CriterionOverride o : overrides) {
            detail.append("; override ").append(o.criterionId()).append(" (").append(o.outcome()).append("): ")
                    .append(o.reason()).append(" | evidence: ").append(o.evidence());
        }
        audit.record(user.getUsername(), m.province(), m.subject(), action, detail.toString(), reason);
    }

    Optional<ItemView> item(MeetingView v, long itemId) {
        return v.items().stream().filter(i -> i.item().id() == itemId).findFirst();
    }

    private static void decisionAfterMeeting(Meeting m, LocalDate decisionDate) {
        if (decisionDate.isBefore(m.date())) {
            throw WebProblem.of(400, "invalid-decision.decision-before-meeting", decisionDate, m.date());
        }
    }

    private static void requireReason(String reason) {
        if (blank(reason)) {
            throw WebProblem.of(400, "invalid-decision.amendment-reason");
        }
    }

    private static void secretariat(XkmtUser user) {
        if (!(user.has(Role.SECRETARIAT) || user.isAdmin())) {
            throw CouncilProblems.notSecretariat();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
