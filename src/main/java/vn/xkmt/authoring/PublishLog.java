package vn.xkmt.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where publishes are recorded; the web app keeps them in its database. */
public interface PublishLog {

    void append(PublishRecord record);

    /** Newest first. */
    List<PublishRecord> list();

    default Optional<PublishRecord> find(String id) {
        return list().stream().filter(r -> r.id().equals(id)).findFirst();
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
