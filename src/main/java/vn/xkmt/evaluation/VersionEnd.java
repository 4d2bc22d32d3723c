package vn.xkmt.evaluation;

import java.time.LocalDate;

/**
 * The last day of the rule set version: no result holds past it.
 *
 * @param lastDay the version's last day; null when it is open-ended
 */
record VersionEnd(LocalDate lastDay) {

    /** A valid-until date, no later than the version's last day. */
    LocalDate cap(LocalDate d) {
        return d == null || lastDay == null || !d.isAfter(lastDay) ? d : lastDay;
    }
}
