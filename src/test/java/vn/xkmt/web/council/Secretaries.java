package vn.xkmt.web.council;

import java.util.List;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.XkmtUser;

/** The callers of the council's tests (the demo accounts, without a password check). */
final class Secretaries {

    static final XkmtUser THANH_HOA = new XkmtUser("secretariat.thanhhoa", "-", true, List.of(Role.SECRETARIAT),
            List.of("thanh-hoa"));
    static final XkmtUser LAO_CAI = new XkmtUser("secretariat.laocai", "-", true, List.of(Role.SECRETARIAT),
            List.of("lao-cai"));
    static final String PASSWORD_THANH_HOA = "secretariat-demo-2025";

    private Secretaries() {
    }

    /** A decision with the given votes and reason, and overrides as criterion, reason, evidence triples. */
    static DecisionInput decision(Decision d, int version, String... overrides) {
        java.util.Map<String, DecisionInput.OverrideInput> o = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 2 < overrides.length; i += 3) {
            o.put(overrides[i], new DecisionInput.OverrideInput(overrides[i + 1], overrides[i + 2]));
        }
        return new DecisionInput(d, 3, 1, 1, "Hội đồng thảo luận và biểu quyết", o, version);
    }
}
