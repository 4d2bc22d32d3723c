package vn.xkmt.evaluation;

import java.util.List;
import java.util.Set;

/** At least one model qualifies ({@link Findings#atLeastOneModel}). */
final class ModelConditions {

    private final MemberSheets sheets;
    private final UndecidedRows undecidedRows;

    ModelConditions(MemberSheets sheets, UndecidedRows undecidedRows) {
        this.sheets = sheets;
        this.undecidedRows = undecidedRows;
    }

    Finding atLeastOneModel(String criterion, String condition, List<Member> unordered) {
        List<Member> members = MemberRows.ordered(unordered);
        return sheets.onSheet(criterion, condition, Findings.MODELS, MemberSheets.Holds.PASS, () -> {
            List<Member> qualifying = members.stream().filter(Member::satisfies).toList();
            List<Member> undecided = members.stream().filter(m -> !m.satisfies() && m.member().possible()
                    && m.satisfied().possible()).toList();
            FindingBuilder b = new FindingBuilder(criterion, condition).arg("total", members.size());
            if (!qualifying.isEmpty()) {
                return b.outcome(Outcome.PASS).counts(1, qualifying.size(), 0).arg("ids", MemberRows.ids(qualifying))
                        .build();
            }
            if (undecided.isEmpty()) {
                b.outcome(Outcome.FAIL).counts(1, 0, 1).arg("ids", MemberRows.ids(members));
                members.forEach(m -> b.evidence(MemberRows.evidence(m, Set.of())));
                return (members.isEmpty() ? b.variant(FindingVariant.EMPTY) : b).build();
            }
            b.outcome(Outcome.INSUFFICIENT_DATA).counts(1, 0, null).arg("ids", MemberRows.ids(undecided));
            undecidedRows.add(b, undecided, null);
            return b.build();
        });
    }
}
