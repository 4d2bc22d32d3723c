package vn.xkmt.web.targets;

import vn.xkmt.text.Lang;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.evaluation.Rollout;
import vn.xkmt.evaluation.RuleSetDefinition;
import vn.xkmt.report.result.Bilingual;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.ruleset.LoadedRuleSet;
import vn.xkmt.web.Provinces;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.audit.AuditTrail;
import vn.xkmt.web.communeresult.CommuneEvaluations;
import vn.xkmt.web.evaluation.Province;
import vn.xkmt.web.register.Register;
import vn.xkmt.web.register.RegisterEvent;
import vn.xkmt.web.register.RegisterRow;
import vn.xkmt.web.security.XkmtUser;

/**
 * Provinces' dated targets (and the national one: at least 50 % of communes by 2030, Kết luận
 * 132-KL/TW), edited by admins with their source, and progress against them computed from the
 * register: recognised (or kept) communes on a day.
 */
@Service
public class Targets {

    private final TargetStore store;
    private final Register register;
    private final CommuneEvaluations evaluations;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final RuleSetRegistry registry;

    Targets(TargetStore store, Register register, CommuneEvaluations evaluations, AuditTrail audit, TransactionTemplate tx,
            RuleSetRegistry registry) {
        this.store = store;
        this.register = register;
        this.evaluations = evaluations;
        this.audit = audit;
        this.tx = tx;
        this.registry = registry;
    }

    /**
     * The dated targets the plans of a province's rule sets set (phases with an end date and a number of
     * communes), cumulative over the phases, in the manifest's words.
     */
    public List<PlanTarget> fromPlans(String province, XkmtUser user, Lang lang) {
        Province p = register.province(province, user);
        List<PlanTarget> out = new ArrayList<>();
        for (LoadedRuleSet rs : registry.current().all()) {
            RuleSetDefinition d = rs.definition();
            if (d.rollout() == null || d.provinces().stream().noneMatch(x -> Provinces.key(x).equals(p.key()))) {
                continue;
            }
            int cumulative = 0;
            for (Rollout.Phase ph : d.rollout().phases()) {
                if (ph.target() == null) {
                    continue;
                }
                cumulative += ph.target();
                if (ph.to() != null) {
                    out.add(new PlanTarget(d.id(), d.version(), d.document(), ph.number(), ph.name(lang), ph.to(),
                            ph.target(), cumulative, ph.description(lang)));
                }
            }
        }
        return out;
    }

    /** Records a plan's phase as a target (admins), with the province's total number of communes. */
    public long createFromPlan(XkmtUser user, String province, String ruleSet, int phase, int total) {
        PlanTarget t = fromPlans(province, user, Lang.VI).stream()
                .filter(x -> x.ruleSet().equals(ruleSet) && x.phase() == phase).findFirst()
                .orElseThrow(WebProblem::notFound);
        return create(user, province, t.due(), "COUNT", t.cumulative(), total, t.source());
    }

    public List<Target> of(String province, XkmtUser user) {
        return store.of(register.province(province, user).key());
    }

    /** Where a target stands on a day. */
    public TargetProgress progressOn(Target t, LocalDate day) {
        return new TargetProgress(t, day, register.recognisedOn(t.national() ? null : t.province(), day), t.required(),
                !day.isBefore(t.dueDate()));
    }

    /** Each target's progress on its due date, or today when that is still to come. */
    public TargetDashboard dashboard(String province, XkmtUser user) {
        Province p = register.province(province, user);
        LocalDate today = register.today();
        List<TargetProgress> progress = new ArrayList<>();
        for (Target t : store.of(p.key())) {
            progress.add(progressOn(t, t.dueDate().isBefore(today) ? t.dueDate() : today));
        }
        List<RegisterRow> rows = register.rows(p.slug(), null, user);
        List<RegisterRow> missing = rows.stream().filter(r -> !r.recognised()).toList();
        List<TargetProgress> own = progress.stream().filter(t -> !t.target().national()).toList();
        return new TargetDashboard(p, register.recognisedOn(p.key(), today), rows.size(), progress,
                ProgressChart.of(series(p.key(), today), own), missing, holdingBack(missing));
    }

    /** The number recognised at each change in the register, and today. */
    List<ProgressChart.Dated> series(String province, LocalDate today) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (RegisterEvent e : register.events(province)) {
            if (!e.date().isAfter(today)) {
                days.add(e.date());
            }
        }
        days.add(today);
        List<ProgressChart.Dated> out = new ArrayList<>();
        if (days.size() > 1) {
            out.add(new ProgressChart.Dated(days.first().minusDays(1), register.recognisedOn(province, days.first().minusDays(1))));
        }
        for (LocalDate d : days) {
            out.add(new ProgressChart.Dated(d, register.recognisedOn(province, d)));
        }
        return out;
    }

    /** The criteria the not-yet-recognised communes' latest evaluations did not pass, most frequent first. */
    List<HoldingBack> holdingBack(List<RegisterRow> missing) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Bilingual> titles = new LinkedHashMap<>();
        for (RegisterRow r : missing) {
            if (r.latest() == null || r.latest().eligible()) {
                continue;
            }
            for (CriterionEntry c : evaluations.result(r.latest().evaluationId(), r.latest().unitCode())
                    .map(UnitEntry::notPassing).orElse(List.of())) {
                counts.merge(c.id(), 1, Integer::sum);
                titles.putIfAbsent(c.id(), c.title());
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new HoldingBack(e.getKey(), titles.get(e.getKey()), e.getValue())).toList();
    }

    /** Adds a target: admins only; the national one with province {@code *}. */
    public long create(XkmtUser user, String province, LocalDate due, String kind, int value, int total, String source) {
        admin(user);
        check(due, kind, value, total, source);
        String key;
        String name;
        if (Target.NATIONAL.equals(province)) {
            key = Target.NATIONAL;
            name = "Toàn quốc";
        } else {
            Province p = register.province(province, user);
            key = p.key();
            name = p.name();
        }
        return tx.execute(s -> {
            long id = store.insert(key, name, due, kind, value, total, source.strip(), user.getUsername());
            audit.record(user.getUsername(), key, "target:" + id, "target",
                    "target " + id + ": " + name + " " + describe(due, kind, value, total) + "; source: " + source.strip(), null);
            return id;
        });
    }

    /** Changes a target, from the version the admin saw. */
    public void update(XkmtUser user, long id, LocalDate due, String kind, int value, int total, String source, int version) {
        admin(user);
        check(due, kind, value, total, source);
        Target old = store.find(id).orElseThrow(WebProblem::notFound);
        tx.executeWithoutResult(s -> {
            if (!store.update(id, version, due, kind, value, total, source.strip())) {
                throw WebProblem.of(409, "edit-conflict.target");
            }
            audit.record(user.getUsername(), old.province(), "target:" + id, "target",
                    describe(old.dueDate(), old.kind(), old.value(), old.totalCommunes()) + " → "
                            + describe(due, kind, value, total) + "; source: " + old.source() + " → " + source.strip(), null);
        });
    }

    public Target target(long id) {
        return store.find(id).orElseThrow(WebProblem::notFound);
    }

    public List<vn.xkmt.web.audit.AuditEntry> history(long id) {
        return audit.of("target:" + id);
    }

    private static String describe(LocalDate due, String kind, int value, int total) {
        return ("SHARE".equals(kind) ? value + "% of " + total : value + " of " + total) + " by " + due;
    }

    private static void check(LocalDate due, String kind, int value, int total, String source) {
        if (due == null || !("COUNT".equals(kind) || "SHARE".equals(kind)) || value <= 0 || total <= 0
                || ("SHARE".equals(kind) && value > 100) || ("COUNT".equals(kind) && value > total)
                || source == null || source.isBlank()) {
            throw WebProblem.of(400, "target-invalid");
        }
    }

    private static void admin(XkmtUser user) {
        if (!user.isAdmin()) {
            throw WebProblem.of(403, "forbidden-role.target");
        }
    }
}
