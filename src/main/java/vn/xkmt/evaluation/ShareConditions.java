package vn.xkmt.evaluation;

import java.util.List;
import java.util.Set;

/** A share of the population satisfies a requirement, in whole numbers ({@link Findings#personsShare}). */
final class ShareConditions {

    private final MemberSheets sheets;
    private final UndecidedRows undecidedRows;

    ShareConditions(MemberSheets sheets, UndecidedRows undecidedRows) {
        this.sheets = sheets;
        this.undecidedRows = undecidedRows;
    }

    Finding personsShare(String criterion, String condition, List<Member> unordered, Parameter percent, boolean strict) {
        List<Member> members = MemberRows.ordered(unordered);
        return sheets.onSheet(criterion, condition, Findings.PERSONS, MemberSheets.Holds.NOTHING, () -> {
            int p = percent.intValue();
            int certainSat = 0;
            int certain = 0;
            int possibleUnsat = 0;
            int possibleSat = 0;
            int possibleMembersNotFailing = 0;
            for (Member m : members) {
                if (m.member().isTrue()) {
                    certain++;
                    certainSat += m.satisfied().isTrue() ? 1 : 0;
                    possibleSat += m.satisfied().possible() ? 1 : 0;
                } else if (m.member().isUnknown()) {
                    possibleUnsat += m.satisfied().isTrue() ? 0 : 1;
                    if (m.satisfied().possible()) {
                        possibleMembersNotFailing++;
                        possibleSat++;
                    }
                }
            }
            boolean minPasses = shareHolds(certainSat, certain + possibleUnsat, p, strict);
            boolean maxPasses = shareHolds(possibleSat, certain + possibleMembersNotFailing, p, strict);
            int needed = needed(certain, p, strict);
            FindingBuilder b = new FindingBuilder(criterion, condition).arg("part", certainSat).arg("whole", certain)
                    .arg("percent", p).arg("needed", needed);
            if (minPasses) {
                b.outcome(Outcome.PASS).counts(needed, certainSat, 0);
                if (certain == 0) {
                    b.variant(FindingVariant.EMPTY);
                }
            } else if (!maxPasses) {
                b.outcome(Outcome.FAIL).counts(needed, certainSat, needed - certainSat);
                List<Member> failing = members.stream().filter(Member::fails).toList();
                b.arg("ids", MemberRows.ids(failing));
                failing.forEach(m -> b.evidence(MemberRows.evidence(m, Set.of())));
            } else {
                b.outcome(Outcome.INSUFFICIENT_DATA).counts(needed, certainSat, null);
                List<Member> undecided = members.stream().filter(Member::undecided).toList();
                b.arg("ids", MemberRows.ids(undecided));
                undecidedRows.add(b, undecided, null);
            }
            return b.build();
        });
    }

    private static boolean shareHolds(long part, long whole, int percent, boolean strict) {
        if (whole == 0) {
            return true;
        }
        return strict ? 100 * part > (long) percent * whole : 100 * part >= (long) percent * whole;
    }

    /** The least part of {@code whole} that meets the share. */
    private static int needed(int whole, int percent, boolean strict) {
        long scaled = (long) percent * whole;
        return (int) (strict ? scaled / 100 + 1 : (scaled + 99) / 100);
    }
}
