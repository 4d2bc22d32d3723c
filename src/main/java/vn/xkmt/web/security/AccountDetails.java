package vn.xkmt.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks accounts up for sign-in (form and HTTP Basic). */
@Component
class AccountDetails implements UserDetailsService {

    private final UserAccounts accounts;

    AccountDetails(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
