package vn.xkmt.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one way a password is checked (sign-in form and HTTP Basic): first {@link SignInThrottle}
 * says whether the account and the client address may try now; during a lock-out even the right
 * password is refused. Every failure is logged with the account, the address and the counts, never
 * the password; a name that is no account is logged by a short hash (it may be a password typed in
 * the wrong field).
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledSignIn.class);
    /** How long an attempt waits for the outcome of those being checked before it is refused. */
    static final java.time.Duration WAIT_FOR_ROOM = java.time.Duration.ofSeconds(10);

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final UserAccounts users;

    ThrottledSignIn(AccountDetails accounts, PasswordEncoder encoder, SignInThrottle throttle, UserAccounts users) {
        this.users = users;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setHideUserNotFoundExceptions(false);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        waitForRoom(username, address);
        try {
            Authentication ok = passwords.authenticate(authentication);
            throttle.succeeded(username, address);
            return ok;
        } catch (AuthenticationException e) {
            boolean known = !(e instanceof UsernameNotFoundException);
            SignInThrottle.Failure f = throttle.failed(username, address);
            LOG.warn("Sign-in failed: account {} from {} ({}): failure {} of the account, {} from the address{}",
                    label(username, known), address, reason(e), f.accountFailures(), f.addressFailures(),
                    f.lockedFor() > 0 ? "; next try in " + f.lockedFor() + " s" : "");
            if (f.lockedFor() > 0) {
                throw new SignInLocked(f.lockedFor());
            }
            throw known ? e : new BadCredentialsException("bad credentials");
        } catch (RuntimeException e) {
            throttle.succeeded(username, address);   // not a wrong password (the database failed): give the attempt back
            throw e;
        }
    }

    /**
     * Returns once the attempt is reserved. While as many attempts as the limit allows are being
     * checked, the next ones wait for their outcome (a moment: a password check is a fraction of a
     * second); during a lock-out the attempt is refused.
     */
    private void waitForRoom(String username, String address) {
        long deadline = System.nanoTime() + WAIT_FOR_ROOM.toNanos();
        while (true) {
            SignInThrottle.Attempt attempt = throttle.begin(username, address);
            if (attempt instanceof SignInThrottle.Allowed) {
                return;
            }
            long wait = attempt instanceof SignInThrottle.Refused r ? r.seconds() : 0;
            if (wait == 0 && System.nanoTime() > deadline) {
                wait = 1;
            }
            if (wait > 0) {
                LOG.warn("Sign-in refused without a password check: account {} from {} must wait {} s",
                        label(username, username != null && users.exists(username)), address, wait);
                throw new SignInLocked(wait);
            }
            try {
                Thread.sleep(20 + (long) (Math.random() * 30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SignInLocked(1);
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String reason(AuthenticationException e) {
        if (e instanceof UsernameNotFoundException) {
            return "no such account";
        }
        if (e instanceof BadCredentialsException) {
            return "wrong password";
        }
        return e.getClass().getSimpleName();
    }

    /** The account as typed when it is one; otherwise a short hash of what was typed. */
    static String label(String username, boolean known) {
        if (known && username != null && UserAccounts.USERNAME.matcher(username).matches()) {
            return username;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(String.valueOf(username).getBytes(StandardCharsets.UTF_8));
            return "(not an account, sha256 " + HexFormat.of().formatHex(h, 0, 4) + ")";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
