package vn.xkmt.web.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.authoring.RuleSetRegistry.ReloadReport;
import vn.xkmt.ruleset.RuleSetCatalog;
import vn.xkmt.web.WebProperties;

/**
 * Notices changes made directly in the rules folder (a policy officer copying in a new
 * {@code parameters.yaml} or a new version folder) and hands them to the registry's safe reload.
 * Every {@code xkmt.web.rules-poll} (default 5 s; 0 or less: never) it takes a cheap fingerprint of
 * the folder: path, size and last-modified time of every file. A changed fingerprint is reloaded
 * once it has looked the same on two polls in a row, so a copy in progress is not read half-way;
 * each fingerprint is reloaded once, whatever the outcome. A publish from the editor has reloaded
 * already; the poll that follows finds every rule set unchanged (the registry compares content hashes).
 */
@Component
class RulesFolderWatcher implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(RulesFolderWatcher.class);

    private final RuleSetRegistry registry;
    private final Duration interval;
    /** Told of every reload it made (records what it activated when the rules live in the database). */
    private final Consumer<ReloadReport> reloaded;
    /** The folder as last handed to the registry (at start: as loaded). */
    private List<String> handled;
    /** The folder at the previous poll; null when it could not be read. */
    private List<String> seen;

    RulesFolderWatcher(RuleSetRegistry registry, WebProperties props) {
        this(registry, props, report -> { });
    }

    @org.springframework.beans.factory.annotation.Autowired
    RulesFolderWatcher(RuleSetRegistry registry, WebProperties props, RuleReleaseSync sync) {
        this(registry, props, sync::recordChangesOnDisk);
    }

    private RulesFolderWatcher(RuleSetRegistry registry, WebProperties props, Consumer<ReloadReport> reloaded) {
        this.registry = registry;
        this.reloaded = reloaded;
        this.interval = props.rulesPoll();
        this.handled = fingerprint(registry.root());
        this.seen = handled;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!interval.isNegative() && !interval.isZero()) {
            tasks.addFixedDelayTask(new FixedDelayTask(this::pollQuietly, interval, interval));
            LOG.info("Watching the rules folder {} every {}", registry.root(), interval);
        } else {
            LOG.info("Not watching the rules folder {} (xkmt.web.rules-poll={})", registry.root(), interval);
        }
    }

    /** The scheduled poll: whatever goes wrong is logged, and the next poll runs as planned. */
    void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.error("Rules folder {}: poll failed, the running versions keep answering", registry.root(), e);
        }
    }

    /** One look at the folder: the reload's report when a change had settled, else empty. */
    synchronized Optional<ReloadReport> poll() {
        List<String> now = fingerprint(registry.root());
        boolean settled = now != null && now.equals(seen);
        seen = now;
        if (!settled || now.equals(handled)) {
            return Optional.empty();
        }
        handled = now;
        if (RuleSetCatalog.folderIds(registry.root()).isEmpty()) {
            LOG.warn("Rules folder {} holds no rule set (missing or emptied?): not reloaded, the running versions "
                    + "keep answering", registry.root());
            return Optional.empty();
        }
        ReloadReport report = registry.reload();
        LOG.info("Rules folder {} changed: activated {}, unchanged {}, refused {}", registry.root(),
                report.activated(), report.unchanged(), report.refused().keySet());
        report.refused().forEach((id, reasons) -> LOG.warn(
                "Change on disk to rule set {} refused, the running version keeps answering: {}", id, reasons));
        reloaded.accept(report);
        return Optional.of(report);
    }

    /** Relative path, size and last-modified time of every regular file, sorted; null if unreadable now. */
    static List<String> fingerprint(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try {
            Path start = root.toRealPath();
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (a.isRegularFile()) {
                        out.add(start.relativize(file).toString().replace('\\', '/') + "\t" + a.size() + "\t"
                                + a.lastModifiedTime());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A file vanished or is locked mid-copy: the folder is still changing.
            return null;
        }
        Collections.sort(out);
        return out;
    }
}
