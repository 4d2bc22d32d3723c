package vn.xkmt.web.evaluation;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.xkmt.batch.RunResult;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.security.XkmtUser;

/**
 * Evaluating a stored evaluation again, as an explicit action: from its stored bytes, under the rule set versions
 * it recorded (those in force, or rebuilt from their snapshot), compared with the stored result.
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

    /**
     * The run of a stored evaluation, rebuilt from its stored bytes under its recorded rule set versions for the
     * report writers, as far as the user may see it (a user of only some of its provinces gets their results,
     * counts and rule set versions only: {@link PartialView}). Refused (409) when evaluating again does not give
     * the stored result (its rules were not kept, or the stored data changed): a report must say what was decided.
     */
    public RunResult reproduce(long id, XkmtUser user) {
        EvaluationSummary s = evaluations.recorded(id, user);
        byte[] content = store.input(id).orElseThrow(WebProblem::notFound);
        EvaluationService.Evaluated o = service.evaluate(s.fileName(), content, null,
                snapshots.recorded(s.ruleSets()).catalog());
        RunDocument then = evaluations.stored(id);
        if (!EvaluationService.sha256(content).equals(s.sha256())
                || !Comparison.differences(then, o.document()).isEmpty()) {
            throw new WebProblem(409, "not-reproducible", "Đánh giá lại không ra đúng kết quả đã lưu (bộ tiêu chí lúc đó "
                    + "không còn được lưu, hoặc dữ liệu đã lưu bị thay đổi) nên không dựng lại được báo cáo; hãy tải kết "
                    + "quả JSON đã lưu hoặc đánh giá lại để xem khác biệt", "Evaluating again does not give the stored "
                    + "result (the rules of then were not kept, or the stored data changed), so the report cannot be "
                    + "rebuilt; download the stored JSON result, or evaluate again to see what differs");
        }
        RunResult run = o.run();
        RunResult whole = new RunResult(then.run().startedAt(), then.run().finishedAt(), run.xkmtVersion(), run.inputs(),
                run.results(), run.problems());
        return Access.complete(s, user) ? whole : PartialView.run(whole, o.dataset(), user);
    }
}
