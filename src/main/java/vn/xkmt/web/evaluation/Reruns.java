package vn.xkmt.web.evaluation;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.security.XkmtUser;

/**
 * Evaluating a stored evaluation again, as an explicit action: from its stored bytes, under the rule set versions
 * it recorded (those in force, or rebuilt from their snapshot), compared with the stored result. The reports of a
 * stored evaluation never evaluate again: they render the stored result.
 */
@Service
public class Reruns {

    private final EvaluationService service;
    private final Evaluations evaluations;
    private final EvaluationStore store;
    private final RuleSnapshots snapshots;
    private final MeterRegistry meters;

    Reruns(EvaluationService service, Evaluations evaluations, EvaluationStore store, RuleSnapshots snapshots,
           MeterRegistry meters) {
        this.service = service;
        this.evaluations = evaluations;
        this.store = store;
        this.snapshots = snapshots;
        this.meters = meters;
    }

    /** Evaluates again and says whether the result is the same, and if not, what differs. */
    public Rerun rerun(long id, XkmtUser user) {
        EvaluationSummary s = evaluations.wholeSummary(id, user);
        byte[] content = store.input(id).orElseThrow(WebProblem::notFound);
        RecordedRules rules = snapshots.recorded(s.ruleSets());
        EvaluationService.Evaluated o = service.evaluate(s.fileName(), content, null, rules.catalog());
        String sha = o.sha256();
        List<String> diffs = Comparison.differences(evaluations.stored(id), o.document());
        boolean intact = sha.equals(s.sha256());
        meters.counter("xkmt.reruns", "matches", String.valueOf(intact && diffs.isEmpty())).increment();
        return new Rerun(id, sha, intact, intact && diffs.isEmpty(), s.ruleSets(), EvaluationService.ruleSets(o.run()),
                rules.restored(), rules.missing(), diffs);
    }
}
