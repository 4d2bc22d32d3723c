package vn.xkmt.web.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per account and per client address in table {@code sign_in_throttle}, so
 * that every server on the database sees the same counts. An attempt is counted before its password
 * is checked, in one transaction that locks the two rows, so simultaneous attempts cannot slip past
 * the limit together; a success takes its own count back (the account's count goes to zero).
 */
@Component
class SignInThrottle {

    /** What an attempt may do. */
    sealed interface Attempt {
    }

    /** Refused without checking the password: wait this long. */
    record Refused(long seconds) implements Attempt {
    }

    /**
     * Let through and counted as a failure until it succeeds.
     *
     * @param accountFailures failures of the account with this one
     * @param addressFailures failures from the address with this one
     * @param lockedFor       the wait this attempt sets if it fails (0: none)
     */
    record Allowed(int accountFailures, int addressFailures, long lockedFor) implements Attempt {
    }

    private record Row(int failures, OffsetDateTime lastFailure, OffsetDateTime lockedUntil) {
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

    /** Checks both keys and, when neither is locked, counts the attempt against both. */
    Attempt begin(String username, String address) {
        String account = accountKey(username);
        String addr = addressKey(address);
        ensure(account);
        ensure(addr);
        return tx.execute(status -> {
            OffsetDateTime now = now();
            TreeMap<String, Row> rows = new TreeMap<>();
            rows.put(account, null);
            rows.put(addr, null);
            for (String key : rows.keySet()) {   // always in key order, so two attempts never deadlock
                rows.put(key, lock(key));
            }
            long wait = 0;
            for (Row r : rows.values()) {
                if (r.lockedUntil() != null && r.lockedUntil().isAfter(now)) {
                    wait = Math.max(wait, seconds(Duration.between(now, r.lockedUntil())));
                }
            }
            if (wait > 0) {
                return new Refused(wait);
            }
            int accountFailures = count(account, rows.get(account), props.failuresBeforeDelay(), now);
            int addressFailures = count(addr, rows.get(addr), props.addressFailuresBeforeDelay(), now);
            long lockedFor = 0;
            if (accountFailures >= props.failuresBeforeDelay()) {
                lockedFor = seconds(props.delay(accountFailures, props.failuresBeforeDelay()));
            }
            if (addressFailures >= props.addressFailuresBeforeDelay()) {
                lockedFor = Math.max(lockedFor, seconds(props.delay(addressFailures, props.addressFailuresBeforeDelay())));
            }
            return new Allowed(accountFailures, addressFailures, lockedFor);
        });
    }

    /** The attempt was right: the account starts again from zero, the address takes this attempt back. */
    void succeeded(String username, String address) {
        String addr = addressKey(address);
        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE sign_in_throttle SET failures = 0, last_failure = NULL, locked_until = NULL "
                    + "WHERE throttle_key = ?").param(accountKey(username)).update();
            Row r = lock(addr);
            if (r != null) {
                int failures = Math.max(0, r.failures() - 1);
                jdbc.sql("UPDATE sign_in_throttle SET failures = ?, locked_until = ? WHERE throttle_key = ?")
                        .params(failures, failures < props.addressFailuresBeforeDelay() ? null : r.lockedUntil(), addr)
                        .update();
            }
        });
    }

    /** Counts the attempt against one key; sets the lock when the count reaches the limit. */
    private int count(String key, Row r, int limit, OffsetDateTime now) {
        boolean forgotten = r.lastFailure() == null || r.lastFailure().plus(props.forgetAfter()).isBefore(now);
        int failures = (forgotten ? 0 : r.failures()) + 1;
        OffsetDateTime until = failures >= limit ? now.plus(props.delay(failures, limit)) : null;
        jdbc.sql("UPDATE sign_in_throttle SET failures = ?, last_failure = ?, locked_until = ? WHERE throttle_key = ?")
                .params(failures, now, until, key).update();
        return failures;
    }

    private Row lock(String key) {
        Optional<Row> row = jdbc.sql("SELECT failures, last_failure, locked_until FROM sign_in_throttle "
                        + "WHERE throttle_key = ? FOR UPDATE").param(key)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class))).optional();
        return row.orElse(new Row(0, null, null));
    }

    /** Makes the key's row exist (its own statement: a lost race is a duplicate key, which is fine). */
    private void ensure(String key) {
        if (jdbc.sql("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = ?").param(key).query(Long.class)
                .single() > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO sign_in_throttle (throttle_key, failures) VALUES (?, 0)").param(key).update();
        } catch (DataIntegrityViolationException raced) {
            // another attempt made it first
        }
    }

    /** Forgets keys with no failure for a while and no lock, so that the table does not grow. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetOld() {
        OffsetDateTime now = now();
        jdbc.sql("DELETE FROM sign_in_throttle WHERE (locked_until IS NULL OR locked_until < ?) "
                        + "AND (last_failure IS NULL OR last_failure < ?)")
                .params(now, now.minus(props.forgetAfter())).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
