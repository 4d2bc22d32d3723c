package vn.xkmt.web.evaluation;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.xkmt.commune.Dataset;
import vn.xkmt.ingest.WorkbookReader;

/**
 * The registrations of evaluations stored before the register read them from the data: which are
 * still unread, what their stored workbooks say, and marking one read (for the register's backfill).
 */
@Service
public class StoredRegistrations {

    private final EvaluationStore store;
    private final WorkbookReader reader;

    StoredRegistrations(EvaluationStore store, WorkbookReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** Ids of stored evaluations whose registrations were never read, oldest first. */
    public List<Long> unread() {
        return store.registrationsUnread();
    }

    /** The stored evaluation's registrations, read again from its stored workbook. */
    public Optional<EvaluationStored> read(long id) {
        Optional<EvaluationSummary> s = store.summary(id);
        Optional<byte[]> content = store.input(id);
        if (s.isEmpty() || content.isEmpty()) {
            return Optional.empty();
        }
        Dataset ds = reader.read(s.get().fileName(), new ByteArrayInputStream(content.get()));
        return Optional.of(new EvaluationStored(id, s.get().createdBy(), s.get().createdAt(), s.get().fileName(),
                RegistrationRead.of(ds)));
    }

    /** Call in the transaction that wrote what the evaluation's registrations gave. */
    public void markRead(long id) {
        store.markRegistrationsRead(id);
    }
}
