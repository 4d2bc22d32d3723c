package vn.xkmt.evaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.Fact;

/** How many persons are in the population, against a limit or a bound ({@link Findings#personsFewerThan}, …). */
final class CountConditions {

    private final MemberSheets sheets;
    private final UndecidedRows undecidedRows;

    CountConditions(MemberSheets sheets, UndecidedRows undecidedRows) {
        this.sheets = sheets;
        this.undecidedRows = undecidedRows;
    }

    Finding personsFewerThan(String criterion, String condition, List<Member> members, Parameter limit) {
        return sheets.onSheet(criterion, condition, Findings.PERSONS, MemberSheets.Holds.FAIL,
                () -> countBelow(criterion, condition, members, limit.intValue(), Set.of()));
    }

    Finding personsAtMost(String criterion, String condition, List<Member> members, Fact f, String boundKey) {
        return sheets.onSheet(criterion, condition, Findings.PERSONS, MemberSheets.Holds.FAIL, () -> {
            Integer bound = (Integer) f.value(boundKey);
            if (bound == null) {
                return CellConditions.unknownCell(criterion, condition, f.cell(boundKey));
            }
            return countBelow(criterion, condition, members, bound + 1, Set.of()).withArg("bound", bound);
        });
    }

    Finding personsDecreased(String criterion, String condition, List<Member> members, Fact f, String... boundKeys) {
        return sheets.onSheet(criterion, condition, Findings.PERSONS, MemberSheets.Holds.FAIL, () -> {
            int sum = 0;
            Set<CellRef> blank = new LinkedHashSet<>();
            for (String k : boundKeys) {
                Integer v = (Integer) f.value(k);
                if (v == null) {
                    blank.add(f.cell(k));
                } else {
                    sum += v;
                }
            }
            if (!blank.isEmpty()) {
                return new FindingBuilder(criterion, condition).outcome(Outcome.INSUFFICIENT_DATA).missing(blank).build();
            }
            Finding decided = countBelow(criterion, condition, members, Math.max(sum, 1), Set.of()).withArg("bound", sum);
            return sum == 0 && decided.outcome() != Outcome.INSUFFICIENT_DATA
                    ? decided.withVariant(FindingVariant.ZERO) : decided;
        });
    }

    private Finding countBelow(String criterion, String condition, List<Member> unordered, int limit, Set<CellRef> extra) {
        List<Member> members = MemberRows.ordered(unordered);
        List<Member> certain = members.stream().filter(m -> m.member().isTrue()).toList();
        List<Member> possible = members.stream().filter(m -> m.member().isUnknown()).toList();
        int lower = certain.size();
        int upper = lower + possible.size();
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("limit", limit).arg("upper", upper)
                .arg("ids", MemberRows.ids(certain));
        if (lower >= limit) {
            b.outcome(Outcome.FAIL).counts(limit - 1, lower, lower - limit + 1);
            certain.forEach(m -> b.evidence(MemberRows.evidence(m, Set.of())));
        } else if (upper < limit) {
            b.outcome(Outcome.PASS).counts(limit - 1, lower, 0);
        } else {
            b.outcome(Outcome.INSUFFICIENT_DATA).counts(limit - 1, lower, null).arg("ids", MemberRows.ids(possible))
                    .missing(extra);
            undecidedRows.add(b, possible, null);
        }
        return b.build();
    }
}
