package vn.xkmt.web.communeresult;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xkmt.report.ResultJson;
import vn.xkmt.report.result.UnitEntry;

/**
 * The stored evaluations of communes (not annual rows), read by province and commune code: the
 * council's candidates, the register's history, re-appraisal and targets. Callers check that the
 * user works for the province; every evaluation unit of a province is visible to its users.
 */
@Component
public class CommuneEvaluations {

    private static final String COLUMNS = "u.evaluation_id, e.created_at, u.unit_code, u.unit_name, u.province, "
            + "u.province_name, u.rule_set_id, u.rule_set_version, u.rule_set_hash, u.verdict, e.input_sha256";

    private final JdbcClient jdbc;

    CommuneEvaluations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest evaluation of every commune of a province, by code. */
    public Map<String, EvaluatedUnit> latest(String province) {
        Map<String, EvaluatedUnit> out = new LinkedHashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_unit u JOIN evaluation e ON e.id = u.evaluation_id "
                        + "WHERE u.province = :p AND u.unit_year IS NULL AND u.evaluation_id = (SELECT MAX(u2.evaluation_id) "
                        + "FROM evaluation_unit u2 WHERE u2.province = :p AND u2.unit_code = u.unit_code AND u2.unit_year IS NULL) "
                        + "ORDER BY u.unit_code, u.seq")
                .param("p", province).query(CommuneEvaluations::row).list()
                .forEach(u -> out.putIfAbsent(u.unitCode(), u));
        return out;
    }

    /** Every evaluation of these communes of a province, oldest first. */
    public List<EvaluatedUnit> of(String province, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_unit u JOIN evaluation e ON e.id = u.evaluation_id "
                        + "WHERE u.province = :p AND u.unit_year IS NULL AND u.unit_code IN (:codes) ORDER BY u.evaluation_id, u.seq")
                .param("p", province).param("codes", List.copyOf(codes)).query(CommuneEvaluations::row).list();
    }

    /** One commune of one evaluation. */
    public Optional<EvaluatedUnit> one(long evaluationId, String province, String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_unit u JOIN evaluation e ON e.id = u.evaluation_id "
                        + "WHERE u.evaluation_id = ? AND u.province = ? AND u.unit_code = ? AND u.unit_year IS NULL")
                .params(evaluationId, province, code).query(CommuneEvaluations::row).optional();
    }

    /**
     * The district of each result of these evaluations, as {@code evaluationId/unitCode} → district (absent
     * when the row names none); each stored result document is read once.
     */
    public Map<String, String> districts(Collection<Long> evaluationIds) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Long id : new java.util.LinkedHashSet<>(evaluationIds)) {
            jdbc.sql("SELECT result_json FROM evaluation WHERE id = ?").param(id).query(String.class).optional()
                    .ifPresent(d -> ResultJson.read(d).results().stream().filter(u -> u.district() != null)
                            .forEach(u -> out.put(id + "/" + u.unitCode(), u.district())));
        }
        return out;
    }

    /** The commune's result in the stored result document of an evaluation. */
    public Optional<UnitEntry> result(long evaluationId, String code) {
        return jdbc.sql("SELECT result_json FROM evaluation WHERE id = ?").param(evaluationId).query(String.class)
                .optional().flatMap(d -> ResultJson.read(d).results().stream()
                        .filter(u -> code.equals(u.unitCode()) && !u.annual()).findFirst());
    }

    private static EvaluatedUnit row(ResultSet rs, int n) throws SQLException {
        return new EvaluatedUnit(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11).trim());
    }
}
