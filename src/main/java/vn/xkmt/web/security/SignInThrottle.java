package vn.xkmt.web.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per account and per client address in table {@code sign_in_throttle}, so
 * that every server on the database sees the same counts. Each step is one transaction that locks
 * the two rows (always in the same order): {@link #begin} checks the lock-out and reserves the
 * attempt as pending, so that failures and attempts in flight together never pass the limit and
 * simultaneous guesses cannot slip past it; {@link #failed} or {@link #succeeded} then records the
 * outcome. No lock is held while the password is checked.
 */
@Component
class SignInThrottle {

    /** A pending attempt older than this was lost (its server stopped): it no longer counts. */
    static final Duration STALE = Duration.ofSeconds(30);

    /** What an attempt may do now. */
    sealed interface Attempt {
    }

    /** Refused without checking the password: wait this long. */
    record Refused(long seconds) implements Attempt {
    }

    /** As many attempts as the limit allows are being checked: ask again in a moment. */
    record Busy() implements Attempt {
    }

    /** Let through: check the password, then say {@link #failed} or {@link #succeeded}. */
    record Allowed() implements Attempt {
    }

    /**
     * A failure as counted.
     *
     * @param lockedFor the wait it set (0: none)
     */
    record Failure(int accountFailures, int addressFailures, long lockedFor) {
    }

    private record Row(String key, int limit, int failures, OffsetDateTime lastFailure, OffsetDateTime lockedUntil,
                       int pending) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SignInProperties props;

    SignInThrottle(JdbcClient jdbc, TransactionTemplate tx, SignInProperties props) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.props = props;
    }

    static String accountKey(String username) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "account:" + (u.length() > 150 ? u.substring(0, 150) : u);
    }

    static String addressKey(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address;
        return "address:" + (a.length() > 150 ? a.substring(0, 150) : a);
    }

    /** Checks both keys; when neither is locked and there is room, reserves the attempt. */
    Attempt begin(String username, String address) {
        ensure(username, address);
        return tx.execute(status -> {
            OffsetDateTime now = now();
            List<Row> rows = rows(username, address, now);
            long wait = 0;
            for (Row r : rows) {
                if (r.lockedUntil() != null && r.lockedUntil().isAfter(now)) {
                    wait = Math.max(wait, seconds(Duration.between(now, r.lockedUntil())));
                }
            }
            if (wait > 0) {
                return new Refused(wait);
            }
            // room: failures and attempts in flight below the limit; past it (a lock-out over), one at a time
            if (rows.stream().anyMatch(r -> r.pending() > 0 && r.failures() + r.pending() >= r.limit())) {
                return new Busy();
            }
            for (Row r : rows) {
                jdbc.sql("UPDATE sign_in_throttle SET failures = ?, pending = ?, pending_since = ? WHERE throttle_key = ?")
                        .params(r.failures(), r.pending() + 1, now, r.key()).update();
            }
            return new Allowed();
        });
    }

    /** The attempt's password was wrong: one more failure on both keys, and the lock when it reaches the limit. */
    Failure failed(String username, String address) {
        ensure(username, address);
        return tx.execute(status -> {
            OffsetDateTime now = now();
            List<Row> rows = rows(username, address, now);
            int[] failures = new int[2];
            long lockedFor = 0;
            for (Row r : rows) {
                int n = r.failures() + 1;
                OffsetDateTime until = r.lockedUntil();
                if (n >= r.limit()) {
                    Duration d = props.delay(n, r.limit());
                    until = now.plus(d);
                    lockedFor = Math.max(lockedFor, seconds(d));
                }
                jdbc.sql("UPDATE sign_in_throttle SET failures = ?, last_failure = ?, locked_until = ?, pending = ? "
                        + "WHERE throttle_key = ?").params(n, now, until, Math.max(0, r.pending() - 1), r.key()).update();
                failures[r.key().startsWith("account:") ? 0 : 1] = n;
            }
            return new Failure(failures[0], failures[1], lockedFor);
        });
    }

    /** The attempt was right: the account starts again from zero; the address only forgets the attempt. */
    void succeeded(String username, String address) {
        ensure(username, address);
        tx.executeWithoutResult(status -> {
            for (Row r : rows(username, address, now())) {
                if (r.key().startsWith("account:")) {
                    jdbc.sql("UPDATE sign_in_throttle SET failures = 0, last_failure = NULL, locked_until = NULL, "
                            + "pending = ? WHERE throttle_key = ?").params(Math.max(0, r.pending() - 1), r.key()).update();
                } else {
                    jdbc.sql("UPDATE sign_in_throttle SET pending = ? WHERE throttle_key = ?")
                            .params(Math.max(0, r.pending() - 1), r.key()).update();
                }
            }
        });
    }

    /** Both rows, locked in key order (so two attempts never deadlock), failures and pending as they count now. */
    private List<Row> rows(String username, String address, OffsetDateTime now) {
        String account = accountKey(username);
        String addr = addressKey(address);
        List<String> keys = account.compareTo(addr) < 0 ? List.of(account, addr) : List.of(addr, account);
        return keys.stream().map(k -> lock(k, k.equals(account) ? props.failuresBeforeDelay()
                : props.addressFailuresBeforeDelay(), now)).toList();
    }

    private Row lock(String key, int limit, OffsetDateTime now) {
        return jdbc.sql("SELECT failures, last_failure, locked_until, pending, pending_since FROM sign_in_throttle "
                        + "WHERE throttle_key = ? FOR UPDATE").param(key)
                .query((rs, n) -> {
                    OffsetDateTime last = rs.getObject(2, OffsetDateTime.class);
                    OffsetDateTime since = rs.getObject(5, OffsetDateTime.class);
                    boolean forgotten = last == null || last.plus(props.forgetAfter()).isBefore(now);
                    boolean stale = since == null || since.plus(STALE).isBefore(now);
                    return new Row(key, limit, forgotten ? 0 : rs.getInt(1), last, rs.getObject(3, OffsetDateTime.class),
                            stale ? 0 : rs.getInt(4));
                }).single();
    }

    /**
     * Makes both keys' rows exist, each by its own statement outside the step's transaction: a race
     * lost to another server is a duplicate key, which is fine (and must not abort the step).
     */
    private void ensure(String username, String address) {
        for (String key : List.of(accountKey(username), addressKey(address))) {
            try {
                jdbc.sql("INSERT INTO sign_in_throttle (throttle_key, failures, pending) SELECT ?, 0, 0 WHERE NOT EXISTS "
                        + "(SELECT 1 FROM sign_in_throttle WHERE throttle_key = ?)").params(key, key).update();
            } catch (DataIntegrityViolationException raced) {
                // made by a simultaneous attempt
            }
        }
    }

    /** Forgets keys with no failure for a while, no lock and nothing pending, so that the table does not grow. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetOld() {
        OffsetDateTime now = now();
        jdbc.sql("DELETE FROM sign_in_throttle WHERE (locked_until IS NULL OR locked_until < ?) "
                        + "AND (last_failure IS NULL OR last_failure < ?) AND (pending = 0 OR pending_since < ?)")
                .params(now, now.minus(props.forgetAfter()), now.minus(STALE)).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
