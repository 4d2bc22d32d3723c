package vn.xkmt.commune;

/** Loại đơn vị hành chính cấp xã / kind of commune-level unit. */
public enum UnitType implements Labelled {
    COMMUNE("Xã"),
    WARD("Phường"),
    TOWNSHIP("Thị trấn"),
    SPECIAL_ZONE("Đặc khu");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
