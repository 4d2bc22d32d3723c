package vn.xkmt.commune;

import java.time.LocalDate;
import java.util.Map;

/** A row of sheet {@code Xa}: one commune, ward, township or special zone. */
public final class Commune extends Fact {

    private static final int COMMUNE_CODE = column(DataContract.COMMUNES, "commune_code");
    static final int REGISTRATION_DATE = column(DataContract.COMMUNES, "registration_date");
    static final int REQUEST_DATE = column(DataContract.COMMUNES, "request_date");

    public Commune(RowRef row, Map<String, ?> values) {
        super(DataContract.COMMUNES, row, values);
    }

    @Override
    public String label() {
        return getCommuneCode();
    }

    public String getCommuneCode() {
        return (String) at(COMMUNE_CODE);
    }

    public String getCommuneName() {
        return text("commune_name");
    }

    public UnitType getUnitType() {
        return (UnitType) value("unit_type");
    }

    public String getDistrict() {
        return text("district");
    }

    public String getProvince() {
        return text("province");
    }

    public Boolean getBorder() {
        return bool("border");
    }

    public DrugAreaClass getDrugAreaClass() {
        return (DrugAreaClass) value("drug_area_class");
    }

    public LocalDate getRegistrationDate() {
        return (LocalDate) at(REGISTRATION_DATE);
    }

    /** The reference date R of every time window. */
    public LocalDate getRequestDate() {
        return (LocalDate) at(REQUEST_DATE);
    }

    public Integer getRolloutPhase() {
        return integer("rollout_phase");
    }

    public Integer getHotspots() {
        return integer("hotspots");
    }

    public Integer getBaselineAddicts() {
        return integer("baseline_addicts");
    }

    public Integer getBaselineUsers() {
        return integer("baseline_users");
    }

    public LocalDate getLastSurveyDate() {
        return date("last_survey_date");
    }

    public Boolean getCommuneCommitment() {
        return bool("commune_commitment");
    }

    /** An integer cell of this row, by contract key (for generic rule helpers). */
    public Integer count(String key) {
        return integer(key);
    }
}
