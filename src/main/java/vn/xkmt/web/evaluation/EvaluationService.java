package vn.xkmt.web.evaluation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.batch.Evaluator;
import vn.xkmt.batch.Progress;
import vn.xkmt.batch.RunOptions;
import vn.xkmt.batch.RunResult;
import vn.xkmt.commune.AnnualReport;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.Dataset;
import vn.xkmt.evaluation.Verdict;
import vn.xkmt.ingest.WorkbookReader;
import vn.xkmt.report.ResultDocument;
import vn.xkmt.report.ResultJson;
import vn.xkmt.report.result.RunDocument;
import vn.xkmt.report.result.UnitEntry;
import vn.xkmt.ruleset.RuleSetCatalog;
import vn.xkmt.web.Provinces;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.WebProperties;
import vn.xkmt.web.security.XkmtUser;

/**
 * Evaluates an uploaded workbook and keeps it: the bytes and their SHA-256, the rule set versions
 * with their content hashes, who and when, and the full result document (persons by id only).
 * Evaluations run at most {@code xkmt.web.max-parallel-evaluations} at a time; the others wait.
 */
@Service
public class EvaluationService {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationService.class);

    private final WorkbookReader reader;
    private final RuleSetRegistry registry;
    private final EvaluationStore store;
    private final JsonMapper json;
    private final WebProperties props;
    private final Semaphore permits;
    private final MeterRegistry meters;
    private final Timer duration;
    private final Evaluations evaluations;
    private final RuleSnapshots snapshots;
    private final UploadQuota quota;
    private final ApplicationEventPublisher events;

    EvaluationService(WorkbookReader reader, RuleSetRegistry registry, EvaluationStore store, JsonMapper json,
                      WebProperties props, MeterRegistry meters, Evaluations evaluations, RuleSnapshots snapshots,
                      UploadQuota quota, ApplicationEventPublisher events) {
        this.events = events;
        this.evaluations = evaluations;
        this.snapshots = snapshots;
        this.quota = quota;
        this.reader = reader;
        this.registry = registry;
        this.store = store;
        this.json = json;
        this.props = props;
        this.meters = meters;
        this.permits = new Semaphore(props.maxParallelEvaluations(), true);
        this.duration = Timer.builder("xkmt.evaluation.duration").description("Reading and evaluating one upload")
                .register(meters);
    }

    /** Evaluates and stores one uploaded workbook; returns the new evaluation's id. */
    public long submit(XkmtUser user, String clientFileName, byte[] content) {
        String name = UploadNames.label(clientFileName);
        try {
            check(user, content);
            Evaluated o;
            long id;
            try (UploadQuota.Reservation r = quota.reserve(user.getUsername())) {
                o = evaluate(name, content, user, registry.current());
                snapshots.keep(o.run().ruleSetsUsed());
                NewEvaluation record = o.toRecord(user.getUsername(), name, content);
                List<RegistrationRead> registrations = RegistrationRead.of(o.dataset());
                // the register reads the registrations in this transaction: a failure there stores nothing
                id = store.insert(record, r.id(), newId -> events.publishEvent(new EvaluationStored(newId,
                        user.getUsername(), record.createdAt(), name, registrations)));
            }
            counter("stored").increment();
            o.run().results().forEach(r -> meters.counter("xkmt.evaluated.units", "verdict", r.verdict().name()).increment());
            LOG.info("Evaluation {} stored: {} units, {} bytes, sha256 {}, by {}", id, o.run().results().size(),
                    content.length, o.sha256(), user.getUsername());
            return id;
        } catch (WebProblem p) {
            counter("rejected").increment();
            LOG.info("Upload by {} refused: {} ({} bytes)", user.getUsername(), p.code(), content.length);
            throw p;
        }
    }

    /**
     * Evaluates a stored evaluation again from its stored bytes, under the rule set versions it
     * recorded (those in force, or rebuilt from their snapshot), and says whether the result is the same.
     */
    @SuppressWarnings("unchecked")
    public Rerun rerun(long id, XkmtUser user) {
        EvaluationSummary s = evaluations.wholeSummary(id, user);
        byte[] content = store.input(id).orElseThrow(WebProblem::notFound);
        String sha = sha256(content);
        RecordedRules rules = snapshots.recorded(s.ruleSets());
        Evaluated o = evaluate(s.fileName(), content, null, rules.catalog());
        Map<String, Object> then = json.readValue(store.resultJson(id).orElseThrow(WebProblem::notFound), Map.class);
        Map<String, Object> now = json.readValue(o.resultJson(), Map.class);
        List<String> diffs = Comparison.differences(then, now);
        boolean intact = sha.equals(s.sha256());
        meters.counter("xkmt.reruns", "matches", String.valueOf(intact && diffs.isEmpty())).increment();
        return new Rerun(id, sha, intact, intact && diffs.isEmpty(), s.ruleSets(), ruleSets(o.run()), rules.restored(),
                rules.missing(), diffs);
    }

    /**
     * The run of a stored evaluation, rebuilt from its stored bytes under its recorded rule set
     * versions for the report writers, as far as the user may see it (a user of only some of its
     * provinces gets their results, counts and rule set versions only: {@link PartialView}). Refused (409) when evaluating
     * again does not give the stored result (its rules were not kept, or the stored data changed): a
     * report must say what was decided.
     */
    @SuppressWarnings("unchecked")
    public RunResult reproduce(long id, XkmtUser user) {
        EvaluationSummary s = evaluations.recorded(id, user);
        byte[] content = store.input(id).orElseThrow(WebProblem::notFound);
        Evaluated o = evaluate(s.fileName(), content, null, snapshots.recorded(s.ruleSets()).catalog());
        Map<String, Object> then = json.readValue(store.resultJson(id).orElseThrow(WebProblem::notFound), Map.class);
        Map<String, Object> now = json.readValue(o.resultJson(), Map.class);
        if (!sha256(content).equals(s.sha256()) || !Comparison.differences(then, now).isEmpty()) {
            throw new WebProblem(409, "not-reproducible", "Đánh giá lại không ra đúng kết quả đã lưu (bộ tiêu chí lúc đó "
                    + "không còn được lưu, hoặc dữ liệu đã lưu bị thay đổi) nên không dựng lại được báo cáo; hãy tải kết "
                    + "quả JSON đã lưu hoặc đánh giá lại để xem khác biệt", "Evaluating again does not give the stored "
                    + "result (the rules of then were not kept, or the stored data changed), so the report cannot be "
                    + "rebuilt; download the stored JSON result, or evaluate again to see what differs");
        }
        RunResult run = o.run();
        Map<String, Object> runThen = (Map<String, Object>) then.get("run");
        java.time.Instant started = java.time.Instant.parse((String) runThen.get("startedAt"));
        java.time.Instant finished = java.time.Instant.parse((String) runThen.get("finishedAt"));
        RunResult whole = new RunResult(started, finished, run.xkmtVersion(), run.inputs(), run.results(), run.problems());
        return Access.complete(s, user) ? whole : PartialView.run(whole, o.dataset(), user);
    }

    private Counter counter(String outcome) {
        return Counter.builder("xkmt.evaluations").description("Uploads evaluated and stored, or refused")
                .tag("outcome", outcome).register(meters);
    }

    private void check(XkmtUser user, byte[] content) {
        if (!user.canUpload()) {
            throw new WebProblem(403, "forbidden", "Chỉ thẩm định viên và quản trị viên được tải tệp lên",
                    "Only appraisers and administrators upload workbooks");
        }
        if (content.length == 0) {
            throw new WebProblem(400, "empty", "Tệp rỗng (0 byte). Hãy chọn tệp Excel .xlsx đã điền dữ liệu.",
                    "The file is empty (0 bytes). Choose a filled-in .xlsx workbook.");
        }
        if (content.length > props.maxUploadBytes()) {
            throw tooLarge(props);
        }
    }

    public static WebProblem tooLarge(WebProperties props) {
        return new WebProblem(413, "too-large", "Tệp quá lớn: tối đa " + props.maxUploadMegabytes()
                + " MB. Hãy tách tệp theo xã hoặc xóa các sheet không cần thiết.", "The file is too large: at most "
                + props.maxUploadMegabytes() + " MB. Split it by commune or remove sheets that are not needed.");
    }

    /** The result of reading and evaluating bytes, before it is stored. */
    record Evaluated(String sha256, Dataset dataset, RunResult run, RunDocument document, String resultJson,
                   long durationMs) {

        NewEvaluation toRecord(String user, String fileName, byte[] content) {
            List<UnitRow> units = new ArrayList<>();
            for (UnitEntry r : document.results()) {
                units.add(new UnitRow(0, null, r.key(), r.unitCode(), r.unitName(), r.year(),
                        Provinces.key(r.province()), r.province(), r.ruleSet(), r.ruleSetVersion(), r.ruleSetHash(),
                        r.verdict().name()));
            }
            return new NewEvaluation(OffsetDateTime.now(ZoneOffset.UTC), user, fileName, sha256, content,
                    run.xkmtVersion(), ruleSets(run), count(Verdict.ELIGIBLE), count(Verdict.NOT_ELIGIBLE),
                    count(Verdict.UNDETERMINED), run.errors().size(), run.warnings().size(), durationMs, resultJson,
                    provinces(dataset), units);
        }

        private int count(Verdict v) {
            return (int) run.results().stream().filter(r -> r.verdict() == v).count();
        }
    }

    /**
     * Reads and evaluates under the given rule sets; refuses a file that is not a readable workbook or
     * (for an upload by {@code user}) names provinces outside the account.
     */
    Evaluated evaluate(String name, byte[] content, XkmtUser user, RuleSetCatalog catalog) {
        acquire();
        Timer.Sample sample = Timer.start(meters);
        long t0 = System.nanoTime();
        try {
            String sha = sha256(content);
            Dataset ds = reader.read(name, new ByteArrayInputStream(content));
            if (ds.communes().isEmpty() && ds.annualReports().isEmpty()) {
                boolean zip = UploadNames.looksLikeZip(content);
                if (ds.errors().isEmpty()) {
                    throw new WebProblem(422, "no-rows", "Tệp không có dòng xã (sheet Xa) hay báo cáo năm (sheet BaoCaoNam) nào để đánh giá",
                            "The workbook has no commune rows (sheet Xa) or annual rows (sheet BaoCaoNam) to evaluate", ds.problems());
                }
                throw new WebProblem(zip ? 422 : 415, zip ? "unreadable" : "not-a-workbook",
                        zip ? "Không đọc được tệp: không có dòng nào để đánh giá" : "Tệp không phải sổ tính Excel .xlsx",
                        zip ? "The workbook could not be read: no row to evaluate" : "The file is not an Excel .xlsx workbook",
                        ds.problems());
            }
            if (user != null && !user.isAdmin()) {
                Set<String> outside = provinces(ds).stream().filter(p -> !user.covers(p)).collect(Collectors.toCollection(TreeSet::new));
                if (!outside.isEmpty()) {
                    String names = provinceLabels(ds, outside);
                    throw new WebProblem(403, "forbidden-province", "Tệp có xã thuộc tỉnh ngoài phạm vi tài khoản của bạn: " + names,
                            "The workbook holds communes of provinces outside your account: " + names);
                }
            }
            RunResult run = new Evaluator(catalog, reader::read).evaluate(List.of(ds), new RunOptions(null, null, 1), Progress.NONE);
            RunDocument doc = new ResultDocument().of(run);
            return new Evaluated(sha, ds, run, doc, ResultJson.write(doc), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            sample.stop(duration);
            permits.release();
        }
    }

    private void acquire() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebProblem(503, "interrupted", "Máy chủ đang dừng", "The server is stopping");
        }
    }

    /** Normalised keys of the provinces named by the workbook's rows (blank ones left out). */
    static Set<String> provinces(Dataset ds) {
        Set<String> out = new TreeSet<>();
        ds.communes().stream().map(Commune::getProvince).map(Provinces::key).filter(k -> !k.isEmpty()).forEach(out::add);
        ds.annualReports().stream().map(AnnualReport::getProvince).map(Provinces::key).filter(k -> !k.isEmpty())
                .forEach(out::add);
        return out;
    }

    private static String provinceLabels(Dataset ds, Set<String> keys) {
        Set<String> names = new TreeSet<>();
        ds.communes().stream().map(Commune::getProvince).filter(p -> keys.contains(Provinces.key(p))).forEach(names::add);
        ds.annualReports().stream().map(AnnualReport::getProvince).filter(p -> keys.contains(Provinces.key(p)))
                .forEach(names::add);
        return String.join(", ", names);
    }

    static List<String> ruleSets(RunResult run) {
        return run.ruleSetsUsed().stream().map(d -> d.id() + "@" + d.version() + "#" + d.contentHash()).toList();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
