package vn.xkmt.commune;

/** Phân loại địa bàn trọng điểm về ma túy / drug-area classification. */
public enum DrugAreaClass implements Labelled {
    CLASS_I("Loại I"),
    CLASS_II("Loại II"),
    CLASS_III("Loại III"),
    NONE("Không trọng điểm");

    private final String label;

    DrugAreaClass(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
