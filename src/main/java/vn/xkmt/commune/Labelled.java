package vn.xkmt.commune;

import java.util.List;

/** An enum value of the data contract: its Vietnamese label (as in the workbook) and English code. */
public interface Labelled {

    /** The Vietnamese label shown in the workbook, e.g. {@code Nghiện}. */
    String label();

    /** The label for an English reader; the Vietnamese label unless the value has an English one. */
    default String labelEn() {
        return label();
    }

    /** The English code, e.g. {@code ADDICT}; the enum constant name. */
    String name();

    /** Other accepted spellings, besides the label and the code. */
    default List<String> aliases() {
        return List.of();
    }
}
