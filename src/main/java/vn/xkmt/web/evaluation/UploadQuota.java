package vn.xkmt.web.evaluation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.WebProperties;

/**
 * The hourly upload limit of an account ({@code xkmt.web.uploads-per-hour}, 0: none). Checking and
 * reserving are one step per account: the uploads stored in the last hour plus those still being
 * evaluated are counted, so simultaneous uploads cannot pass the limit together. A reservation is
 * released once its upload is stored (then the stored row counts) or refused. Per server: several
 * servers on one database each count their own uploads in flight.
 */
@Component
class UploadQuota {

    /** An upload counted against the limit until closed. */
    interface Reservation extends AutoCloseable {
        @Override
        void close();
    }

    private final EvaluationStore store;
    private final WebProperties props;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    UploadQuota(EvaluationStore store, WebProperties props) {
        this.store = store;
        this.props = props;
    }

    /** Reserves one upload for the account, or refuses it (429) when the last hour's are used up. */
    Reservation reserve(String user) {
        int limit = props.uploadsPerHour();
        if (limit <= 0) {
            return () -> { };
        }
        synchronized (locks.computeIfAbsent(user, k -> new Object())) {
            long used = store.uploadsSince(user, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
                    + inFlight.getOrDefault(user, 0);
            if (used >= limit) {
                throw new WebProblem(429, "too-many", "Bạn đã tải lên " + limit + " tệp trong một giờ qua (giới hạn của "
                        + "mỗi tài khoản); hãy thử lại sau", "You have uploaded " + limit + " files in the last hour "
                        + "(the limit of an account); try again later");
            }
            inFlight.merge(user, 1, Integer::sum);
        }
        return () -> inFlight.computeIfPresent(user, (k, n) -> n > 1 ? n - 1 : null);
    }
}
