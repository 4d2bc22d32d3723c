package vn.xkmt.commune;

import java.util.Map;

/** A row of sheet {@code MoHinh}: one anti-drug model of a commune. */
public final class AntiDrugModel extends Fact {

    public AntiDrugModel(RowRef row, Map<String, ?> values) {
        super(DataContract.MODELS, row, values);
    }

    @Override
    public String label() {
        return getModelName() == null ? getRow().label() : getModelName();
    }

    public String getCommuneCode() {
        return text("commune_code");
    }

    public String getModelName() {
        return text("model_name");
    }

    public LeadOrg getLeadOrg() {
        return (LeadOrg) value("lead_org");
    }

    public Tri effective() {
        return flag("effective");
    }

    /** Led by the given organisation; unknown when the lead organisation is blank. */
    public Tri ledBy(LeadOrg org) {
        LeadOrg mine = getLeadOrg();
        return mine == null ? Tri.unknown(cell("lead_org")) : Tri.of(mine == org);
    }
}
