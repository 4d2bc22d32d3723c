package vn.xkmt.web.council;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.xkmt.web.As;
import vn.xkmt.web.security.XkmtUser;

/** The callers every council, register and target endpoint is tried with. */
enum Callers {
    ANONYMOUS(null),
    APPRAISER_TH(As.APPRAISER_A.user()),
    SECRETARIAT_TH(Secretaries.THANH_HOA),
    SECRETARIAT_LC(Secretaries.LAO_CAI),
    EDITOR_TH(As.EDITOR.user()),
    ADMIN(As.ADMIN.user());

    private final XkmtUser user;

    Callers(XkmtUser user) {
        this.user = user;
    }

    RequestPostProcessor signIn() {
        return user == null ? r -> r
                : org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user);
    }
}
