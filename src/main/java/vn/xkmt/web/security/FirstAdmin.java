package vn.xkmt.web.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a fresh installation: when no admin exists and
 * {@code XKMT_ADMIN_PASSWORD} is set, account {@code admin} is created with it. Other accounts are
 * then made on the admin page. Several servers starting at once on one database make it once.
 */
@Component
@org.springframework.core.annotation.Order(2)
class FirstAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts accounts;
    private final String password;
    private final FirstRunLock lock;

    FirstAdmin(UserAccounts accounts, @Value("${XKMT_ADMIN_PASSWORD:}") String password, FirstRunLock lock) {
        this.accounts = accounts;
        this.password = password;
        this.lock = lock;
    }

    /** Under the first-run lock: servers starting together on one database make the account once. */
    @Override
    public void run(ApplicationArguments args) {
        lock.run(this::createIfNoAdmin);
    }

    private void createIfNoAdmin() {
        if (accounts.anyAdmin()) {
            return;
        }
        if (password.isBlank()) {
            LOG.warn("No administrator account: set XKMT_ADMIN_PASSWORD (at least {} characters) and restart "
                    + "to create account 'admin', or start with profile demo", UserAccounts.MIN_PASSWORD);
            return;
        }
        if (accounts.exists("admin")) {
            accounts.setRolesAndProvinces("admin", List.of(Role.ADMIN), List.of());
            accounts.setPassword("admin", password);
        } else {
            accounts.create("admin", password, List.of(Role.ADMIN), List.of());
        }
        LOG.info("Administrator account 'admin' created from XKMT_ADMIN_PASSWORD");
    }
}
