package vn.xkmt.web.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.report.ResultJson;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.VerdictCounts;
import vn.xkmt.web.Provinces;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.security.XkmtUser;

/** Reading stored evaluations, each as far as the user may see it. */
@Service
public class Evaluations {

    private final EvaluationStore store;
    private final KnownProvinces provinces;
    private final ZoneId zone;

    Evaluations(EvaluationStore store, KnownProvinces provinces,
                @Value("${xkmt.web.zone:Asia/Ho_Chi_Minh}") String zone) {
        this.store = store;
        this.provinces = provinces;
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** One page of the history, newest first, and the number of evaluations the filter selects. */
    public Page history(HistoryFilter f, XkmtUser user) {
        String province = blank(f.province()) ? null : Provinces.key(f.province());
        if (province != null && !user.covers(province)) {
            throw WebProblem.notYourProvince();
        }
        String commune = blank(f.commune()) ? null : EvaluationStore.search(f.commune());
        EvaluationStore.Query q = new EvaluationStore.Query(user.isAdmin() ? null : List.copyOf(user.provinceKeys()),
                user.getUsername(), province, commune == null || commune.isEmpty() ? null : commune,
                f.from() == null ? null : f.from().atStartOfDay(zone).toOffsetDateTime(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime(), f.size(),
                f.page() * f.size());
        List<EvaluationSummary> items = store.list(q).stream().map(s -> scoped(s, user)).toList();
        return new Page(items, store.count(q), f.page(), f.size());
    }

    /** A page of summaries. */
    public record Page(List<EvaluationSummary> items, long total, int page, int size) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /**
     * The evaluation's entry as the user may see it: for a user of only some of its provinces, the
     * counts, rule set versions and provinces of their units only.
     */
    public EvaluationSummary summary(long id, XkmtUser user) {
        return scoped(recorded(id, user), user);
    }

    /** The entry as stored (every count and rule set version), once the user may see the evaluation at all. */
    EvaluationSummary recorded(long id, XkmtUser user) {
        EvaluationSummary s = store.summary(id).orElseThrow(WebProblem::notFound);
        if (!Access.visible(s, user)) {
            throw WebProblem.notYourProvince();
        }
        return s;
    }

    private EvaluationSummary scoped(EvaluationSummary s, XkmtUser user) {
        return Access.complete(s, user) ? s : PartialView.summary(s, store.units(s.id()), user);
    }

    /** The summary, for a user who may see the evaluation whole (re-run, stored file). */
    public EvaluationSummary wholeSummary(long id, XkmtUser user) {
        EvaluationSummary s = recorded(id, user);
        if (!Access.complete(s, user)) {
            throw WebProblem.notYourProvince();
        }
        return s;
    }

    /** The evaluation with the results the user may see, every count and version made from those. */
    public EvaluationDetail detail(long id, XkmtUser user) {
        EvaluationSummary s = recorded(id, user);
        RunDocument doc = stored(id);
        if (Access.complete(s, user)) {
            return new EvaluationDetail(s, doc, true, true);
        }
        return new EvaluationDetail(scoped(s, user), PartialView.document(doc, user), false, false);
    }

    /** The result as stored, read back as records (a document stored before the shape had a version too). */
    RunDocument stored(long id) {
        return ResultJson.read(store.resultJson(id).orElseThrow(WebProblem::notFound));
    }

    /** The uploaded workbook, for users of every province it names and admins. */
    public byte[] input(long id, XkmtUser user) {
        wholeSummary(id, user);
        return store.input(id).orElseThrow(WebProblem::notFound);
    }

    /** The latest verdict of every commune of a province. */
    public Dashboard dashboard(String province, XkmtUser user) {
        Province p = provinces.byKeyOrSlug(province);
        if (!user.covers(p.key())) {
            throw WebProblem.notYourProvince();
        }
        List<UnitRow> latest = store.latestUnits(p.key());
        Map<String, Integer> counts = new LinkedHashMap<>();
        VerdictCounts.count(latest, u -> Verdict.valueOf(u.verdict())).forEach((v, n) -> counts.put(v.name(), n));
        return new Dashboard(p, counts, latest);
    }

    /** Today in the server's zone (history filters are by local day). */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
