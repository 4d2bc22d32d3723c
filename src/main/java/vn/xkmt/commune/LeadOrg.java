package vn.xkmt.commune;

/** Đơn vị chủ trì mô hình / organisation leading an anti-drug model. */
public enum LeadOrg implements Labelled {
    YOUTH_UNION("Đoàn Thanh niên"),
    WOMEN_UNION("Hội Phụ nữ"),
    FARMERS_UNION("Hội Nông dân"),
    VETERANS_ASSOCIATION("Hội Cựu chiến binh"),
    COMMUNE_POLICE("Công an xã"),
    FATHERLAND_FRONT("Mặt trận Tổ quốc"),
    OTHER("Khác");

    private final String label;

    LeadOrg(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
