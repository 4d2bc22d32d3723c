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
 * What an upload must be is {@link UploadPolicy}'s; evaluating a stored one again is {@link Reruns}'.
 */
@Service
public class EvaluationService {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationService.class);

    private final WorkbookReader reader;
    private final RuleSetRegistry registry;
    private final EvaluationStore store;
    private final Semaphore permits;
    private final MeterRegistry meters;
    private final Timer duration;
    private final RuleSnapshots snapshots;
    private final UploadPolicy policy;
    private final ApplicationEventPublisher events;

    EvaluationService(WorkbookReader reader, RuleSetRegistry registry, EvaluationStore store, WebProperties props,
                      MeterRegistry meters, RuleSnapshots snapshots, UploadPolicy policy,
                      ApplicationEventPublisher events) {
        this.events = events;
        this.snapshots = snapshots;
        this.policy = policy;
        this.reader = reader;
        this.registry = registry;
        this.store = store;
        this.meters = meters;
        this.permits = new Semaphore(props.maxParallelEvaluations(), true);
        this.duration = Timer.builder("xkmt.evaluation.duration").description("Reading and evaluating one upload")
                .register(meters);
    }

    /** Evaluates and stores one uploaded workbook; returns the new evaluation's id. */
    public long submit(XkmtUser user, String clientFileName, byte[] content) {
        String name = UploadNames.label(clientFileName);
        try {
            policy.check(user, content);
            Evaluated o;
            long id;
            try (UploadQuota.Reservation r = policy.reserve(user)) {
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

    private Counter counter(String outcome) {
        return Counter.builder("xkmt.evaluations").description("Uploads evaluated and stored, or refused")
                .tag("outcome", outcome).register(meters);
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
                    UploadPolicy.provinces(dataset), units);
        }

        private int count(Verdict v) {
            return document.summary().verdicts().getOrDefault(v, 0);
        }
    }

    /**
     * Reads and evaluates under the given rule sets; refuses what {@link UploadPolicy#admit} refuses: a file that
     * is not a readable workbook or (for an upload by {@code user}) names provinces outside the account.
     */
    Evaluated evaluate(String name, byte[] content, XkmtUser user, RuleSetCatalog catalog) {
        acquire();
        Timer.Sample sample = Timer.start(meters);
        long t0 = System.nanoTime();
        try {
            Dataset ds = reader.read(name, new ByteArrayInputStream(content));
            UploadPolicy.admit(ds, content, user);
            String sha = ds.sha256(); // computed by the reader as it spooled the bytes, not a second time
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
            throw WebProblem.of(503, "interrupted");
        }
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

}
