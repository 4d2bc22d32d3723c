package vn.xkmt.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Where publishes are recorded; the web app keeps them in its database. */
public interface PublishLog {

    void append(PublishRecord record);

    /** Newest first. */
    List<PublishRecord> list();

    default Optional<PublishRecord> find(String id) {
        return list().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The newest publish of a rule set version, if any. */
    default Optional<PublishRecord> latest(String ruleSet, String version) {
        return list().stream().filter(r -> r.ruleSet().equals(ruleSet) && r.version().equals(version)).findFirst();
    }

    /**
     * Runs a publish so that no other publish, on this server or another one sharing the log, runs at
     * the same time; before it runs, the rules folder is brought up to the newest publish recorded.
     * In memory: just runs it.
     */
    default <T> T serialised(Supplier<T> publish) {
        return publish.get();
    }

    /** A log kept in memory (command line, tests). */
    static PublishLog inMemory() {
        return new PublishLog() {
            private final List<PublishRecord> records = new ArrayList<>();

            @Override
            public synchronized void append(PublishRecord record) {
                records.add(0, record);
            }

            @Override
            public synchronized List<PublishRecord> list() {
                return List.copyOf(records);
            }
        };
    }
}
