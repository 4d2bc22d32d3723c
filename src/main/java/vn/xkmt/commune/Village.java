package vn.xkmt.commune;

import java.util.Map;

/** A row of sheet {@code Thon}: one village or residential group. */
public final class Village extends Fact {

    public Village(RowRef row, Map<String, ?> values) {
        super(DataContract.VILLAGES, row, values);
    }

    @Override
    public String label() {
        return getVillageName() == null ? getRow().label() : getVillageName();
    }

    public String getCommuneCode() {
        return text("commune_code");
    }

    public String getVillageName() {
        return text("village_name");
    }

    public Integer getHouseholds() {
        return integer("households");
    }

    public Integer getCommittedHouseholds() {
        return integer("committed_households");
    }

    /** Every household has signed: committed_households = households. */
    public Tri allHouseholdsCommitted() {
        Integer h = getHouseholds();
        Integer c = getCommittedHouseholds();
        Tri known = Tri.all(known("households"), known("committed_households"));
        return known.isTrue() ? Tri.of(c.intValue() >= h.intValue()) : known;
    }

    /** Households still to sign, when known. */
    public Integer uncommittedHouseholds() {
        Integer h = getHouseholds();
        Integer c = getCommittedHouseholds();
        return h == null || c == null ? null : Math.max(0, h - c);
    }

    public Tri hasMailbox() {
        return flag("has_mailbox");
    }

    public Tri hasHotlineBoard() {
        return flag("has_hotline_board");
    }
}
