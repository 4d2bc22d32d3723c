package vn.xkmt.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.xkmt.commune.CellRef;

/** The rows a rule selected, as the condition families read them: in sheet order, by id, as evidence. */
final class MemberRows {

    private static final Comparator<Member> SHEET_ORDER = Comparator
            .comparing((Member m) -> m.fact().getRow().sheet()).thenComparingInt(m -> m.fact().getRow().row());

    private MemberRows() {
    }

    /** Members in sheet order, whatever order the engine gathered them in. */
    static List<Member> ordered(List<Member> members) {
        if (inOrder(members)) { // as the engine usually gathers them: no copy, no sort
            return members;
        }
        List<Member> out = new ArrayList<>(members);
        out.sort(SHEET_ORDER);
        return out;
    }

    private static boolean inOrder(List<Member> members) {
        for (int i = 1, n = members.size(); i < n; i++) {
            if (SHEET_ORDER.compare(members.get(i - 1), members.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    static Evidence evidence(Member m, Set<CellRef> missing) {
        return Evidence.of(m.fact().getRow(), m.fact().label(), missing);
    }

    /** {@code NN-007, NN-012}: the members' ids, as {@link FindingBuilder#ids} shortens them. */
    static String ids(List<Member> members) {
        List<String> ids = new ArrayList<>();
        members.forEach(m -> ids.add(m.fact().label()));
        return FindingBuilder.ids(ids);
    }
}
