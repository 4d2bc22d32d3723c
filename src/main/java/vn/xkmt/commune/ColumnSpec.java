package vn.xkmt.commune;

import java.util.List;

/**
 * One column of the data contract: its key (also accepted as a header), Vietnamese header,
 * type, whether a blank cell is an error, the enum it holds, further header aliases, and the
 * value a blank cell stands for when the contract says so ("blank = Không").
 */
public record ColumnSpec(String key, String header, ColumnType type, boolean required,
                         Class<? extends Enum<?>> enumType, List<String> aliases, Object blankMeans,
                         String description) {

    public static ColumnSpec text(String key, String header, String description) {
        return new ColumnSpec(key, header, ColumnType.TEXT, false, null, List.of(), null, description);
    }

    public static ColumnSpec integer(String key, String header, String description) {
        return new ColumnSpec(key, header, ColumnType.INTEGER, false, null, List.of(), null, description);
    }

    public static ColumnSpec date(String key, String header, String description) {
        return new ColumnSpec(key, header, ColumnType.DATE, false, null, List.of(), null, description);
    }

    public static ColumnSpec bool(String key, String header, String description) {
        return new ColumnSpec(key, header, ColumnType.BOOLEAN, false, null, List.of(), null, description);
    }

    public static ColumnSpec choice(String key, String header, Class<? extends Enum<?>> type, String description) {
        return new ColumnSpec(key, header, ColumnType.ENUM, false, type, List.of(), null, description);
    }

    public ColumnSpec asRequired() {
        return new ColumnSpec(key, header, type, true, enumType, aliases, blankMeans, description);
    }

    public ColumnSpec alias(String... more) {
        return new ColumnSpec(key, header, type, required, enumType, List.of(more), blankMeans, description);
    }

    public ColumnSpec blankMeans(Object value) {
        return new ColumnSpec(key, header, type, required, enumType, aliases, value, description);
    }

    /** The enum constants of an ENUM column, as contract labels. */
    public List<Labelled> choices() {
        if (enumType == null) {
            return List.of();
        }
        return java.util.Arrays.stream(enumType.getEnumConstants()).map(e -> (Labelled) e).toList();
    }
}
