package vn.xkmt.web.authoring;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xkmt.authoring.RuleSetRegistry;

/**
 * With the default {@code xkmt.web.rules-source=folder}: at start, every version of the folder whose
 * files differ from the database's newest copy is recorded ({@code seed} or {@code disk}), so that the
 * database always holds what is in force. With {@code database}: at start, under the publish lock, seeds the database
 * with the versions of the rules folder it does not hold and rewrites the folder from the newest
 * releases; then every {@code xkmt.web.rules-sync} (default 2 s) looks at the highest release number
 * and, when another server published, rewrites the changed versions and reloads them safely. So a
 * publish on any server answers on every server within the poll plus the seconds a reload takes.
 */
@Component
@Order(0)
class RuleReleaseSync implements ApplicationRunner, SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(RuleReleaseSync.class);

    private final RuleReleases releases;
    private final RuleSetRegistry registry;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Duration interval;
    private volatile long seen = -1;

    RuleReleaseSync(RuleReleases releases, RuleSetRegistry registry, JdbcClient jdbc, TransactionTemplate tx,
                    @Value("${xkmt.web.rules-sync:2s}") Duration interval) {
        this.releases = releases;
        this.registry = registry;
        this.jdbc = jdbc;
        this.tx = tx;
        this.interval = interval;
    }

    /** Takes the publish lock for the rest of the caller's transaction. */
    void lock() {
        jdbc.sql("SELECT name FROM app_lock WHERE name = 'rule-publish' FOR UPDATE").query(String.class).list();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!releases.fromDatabase()) {
            // the folder is the truth: the database is told of every version that differs from its copy
            tx.executeWithoutResult(status -> {
                lock();
                for (var rs : registry.current().all()) {
                    String newest = releases.newestHash(rs.id(), rs.version());
                    if (!rs.definition().contentHash().equals(newest)) {
                        releases.record(rs.id(), rs.version(), "rules folder", newest == null ? "seed" : "disk", null);
                    }
                }
            });
            return;
        }
        tx.executeWithoutResult(status -> {
            lock();
            int seeded = releases.seed();
            if (seeded > 0) {
                LOG.info("Rule sets: {} versions of the rules folder {} recorded in the database", seeded, registry.root());
            }
            catchUp();
        });
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (releases.fromDatabase() && !interval.isNegative() && !interval.isZero()) {
            tasks.addFixedDelayTask(new FixedDelayTask(this::pollQuietly, interval, interval));
            LOG.info("Rule sets from the database, looked at every {}", interval);
        }
    }

    void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.error("Rule sets: looking at the database failed, the running versions keep answering", e);
        }
    }

    /** One look: when a release was added since the last look, the folder follows it and is reloaded. */
    void poll() {
        long max = releases.maxSeq();
        if (max != seen) {
            catchUp();
        }
    }

    /**
     * A change copied into this instance's folder that the watcher activated is recorded as a release
     * ({@code disk}), under the publish lock: with the rules in the database the other instances follow
     * it (the last change wins, as with two publishes one after the other); with the folder as the
     * truth the database keeps a copy of what is in force ({@code rules export}).
     */
    void recordChangesOnDisk(RuleSetRegistry.ReloadReport report) {
        if (report.activated().isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            lock();
            for (String id : report.activated()) {
                for (var rs : registry.current().versions(id)) {
                    String newest = releases.newestHash(id, rs.version());
                    if (!rs.definition().contentHash().equals(newest)) {
                        releases.record(id, rs.version(), "rules folder", "disk", null);
                        LOG.info("Rule set {}@{} changed on disk: recorded for the other instances", id, rs.version());
                    }
                }
            }
        });
    }

    /** Rewrites the versions whose newest release differs from the folder, and reloads them. */
    void catchUp() {
        long max = releases.maxSeq();
        registry.exclusively(() -> {
            List<String> written = releases.writeNewest();
            if (!written.isEmpty()) {
                RuleSetRegistry.ReloadReport report = registry.reload();
                LOG.info("Rule sets {} published on another server: activated {}, refused {}", written,
                        report.activated(), report.refused().keySet());
                report.refused().forEach((id, reasons) -> LOG.warn(
                        "Rule set {} as published on another server refused here, the running version keeps answering: {}",
                        id, reasons));
            }
            return null;
        });
        seen = max;
    }
}
