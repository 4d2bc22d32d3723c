package vn.xkmt.commune;

/** Phân loại địa bàn trọng điểm về ma túy / drug-area classification. */
public enum DrugAreaClass implements Labelled {
    CLASS_I("Loại I", "Class I"),
    CLASS_II("Loại II", "Class II"),
    CLASS_III("Loại III", "Class III"),
    NONE("Không trọng điểm", "not a key area");

    private final String label;
    private final String labelEn;

    DrugAreaClass(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    @Override
    public String label() {
        return label;
    }
}
