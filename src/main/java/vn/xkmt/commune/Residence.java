package vn.xkmt.commune;

import java.util.List;

/** Tình trạng cư trú / residence status. */
public enum Residence implements Labelled {
    PRESENT("Có mặt"),
    IN_COMPULSORY_REHAB("Đang cai nghiện bắt buộc"),
    IN_PRISON("Đang chấp hành án"),
    AWAY("Đi khỏi địa phương"),
    WHEREABOUTS_UNKNOWN("Không rõ nơi ở");

    private final String label;

    Residence(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return this == WHEREABOUTS_UNKNOWN ? List.of("Không rõ") : List.of();
    }

    /** "Ngoài cộng đồng": not held in a rehab facility or prison. */
    public boolean inCommunity() {
        return this == PRESENT || this == AWAY || this == WHEREABOUTS_UNKNOWN;
    }
}
