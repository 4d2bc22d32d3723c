package vn.xkmt.commune;

/** Hình thức cai nghiện, điều trị / form of rehab or treatment. */
public enum Treatment implements Labelled {
    NONE("Chưa áp dụng"),
    VOLUNTARY_COMMUNITY("Tự nguyện tại gia đình, cộng đồng"),
    VOLUNTARY_FACILITY("Tự nguyện tại cơ sở"),
    COMPULSORY("Bắt buộc"),
    SUBSTITUTION("Điều trị thay thế");

    private final String label;

    Treatment(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
