package vn.xkmt.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins are slowed down ({@code xkmt.web.sign-in.*}).
 *
 * @param failuresBeforeDelay        failures of one account before it must wait (default 5)
 * @param addressFailuresBeforeDelay failures from one client address, over all accounts, before it
 *                                   must wait (default 20: an office behind one address has many users)
 * @param firstDelay                 the first wait (default 30 s); each further failure doubles it
 * @param maxDelay                   the longest wait (default 15 min)
 * @param forgetAfter                failures are forgotten this long after the last one (default 1 h)
 */
@ConfigurationProperties("xkmt.web.sign-in")
record SignInProperties(int failuresBeforeDelay, int addressFailuresBeforeDelay, Duration firstDelay,
                        Duration maxDelay, Duration forgetAfter) {

    SignInProperties {
        if (failuresBeforeDelay <= 0) {
            failuresBeforeDelay = 5;
        }
        if (addressFailuresBeforeDelay <= 0) {
            addressFailuresBeforeDelay = 20;
        }
        if (firstDelay == null || firstDelay.isNegative() || firstDelay.isZero()) {
            firstDelay = Duration.ofSeconds(30);
        }
        if (maxDelay == null || maxDelay.compareTo(firstDelay) < 0) {
            maxDelay = firstDelay.compareTo(Duration.ofMinutes(15)) > 0 ? firstDelay : Duration.ofMinutes(15);
        }
        if (forgetAfter == null || forgetAfter.compareTo(maxDelay) < 0) {
            forgetAfter = maxDelay.compareTo(Duration.ofHours(1)) > 0 ? maxDelay : Duration.ofHours(1);
        }
    }

    /** The wait after {@code failures} failures of a key whose limit is {@code limit}. */
    Duration delay(int failures, int limit) {
        int doublings = Math.min(30, Math.max(0, failures - limit));
        Duration d = firstDelay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
