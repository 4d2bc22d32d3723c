package vn.xkmt.web.security;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused without looking at the password: too many failures, wait {@link #seconds()}. */
final class SignInLocked extends LockedException {

    private final long seconds;

    SignInLocked(long seconds) {
        super("too many failed sign-ins; wait " + seconds + " s");
        this.seconds = seconds;
    }

    long seconds() {
        return seconds;
    }
}
