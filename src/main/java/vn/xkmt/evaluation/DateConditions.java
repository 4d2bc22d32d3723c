package vn.xkmt.evaluation;

import java.time.LocalDate;
import java.util.Set;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.Tri;

/** A date of the commune lies within a window before the request date R ({@link Findings#dateWithin}). */
final class DateConditions {

    private final VersionEnd versionEnd;

    DateConditions(VersionEnd versionEnd) {
        this.versionEnd = versionEnd;
    }

    Finding dateWithin(String criterion, String condition, Commune c, String key, Parameter days) {
        LocalDate r = c.getRequestDate();
        LocalDate d = (LocalDate) c.value(key);
        int n = days.intValue();
        Tri known = Tri.all(c.known(key), c.known("request_date"));
        if (!known.isTrue()) {
            return new FindingBuilder(criterion, condition).outcome(Outcome.INSUFFICIENT_DATA).arg("days", n)
                    .missing(known.missing()).build();
        }
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("days", n).arg("date", d)
                .arg("earliest", r.minusDays(n)).arg("cell", c.cell(key).a1());
        if (d.isAfter(r)) {
            return b.outcome(Outcome.INSUFFICIENT_DATA).variant(FindingVariant.AFTER).missing(Set.of(c.cell(key))).build();
        }
        if (d.isBefore(r.minusDays(n))) {
            return b.outcome(Outcome.FAIL).evidence(Evidence.of(c.getRow(), c.label(), Set.of())).build();
        }
        return b.outcome(Outcome.PASS).validUntil(versionEnd.cap(d.plusDays(n))).build();
    }
}
