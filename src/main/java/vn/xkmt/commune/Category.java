package vn.xkmt.commune;

/** Phân loại đối tượng / category of a person on the roll. */
public enum Category implements Labelled {
    ADDICT("Nghiện"),
    USER("Sử dụng trái phép"),
    POST_REHAB("Sau cai nghiện"),
    SUSPECTED("Nghi sử dụng");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
