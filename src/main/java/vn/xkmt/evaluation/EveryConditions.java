package vn.xkmt.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.xkmt.commune.Person;

/** "Every X satisfies …" over persons or villages ({@link Findings#everyPerson}, …). */
final class EveryConditions {

    private final MemberSheets sheets;
    private final UndecidedRows undecidedRows;
    private final VersionEnd versionEnd;

    EveryConditions(MemberSheets sheets, UndecidedRows undecidedRows, VersionEnd versionEnd) {
        this.sheets = sheets;
        this.undecidedRows = undecidedRows;
        this.versionEnd = versionEnd;
    }

    Finding everyPerson(String criterion, String condition, List<Member> members) {
        return sheets.onSheet(criterion, condition, Findings.PERSONS, MemberSheets.Holds.FAIL,
                () -> every(criterion, condition, members, null));
    }

    Finding everyPersonTested(String criterion, String condition, List<Member> members, Parameter days) {
        Finding f = sheets.onSheet(criterion, condition, Findings.PERSONS, MemberSheets.Holds.FAIL,
                () -> every(criterion, condition, members, days.intValue()));
        if (f.outcome() != Outcome.PASS) {
            return f;
        }
        LocalDate earliest = null;
        for (Member m : members) {
            // a person who may be in the population and met the requirement: the pass rests on their test too
            if (m.member().possible() && m.satisfied().isTrue() && m.fact() instanceof Person p
                    && p.getLastTestDate() != null) {
                LocalDate d = p.getLastTestDate();
                earliest = earliest == null || d.isBefore(earliest) ? d : earliest;
            }
        }
        return earliest == null ? f : f.withValidUntil(versionEnd.cap(earliest.plusDays(days.intValue())));
    }

    Finding everyVillage(String criterion, String condition, List<Member> members) {
        return sheets.onSheet(criterion, condition, Findings.VILLAGES, MemberSheets.Holds.FAIL, () -> {
            if (members.isEmpty()) {
                return new FindingBuilder(criterion, condition).outcome(Outcome.INSUFFICIENT_DATA)
                        .variant(FindingVariant.NO_ROWS).missing(Set.of(sheets.wholeSheet(Findings.VILLAGES))).build();
            }
            return every(criterion, condition, members, null);
        });
    }

    /** @param days the test window the requirement asks for, named by the causes of an undecided person; may be null */
    private Finding every(String criterion, String condition, List<Member> unordered, Integer days) {
        List<Member> members = MemberRows.ordered(unordered);
        List<Member> failing = new ArrayList<>(0);
        List<Member> undecided = new ArrayList<>(0);
        int total = 0;
        int satisfied = 0;
        for (Member m : members) { // one pass: this runs for every condition of every commune
            if (m.fails()) {
                failing.add(m);
            } else if (m.undecided()) {
                undecided.add(m);
            }
            total += m.member().isTrue() ? 1 : 0;
            satisfied += m.satisfies() ? 1 : 0;
        }
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("total", total).arg("unknown", undecided.size());
        if (!failing.isEmpty()) {
            int gap = failing.stream().mapToInt(m -> m.gap() == null ? 0 : m.gap()).sum();
            b.outcome(Outcome.FAIL).counts(total, satisfied, failing.size()).arg("failed", failing.size())
                    .arg("ids", MemberRows.ids(failing)).arg("gap", gap);
            failing.forEach(m -> b.evidence(MemberRows.evidence(m, Set.of())));
            return b.build();
        }
        if (!undecided.isEmpty()) {
            b.outcome(Outcome.INSUFFICIENT_DATA).counts(total, satisfied, null).arg("ids", MemberRows.ids(undecided));
            undecidedRows.add(b, undecided, days);
            return b.build();
        }
        b.outcome(Outcome.PASS).counts(total, satisfied, 0);
        return (total == 0 ? b.variant(FindingVariant.EMPTY) : b).build();
    }
}
