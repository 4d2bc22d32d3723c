package vn.xkmt.web.authoring;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.xkmt.authoring.RuleSetRegistry;
import vn.xkmt.authoring.RuleWorkspace;
import vn.xkmt.web.Provinces;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.security.XkmtUser;

/**
 * Who may edit a rule set: an admin, or a policy editor of one of the provinces its manifests name. The URL space
 * {@code /rules/**} is closed to everyone else by the security configuration; the province is checked here.
 */
@Component
class EditorAccess {

    private final RuleSetRegistry registry;
    private final RuleWorkspace workspace;

    EditorAccess(RuleSetRegistry registry, RuleWorkspace workspace) {
        this.registry = registry;
        this.workspace = workspace;
    }

    Set<String> provinceKeys(String id) {
        Set<String> keys = registry.current().versions(id).stream().flatMap(rs -> rs.definition().provinces().stream())
                .map(Provinces::key).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
        if (keys.isEmpty() && !Provinces.key(id).isEmpty()) {
            return Set.of(Provinces.key(id));
        }
        return keys;
    }

    boolean mayEdit(XkmtUser me, String id) {
        if (me == null) {
            return false;
        }
        if (me.isAdmin()) {
            return true;
        }
        Set<String> keys = provinceKeys(id);
        return me.has(vn.xkmt.web.security.Role.POLICY_EDITOR) && keys.stream().anyMatch(me::covers);
    }

    void allow(XkmtUser me, String id, String version) {
        if (!mayEdit(me, id)) {
            if (registry.current().versions(id).isEmpty() && me != null && me.isAdmin()) {
                throw WebProblem.notFound();
            }
            throw WebProblem.notYourProvince();
        }
        try {
            workspace.files(id, version);
        } catch (IllegalArgumentException e) {
            throw WebProblem.notFound();
        }
    }
}
