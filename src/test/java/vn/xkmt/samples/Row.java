package vn.xkmt.samples;

import java.util.LinkedHashMap;
import java.util.Map;

/** One data row by contract key; a key left out (or set to null) is a blank cell. */
final class Row extends LinkedHashMap<String, Object> {

    Row() {
    }

    Row(Map<String, Object> from) {
        super(from);
    }

    Row with(String key, Object value) {
        if (value == null) {
            remove(key);
        } else {
            put(key, value);
        }
        return this;
    }

    /** Leaves the cell blank. */
    Row blank(String... keys) {
        for (String k : keys) {
            remove(k);
        }
        return this;
    }

    Row copy() {
        return new Row(this);
    }

    String text(String key) {
        return (String) get(key);
    }

    Integer integer(String key) {
        return (Integer) get(key);
    }
}
