package vn.xkmt.web.register;

import java.time.LocalDate;

/**
 * What an evaluation's {@code Xa} row said about a commune's registration, and what the register did
 * with it.
 *
 * @param cells   {@code Xa!F3 Xa!I3 Xa!J3}: registration date, baseline addicts, baseline users
 * @param outcome REGISTERED, CORRECTED, SAME, KEPT, OLDER, BEFORE_2000, AFTER_REQUEST, AFTER_UPLOAD
 */
record Reading(long evaluationId, String unitCode, LocalDate date, Integer addicts, Integer users, LocalDate requestDate,
               String cells, String fileName, String outcome) {

    boolean refused() {
        return "BEFORE_2000".equals(outcome) || "AFTER_REQUEST".equals(outcome) || "AFTER_UPLOAD".equals(outcome);
    }

    String dateCell() {
        return cells.split(" ")[0];
    }
}
