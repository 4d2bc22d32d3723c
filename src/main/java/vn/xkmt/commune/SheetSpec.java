package vn.xkmt.commune;

import java.util.List;
import java.util.Optional;

/** One sheet of the data contract: Vietnamese name, English alias and columns. */
public record SheetSpec(String name, String alias, List<ColumnSpec> columns, String description) {

    public Optional<ColumnSpec> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
