package vn.xkmt.web;

import java.util.List;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.XkmtUser;

/** The five kinds of caller every endpoint is tried with (the demo accounts, without a password check). */
public enum As {
    ANONYMOUS(null),
    APPRAISER_A(new XkmtUser("appraiser.thanhhoa", "-", true, List.of(Role.APPRAISER), List.of("thanh-hoa"))),
    APPRAISER_B(new XkmtUser("appraiser.laocai", "-", true, List.of(Role.APPRAISER), List.of("lao-cai"))),
    EDITOR(new XkmtUser("editor.thanhhoa", "-", true, List.of(Role.POLICY_EDITOR), List.of("thanh-hoa"))),
    ADMIN(new XkmtUser("admin", "-", true, List.of(Role.ADMIN), List.of()));

    /** Passwords of the demo accounts, for the tests that sign in for real. */
    public static final String PASSWORD_A = "thanhhoa-demo-2025";
    public static final String PASSWORD_B = "laocai-demo-2025";
    public static final String PASSWORD_ADMIN = "admin-demo-2025";

    private final XkmtUser user;

    As(XkmtUser user) {
        this.user = user;
    }

    public XkmtUser user() {
        return user;
    }

    /** Signs the request in as this caller (nothing for ANONYMOUS). */
    public RequestPostProcessor signIn() {
        return user == null ? r -> r
                : org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user);
    }
}
