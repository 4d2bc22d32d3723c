package vn.xkmt.web.communeresult;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xkmt.web.security.XkmtUser;

/**
 * The communes (or annual rows) of a stored evaluation by name, as far as the user may see them (their
 * provinces only), for the history's rows. Templates call it as {@code @communeNames}.
 */
@Component("communeNames")
public class CommuneNames {

    static final int SHOWN = 5;

    private final JdbcClient jdbc;

    CommuneNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to five names, then {@code … (+n)}. */
    public String of(long evaluationId, XkmtUser user) {
        record Unit(String province, String name) {}
        List<String> names = jdbc.sql("SELECT province, COALESCE(unit_name, unit_code) FROM evaluation_unit "
                        + "WHERE evaluation_id = ? ORDER BY seq")
                .param(evaluationId).query((rs, n) -> new Unit(rs.getString(1), rs.getString(2))).list().stream()
                .filter(u -> user != null && user.covers(u.province())).map(Unit::name).toList();
        if (names.size() <= SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, SHOWN)) + " … (+" + (names.size() - SHOWN) + ")";
    }
}
