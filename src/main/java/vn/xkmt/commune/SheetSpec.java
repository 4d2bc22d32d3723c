package vn.xkmt.commune;

import java.util.List;
import java.util.Optional;

/** One sheet of the data contract: Vietnamese name, English alias and columns. */
public record SheetSpec(String name, String alias, List<ColumnSpec> columns, String description) {

    public Optional<ColumnSpec> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * By name only: a sheet spec is a map key on every cell access of a fact, and the record's own
     * hash would walk every column and its texts each time. Equal specs have equal names.
     */
    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SheetSpec s && name.equals(s.name) && alias.equals(s.alias)
                && columns.equals(s.columns) && java.util.Objects.equals(description, s.description);
    }
}
