package vn.xkmt.web.register;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.web.Provinces;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.audit.AuditTrail;
import vn.xkmt.web.communeresult.CommuneEvaluations;
import vn.xkmt.web.communeresult.EvaluatedUnit;
import vn.xkmt.web.evaluation.Evaluations;
import vn.xkmt.web.evaluation.KnownProvinces;
import vn.xkmt.web.evaluation.Province;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.XkmtUser;

/**
 * The register of communes: every commune's status over time, built from register events
 * (registration, proposal, the council's decisions), matched across uploads by commune code and
 * across the reorganisation by the links an admin made. Re-appraisal: a recognised commune whose
 * newer evaluation does not pass is at risk; one not evaluated for 12 months is overdue.
 */
@Service
public class Register {

    /** A recognised commune must be evaluated again within this many months. */
    public static final int REAPPRAISAL_MONTHS = 12;

    private final RegisterStore store;
    private final CommuneEvaluations evaluations;
    private final KnownProvinces provinces;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final ZoneId zone;
    private final DataWarnings warnings;

    Register(RegisterStore store, CommuneEvaluations evaluations, KnownProvinces provinces, AuditTrail audit,
             TransactionTemplate tx, Evaluations zoneSource, DataWarnings warnings) {
        this.warnings = warnings;
        this.store = store;
        this.evaluations = evaluations;
        this.provinces = provinces;
        this.audit = audit;
        this.tx = tx;
        this.zone = zoneSource.zone();
    }

    /** The province, when the user works for it. */
    public Province province(String keyOrSlug, XkmtUser user) {
        if (keyOrSlug == null || keyOrSlug.isBlank()) {
            throw WebProblem.of(400, "province-missing");
        }
        Province p = provinces.byKeyOrSlug(keyOrSlug);
        if (!user.covers(p.key())) {
            throw WebProblem.notYourProvince();
        }
        return p;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The register of a province, by commune code; {@code q} filters by code or name (accents ignored). */
    public List<RegisterRow> rows(String province, String q, XkmtUser user) {
        Province p = province(province, user);
        List<RegisterRow> all = rows(p.key(), today());
        if (q == null || q.isBlank()) {
            return all;
        }
        String needle = Provinces.key(q);
        return all.stream().filter(r -> Provinces.key(r.unitCode() + " " + (r.unitName() == null ? "" : r.unitName()))
                .contains(needle)).toList();
    }

    List<RegisterRow> rows(String province, LocalDate today) {
        Map<String, String> links = store.links(province);
        Map<String, List<RegisterEvent>> byCommune = new LinkedHashMap<>();
        for (RegisterEvent e : store.ofProvince(province)) {
            byCommune.computeIfAbsent(successor(e.unitCode(), links), k -> new ArrayList<>()).add(e);
        }
        Map<String, EvaluatedUnit> latest = evaluations.latest(province);
        Map<String, Reading> readings = store.latestReadings(province);
        Set<String> codes = new LinkedHashSet<>(byCommune.keySet());
        latest.keySet().forEach(c -> codes.add(successor(c, links)));
        List<RegisterRow> out = new ArrayList<>();
        for (String code : codes) {
            List<RegisterEvent> events = byCommune.getOrDefault(code, List.of());
            out.add(row(code, events, latestOf(code, links, latest), links, today, readingFor(code, events, readings)));
        }
        out.sort(Comparator.comparing(RegisterRow::unitCode));
        return out;
    }

    private RegisterRow row(String code, List<RegisterEvent> all, EvaluatedUnit latest, Map<String, String> links,
                            LocalDate today, Reading reading) {
        List<RegisterEvent> events = Registration.statusOrder(all);
        RegisterEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        RegisterEvent lastStatus = last;
        String name = latest != null && latest.unitCode().equals(code) ? latest.unitName() : null;
        for (RegisterEvent e : events) {
            if (e.unitCode().equals(code) && e.unitName() != null && name == null) {
                name = e.unitName();
            }
        }
        if (name == null && latest != null) {
            name = latest.unitName();
        }
        RegisterStatus status = lastStatus == null ? null : lastStatus.statusAfter();
        LocalDate since = null;
        String decisionNo = null;
        boolean override = false;
        Long meeting = null;
        if (lastStatus != null) {
            since = lastStatus.date();
            decisionNo = lastStatus.decisionNo();
            override = lastStatus.override();
            meeting = lastStatus.meetingId();
            // a deferral or a kept status dates from the decision that made it so
            for (int i = events.size() - 1; i >= 0 && events.get(i).statusAfter() == status; i--) {
                since = events.get(i).date();
                if (events.get(i).decisionNo() != null) {
                    decisionNo = events.get(i).decisionNo();
                }
                override = override || events.get(i).override();
            }
        }
        boolean recognised = status != null && status.recognised();
        boolean atRisk = recognised && latest != null && !latest.eligible() && newer(latest, lastStatus);
        LocalDate lastAppraisal = latest == null ? since : latest.evaluatedAt().atZoneSameInstant(zone).toLocalDate();
        boolean overdue = recognised && lastAppraisal != null && lastAppraisal.isBefore(today.minusMonths(REAPPRAISAL_MONTHS));
        RegisterEvent reg = Registration.of(code, all);
        boolean dataWarning = reading != null && (reading.refused() || differs(reg, reading));
        return new RegisterRow(code, name, status, since, decisionNo, override, meeting, latest, atRisk, overdue,
                RegisterStore.predecessors(code, links), reg == null ? null : Registration.of(reg), dataWarning);
    }

    /** A registration entered by hand (or corrected by an admin) that the data's reading of its commune contradicts. */
    private static boolean differs(RegisterEvent reg, Reading r) {
        return reg != null && !reg.fromData() && !r.refused() && reg.unitCode().equals(r.unitCode())
                && DataWarnings.differs(reg, r);
    }

    /** Whether an evaluation came after the one (or the day) a decision was taken on. */
    private boolean newer(EvaluatedUnit latest, RegisterEvent decision) {
        if (decision.evaluationId() != null) {
            return latest.evaluationId() > decision.evaluationId();
        }
        return !latest.evaluatedAt().atZoneSameInstant(zone).toLocalDate().isBefore(decision.date());
    }

    /** The reading to compare a commune's registration with: of the code its registration is under, else its own. */
    private static Reading readingFor(String code, List<RegisterEvent> events, Map<String, Reading> readings) {
        RegisterEvent reg = Registration.of(code, events);
        Reading r = readings.get(reg == null ? code : reg.unitCode());
        return r != null ? r : readings.get(code);
    }

    private static EvaluatedUnit latestOf(String code, Map<String, String> links, Map<String, EvaluatedUnit> latest) {
        EvaluatedUnit own = latest.get(code);
        if (own != null) {
            return own;
        }
        EvaluatedUnit best = null;
        for (String p : RegisterStore.predecessors(code, links)) {
            EvaluatedUnit u = latest.get(p);
            if (u != null && (best == null || u.evaluationId() > best.evaluationId())) {
                best = u;
            }
        }
        return best;
    }

    static String successor(String code, Map<String, String> links) {
        String c = code;
        for (int i = 0; i < 50 && links.containsKey(c); i++) {
            c = links.get(c);
        }
        return c;
    }

    /** The recognised communes of a province now at risk, with the criteria their latest evaluation fails. */
    public List<AtRisk> atRisk(String province, XkmtUser user) {
        return rows(province, null, user).stream().filter(RegisterRow::atRisk)
                .map(r -> new AtRisk(r, failing(r.latest()))).toList();
    }

    /** The recognised communes of a province not evaluated for 12 months. */
    public List<RegisterRow> overdue(String province, XkmtUser user) {
        return rows(province, null, user).stream().filter(RegisterRow::overdue).toList();
    }

    private List<CriterionEntry> failing(EvaluatedUnit u) {
        return u == null ? List.of()
                : evaluations.result(u.evaluationId(), u.unitCode()).map(UnitEntry::notPassing).orElse(List.of());
    }

    /** A commune's page: status, predecessors, evaluations and events in date order. */
    public CommuneHistory commune(String province, String code, XkmtUser user) {
        Province p = province(province, user);
        Map<String, String> links = store.links(p.key());
        String own = successor(code, links);
        List<String> codes = new ArrayList<>(List.of(own));
        codes.addAll(RegisterStore.predecessors(own, links));
        List<RegisterEvent> events = store.of(p.key(), codes);
        List<EvaluatedUnit> evals = evaluations.of(p.key(), codes);
        List<vn.xkmt.web.audit.AuditEntry> trail = new ArrayList<>();
        codes.forEach(c -> trail.addAll(audit.of(subject(p.key(), c))));
        trail.sort(Comparator.comparing(vn.xkmt.web.audit.AuditEntry::id));
        // a commune known only by the trail (a link made, then removed) still has its page
        if (events.isEmpty() && evals.isEmpty() && trail.isEmpty()) {
            throw WebProblem.notFound();
        }
        Map<String, EvaluatedUnit> latest = new LinkedHashMap<>();
        evals.forEach(e -> latest.put(e.unitCode(), e));
        Map<String, Reading> readings = store.latestReadings(p.key(), codes);
        RegisterRow row = row(own, events, latestOf(own, links, latest), links, today(), readingFor(own, events, readings));
        List<CommuneHistory.Line> lines = new ArrayList<>();
        for (EvaluatedUnit e : evals) {
            lines.add(new CommuneHistory.Line(e.evaluatedAt(), e.evaluatedAt().atZoneSameInstant(zone).toLocalDate().toString(),
                    e, null, false));
        }
        Set<Long> corrected = Registration.corrected(events);
        for (RegisterEvent e : events) {
            lines.add(new CommuneHistory.Line(e.createdAt(), e.date().toString(), null, e, corrected.contains(e.id())));
        }
        lines.sort(Comparator.comparing(CommuneHistory.Line::date).thenComparing(CommuneHistory.Line::at));
        return new CommuneHistory(p.key(), p.name(), row, lines, row.atRisk() ? failing(row.latest()) : List.of(), trail,
                warnings.of(events, readings));
    }

    /** Registers a commune to build (its registration date and the figures it started from). */
    public void registerCommune(XkmtUser user, String province, String code, String name, LocalDate date, String baseline) {
        registerCommune(user, province, code, name, date, null, null, baseline);
    }

    /**
     * Registers a commune to build by hand: its registration date, the baseline (addicts, users, and a free
     * text), refused (409) when it or a predecessor is registered already (an admin corrects a registration).
     */
    public void registerCommune(XkmtUser user, String province, String code, String name, LocalDate date, Integer addicts,
                                Integer users, String baseline) {
        Province p = province(province, user);
        if (!(user.has(Role.SECRETARIAT) || user.isAdmin())) {
            throw forbidden();
        }
        if (code == null || code.isBlank() || date == null) {
            throw WebProblem.of(400, "register-incomplete");
        }
        checkFigures(date, addicts, users);
        String c = code.strip();
        tx.executeWithoutResult(s -> {
            store.lockRegistrations();
            RegisterEvent existing = Registration.of(c, store.of(p.key(), group(p.key(), c)));
            if (existing != null) {
                throw WebProblem.of(409, "already-registered", existing.unitCode(), day(existing.date()));
            }
            store.insertRegistration(p.key(), c, blank(name) ? null : name.strip(), date, RegisterEvent.REGISTERED, "HAND",
                    addicts, users, blank(baseline) ? null : baseline.strip(), null, null, null, null, null,
                    user.getUsername());
            audit.record(user.getUsername(), p.key(), subject(p.key(), c), "register",
                    "status: → REGISTERED; date " + date + (addicts == null && users == null ? ""
                            : "; baseline: " + RegistrationFromData.figures(addicts, users))
                            + (blank(baseline) ? "" : "; baseline: " + baseline.strip()), null);
        });
    }

    /**
     * An admin's correction of a commune's registration (date, baseline), with a mandatory reason: a new
     * event that names the one it corrects, which stays in the history. {@code registrationId}, when given,
     * is the registration the admin saw: a newer one makes it a 409.
     */
    public void correctRegistration(XkmtUser user, String province, String code, Long registrationId, LocalDate date,
                                    Integer addicts, Integer users, String baseline, String reason) {
        Province p = province(province, user);
        if (!user.isAdmin()) {
            throw adminOnly();
        }
        if (blank(code) || date == null) {
            throw WebProblem.of(400, "correction-incomplete");
        }
        if (blank(reason)) {
            throw reasonMissing();
        }
        checkFigures(date, addicts, users);
        String c = code.strip();
        tx.executeWithoutResult(s -> {
            store.lockRegistrations();
            RegisterEvent was = Registration.of(c, store.of(p.key(), group(p.key(), c)));
            if (was == null) {
                throw WebProblem.of(404, "not-registered", c);
            }
            if (registrationId != null && registrationId != was.id()) {
                throw WebProblem.of(409, "edit-conflict.registration");
            }
            store.insertRegistration(p.key(), was.unitCode(), was.unitName(), date, RegisterEvent.CORRECTED, "CORRECTION",
                    addicts, users, blank(baseline) ? was.baseline() : baseline.strip(), null, null, null, was.id(),
                    reason.strip(), user.getUsername());
            audit.record(user.getUsername(), p.key(), subject(p.key(), was.unitCode()), "register-correct",
                    "registration: date " + was.date() + " → " + date + "; baseline: "
                            + RegistrationFromData.figures(was.baselineAddicts(), was.baselineUsers()) + " → "
                            + RegistrationFromData.figures(addicts, users) + "; was " + sourceLabel(was),
                    reason.strip());
        });
    }

    /** Undoes a link (admins only), with a mandatory reason; the former commune's history no longer follows. */
    public void unlink(XkmtUser user, String province, String code, String predecessor, String reason) {
        Province p = province(province, user);
        if (!user.isAdmin()) {
            throw adminOnly();
        }
        if (blank(code) || blank(predecessor)) {
            throw WebProblem.of(400, "link-invalid");
        }
        if (blank(reason)) {
            throw reasonMissing();
        }
        String c = code.strip();
        String old = predecessor.strip();
        tx.executeWithoutResult(s -> {
            if (!store.unlink(p.key(), c, old)) {
                throw WebProblem.of(404, "link-missing", old, c);
            }
            audit.record(user.getUsername(), p.key(), subject(p.key(), c), "unlink",
                    "predecessor " + old + " ↛ " + c, reason.strip());
            audit.record(user.getUsername(), p.key(), subject(p.key(), old), "unlink",
                    "predecessor " + old + " ↛ " + c, reason.strip());
        });
    }

    /** Links a commune to one it replaced (renamed, merged): admins only. */
    public void link(XkmtUser user, String province, String code, String predecessor) {
        Province p = province(province, user);
        if (!user.isAdmin()) {
            throw forbidden();
        }
        if (blank(code) || blank(predecessor) || code.strip().equals(predecessor.strip())) {
            throw WebProblem.of(400, "link-invalid");
        }
        Map<String, String> links = store.links(p.key());
        if (successor(code.strip(), links).equals(predecessor.strip()) || links.containsKey(predecessor.strip())) {
            throw WebProblem.of(409, "link-exists");
        }
        tx.executeWithoutResult(s -> {
            store.link(p.key(), code.strip(), predecessor.strip(), user.getUsername());
            audit.record(user.getUsername(), p.key(), subject(p.key(), code.strip()), "link",
                    "predecessor " + predecessor.strip() + " → " + code.strip(), null);
        });
    }

    private List<String> group(String province, String code) {
        Map<String, String> links = store.links(province);
        String own = successor(code, links);
        List<String> codes = new ArrayList<>(List.of(own));
        codes.addAll(RegisterStore.predecessors(own, links));
        if (!codes.contains(code)) {
            codes.add(code);
        }
        return codes;
    }

    private void checkFigures(LocalDate date, Integer addicts, Integer users) {
        if (date.isBefore(RegistrationFromData.EARLIEST) || date.isAfter(today())) {
            throw WebProblem.of(400, "registration-date", day(date));
        }
        if (addicts != null && addicts < 0 || users != null && users < 0) {
            throw WebProblem.of(400, "baseline-negative");
        }
    }

    private static String sourceLabel(RegisterEvent e) {
        return e.fromData() ? "from evaluation #" + e.evaluationId() + " (" + e.sourceCells() + ")"
                : e.source() == null ? "HAND" : e.source();
    }

    private static String day(LocalDate d) {
        return vn.xkmt.commune.Dates.day(d);
    }

    private static WebProblem adminOnly() {
        return WebProblem.of(403, "forbidden-role.admin");
    }

    private static WebProblem reasonMissing() {
        return WebProblem.of(400, "reason-required");
    }

    /**
     * Writes a meeting's events again (at closing, and at each amendment of the closed record); call
     * inside the meeting's transaction.
     */
    public void replaceMeetingEvents(long meetingId, String province, List<NewRegisterEvent> events, String actor) {
        store.deleteOfMeeting(meetingId);
        for (NewRegisterEvent e : events) {
            store.insert(province, e, meetingId, null, actor);
        }
    }

    /**
     * The number of communes recognised (recognised or kept) on a day, by the register: of one
     * province, or of every province when {@code province} is null. A commune linked to a successor
     * counts as its successor.
     */
    public int recognisedOn(String province, LocalDate day) {
        List<RegisterEvent> events = province == null ? store.all() : store.ofProvince(province);
        Map<String, String> links = province == null ? store.allLinks() : prefixed(province, store.links(province));
        Map<String, RegisterStatus> last = new LinkedHashMap<>();
        for (RegisterEvent e : events) {
            String key = successor(e.province() + "/" + e.unitCode(), links);
            // a registration never takes a commune with a status back to "registered"
            if (!e.date().isAfter(day) && !(e.registration() && last.containsKey(key))) {
                last.put(key, e.statusAfter());
            }
        }
        return (int) last.values().stream().filter(RegisterStatus::recognised).count();
    }

    private static Map<String, String> prefixed(String province, Map<String, String> links) {
        Map<String, String> out = new LinkedHashMap<>();
        links.forEach((k, v) -> out.put(province + "/" + k, province + "/" + v));
        return out;
    }

    /** The events of a province, for the targets' chart (date order). */
    public List<RegisterEvent> events(String province) {
        return province == null ? store.all() : store.ofProvince(province);
    }

    public Optional<RegisterRow> row(String province, String code) {
        return rows(province, today()).stream().filter(r -> r.unitCode().equals(code)).findFirst();
    }

    public static String subject(String province, String code) {
        return "commune:" + province + "/" + code;
    }

    private static WebProblem forbidden() {
        return WebProblem.of(403, "forbidden-role.account");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
