package vn.xkmt.web.register;

import java.time.OffsetDateTime;
import java.util.List;
import vn.xkmt.report.result.CriterionEntry;
import vn.xkmt.web.communeresult.EvaluatedUnit;

/**
 * A commune's page: its status, its predecessors (renamed or merged communes linked to it), and its
 * evaluations and register events (meetings, decisions) in date order.
 *
 * @param failing  the criteria its latest evaluation did not pass, when it is at risk
 * @param audit    the register's own actions on the commune (registration, links); meetings keep theirs
 * @param warnings what the data say about the registration that the register did not take
 */
public record CommuneHistory(String province, String provinceName, RegisterRow row, List<Line> lines,
                             List<CriterionEntry> failing, List<vn.xkmt.web.audit.AuditEntry> audit,
                             List<DataWarning> warnings) {

    /**
     * One line of the history: an evaluation or a register event.
     *
     * @param corrected a registration a later event corrected (kept, shown struck through)
     */
    public record Line(OffsetDateTime at, String date, EvaluatedUnit evaluation, RegisterEvent event, boolean corrected) {}
}
