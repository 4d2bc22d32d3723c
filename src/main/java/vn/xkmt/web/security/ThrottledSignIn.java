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
        SignInThrottle.Attempt attempt = throttle.begin(username, address);
        if (attempt instanceof SignInThrottle.Refused r) {
            LOG.warn("Sign-in refused without a password check: account {} from {} must wait {} s", label(username, username != null && users.exists(username)),
                    address, r.seconds());
            throw new SignInLocked(r.seconds());
        }
        SignInThrottle.Allowed allowed = (SignInThrottle.Allowed) attempt;
        try {
            Authentication ok = passwords.authenticate(authentication);
            throttle.succeeded(username, address);
            return ok;
        } catch (AuthenticationException e) {
            boolean known = !(e instanceof UsernameNotFoundException);
            LOG.warn("Sign-in failed: account {} from {} ({}): failure {} of the account, {} from the address{}",
                    label(username, known), address, reason(e), allowed.accountFailures(), allowed.addressFailures(),
                    allowed.lockedFor() > 0 ? "; next try in " + allowed.lockedFor() + " s" : "");
            if (allowed.lockedFor() > 0) {
                throw new SignInLocked(allowed.lockedFor());
            }
            throw known ? e : new BadCredentialsException("bad credentials");
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
