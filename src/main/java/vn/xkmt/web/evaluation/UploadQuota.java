package vn.xkmt.web.evaluation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.WebProperties;

/**
 * The hourly upload limit of an account ({@code xkmt.web.uploads-per-hour}, 0: none), shared by every
 * server on the database. Checking and reserving are one transaction that locks the account's
 * {@code upload_quota_lock} row: the evaluations stored in the last hour plus the uploads still being evaluated
 * (rows of {@code upload_reservation}, on any server) are counted, so simultaneous uploads on several
 * servers cannot pass the limit together. A reservation is deleted in the transaction that stores its
 * evaluation (then the stored row counts), or when the upload is refused; one left by a server that
 * stopped counts no longer after {@link #STALE}.
 */
@Component
class UploadQuota {

    /** A reservation older than this was lost with its server: no upload is evaluated that long. */
    static final Duration STALE = Duration.ofMinutes(10);

    /** An upload counted against the limit until stored or closed. */
    interface Reservation extends AutoCloseable {

        /** The row to delete with the stored evaluation; null when there is no limit. */
        String id();

        @Override
        void close();
    }

    private final EvaluationStore store;
    private final WebProperties props;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    UploadQuota(EvaluationStore store, WebProperties props, JdbcClient jdbc, TransactionTemplate tx) {
        this.store = store;
        this.props = props;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** The account's lock row, made once (by whichever server first needs it). */
    private void ensureLockRow(String user) {
        if (jdbc.sql("SELECT COUNT(*) FROM upload_quota_lock WHERE username = ?").param(user).query(Long.class).single() > 0) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> jdbc.sql("INSERT INTO upload_quota_lock (username) VALUES (?)").param(user).update());
        } catch (DataIntegrityViolationException e) {
            // made at the same moment by another upload
        }
    }

    /** Reserves one upload for the account, or refuses it (429) when the last hour's are used up. */
    Reservation reserve(String user) {
        int limit = props.uploadsPerHour();
        if (limit <= 0) {
            return new Reservation() {
                @Override
                public String id() {
                    return null;
                }

                @Override
                public void close() {
                }
            };
        }
        String id = UUID.randomUUID().toString();
        ensureLockRow(user);
        boolean reserved = Boolean.TRUE.equals(tx.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            // every server takes the account's row first: one reservation at a time per account
            jdbc.sql("SELECT username FROM upload_quota_lock WHERE username = ? FOR UPDATE").param(user)
                    .query(String.class).list();
            // reservations left by a server that stopped count no longer
            jdbc.sql("DELETE FROM upload_reservation WHERE username = ? AND reserved_at <= ?").params(user, now.minus(STALE))
                    .update();
            long inFlight = jdbc.sql("SELECT COUNT(*) FROM upload_reservation WHERE username = ? AND reserved_at > ?")
                    .params(user, now.minus(STALE)).query(Long.class).single();
            long used = store.uploadsSince(user, now.minusHours(1)) + inFlight;
            if (used >= limit) {
                return false;
            }
            jdbc.sql("INSERT INTO upload_reservation (id, username, reserved_at) VALUES (?, ?, ?)")
                    .params(id, user, now).update();
            return true;
        }));
        if (!reserved) {
            throw WebProblem.of(429, "too-many.uploads", limit);
        }
        return new Reservation() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void close() {
                jdbc.sql("DELETE FROM upload_reservation WHERE id = ?").param(id).update();
            }
        };
    }
}
