package vn.xkmt.web.register;

import java.time.LocalDate;
import java.util.List;
import vn.xkmt.web.communeresult.EvaluatedUnit;

/**
 * One commune of a province's register: its status now and since when, the decision behind it,
 * its latest evaluation, and the re-appraisal flags.
 *
 * @param status    null when the commune has been evaluated but nothing is registered for it yet
 * @param atRisk    recognised, and a newer evaluation no longer passes (có nguy cơ không giữ vững)
 * @param overdue   recognised, and no evaluation in the last 12 months (quá hạn đánh giá lại)
 * @param registration the registration to build as the register holds it now (date, baseline, source), or null
 * @param dataWarning  the latest data's registration was not taken, or differs from the one entered by hand
 */
public record RegisterRow(String unitCode, String unitName, RegisterStatus status, LocalDate since, String decisionNo,
                          boolean override, Long meetingId, EvaluatedUnit latest, boolean atRisk, boolean overdue,
                          List<String> predecessors, Registration registration, boolean dataWarning) {

    public boolean recognised() {
        return status != null && status.recognised();
    }
}
