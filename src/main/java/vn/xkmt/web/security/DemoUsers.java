package vn.xkmt.web.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo accounts, created at start only under profile {@code demo} (never in production). Their
 * passwords are published in docs/web.md.
 */
@Component
@org.springframework.core.annotation.Order(1)
@Profile("demo")
class DemoUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    record Demo(String username, String password, List<Role> roles, List<String> provinces) {}

    static final List<Demo> USERS = List.of(
            new Demo("appraiser.laocai", "laocai-demo-2025", List.of(Role.APPRAISER), List.of("lao-cai")),
            new Demo("appraiser.thanhhoa", "thanhhoa-demo-2025", List.of(Role.APPRAISER), List.of("thanh-hoa")),
            new Demo("editor.thanhhoa", "editor-demo-2025", List.of(Role.POLICY_EDITOR), List.of("thanh-hoa")),
            new Demo("secretariat.thanhhoa", "secretariat-demo-2025", List.of(Role.SECRETARIAT), List.of("thanh-hoa")),
            new Demo("secretariat.laocai", "secretariat-lc-demo-2025", List.of(Role.SECRETARIAT), List.of("lao-cai")),
            new Demo("admin", "admin-demo-2025", List.of(Role.ADMIN), List.of()));

    private final UserAccounts accounts;
    private final FirstRunLock lock;

    DemoUsers(UserAccounts accounts, FirstRunLock lock) {
        this.accounts = accounts;
        this.lock = lock;
    }

    /** Under the first-run lock, so that servers starting together make each account once. */
    @Override
    public void run(ApplicationArguments args) {
        lock.run(this::createMissing);
    }

    private void createMissing() {
        for (Demo d : USERS) {
            if (!accounts.exists(d.username())) {
                accounts.create(d.username(), d.password(), d.roles(), d.provinces());
                LOG.info("Demo account {} created", d.username());
            }
        }
    }
}
