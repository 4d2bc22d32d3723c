package vn.xkmt.evaluation;

import vn.xkmt.commune.Fact;
import vn.xkmt.commune.Tri;

/**
 * One row weighed by a condition: whether it belongs to the population the condition speaks of,
 * whether it satisfies the requirement, and (optionally) by how much it falls short — e.g. the
 * households of a village still to sign.
 */
public record Member(Fact fact, Tri member, Tri satisfied, Integer gap) {

    public static Member of(Fact fact, Tri member, Tri satisfied) {
        return new Member(fact, member, satisfied, null);
    }

    public static Member of(Fact fact, Tri member, Tri satisfied, Integer gap) {
        return new Member(fact, member, satisfied, gap);
    }

    /** A row counted when it belongs to the population; there is no requirement on it. */
    public static Member counted(Fact fact, Tri member) {
        return new Member(fact, member, Tri.TRUE, null);
    }

    /** A row that certainly belongs to the population (villages and models of the commune). */
    public static Member of(Fact fact, Tri satisfied) {
        return new Member(fact, Tri.TRUE, satisfied, null);
    }

    /** Certainly in the population and certainly short of the requirement. */
    boolean fails() {
        return member.isTrue() && satisfied.isFalse();
    }

    /** Might be in the population and might fall short, but not certainly both. */
    boolean undecided() {
        return !fails() && member.possible() && !satisfied.isTrue();
    }

    boolean satisfies() {
        return member.isTrue() && satisfied.isTrue();
    }
}
