package vn.xkmt.docs;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A JSON answer shortened for the docs, the same way every time: of each list its first item and the count of
 * the rest, long texts cut, hashes to their first 8 digits, times and durations (which change with each run)
 * shown as {@code "…"}; an object that fits on one line is written on one line, short entries share lines.
 */
final class ShortJson {

    private static final int LINE = 110;
    private static final int TEXT = 150;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> CHANGING = Set.of("durationMs");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");

    private ShortJson() {
    }

    static String of(JsonNode node) {
        return write(node, "");
    }

    private static String write(JsonNode node, String indent) {
        String oneLine = oneLine(node);
        if (indent.length() + oneLine.length() <= LINE || !(node.isObject() || node.isArray())) {
            return oneLine;
        }
        String inner = indent + "  ";
        StringBuilder b = new StringBuilder();
        if (node.isArray()) {
            b.append("[\n").append(inner).append(write(node.get(0), inner));
            if (node.size() > 1) {
                b.append(",\n").append(inner).append(more(node.size() - 1));
            }
            return b.append('\n').append(indent).append(']').toString();
        }
        b.append("{\n").append(inner);
        int column = inner.length();
        boolean first = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String entry = quote(e.getKey()) + ": "
                    + (CHANGING.contains(e.getKey()) ? "\"…\"" : write(e.getValue(), inner));
            boolean multiLine = entry.contains("\n");
            if (!first) {
                if (multiLine || column + 2 + entry.length() > LINE) {
                    b.append(",\n").append(inner);
                    column = inner.length();
                } else {
                    b.append(", ");
                    column += 2;
                }
            }
            b.append(entry);
            column = multiLine ? LINE : column + entry.length();
            first = false;
        }
        b.append('\n');
        return b.append(indent).append('}').toString();
    }

    private static String oneLine(JsonNode node) {
        if (node.isArray()) {
            if (node.isEmpty()) {
                return "[]";
            }
            return "[" + oneLine(node.get(0)) + (node.size() > 1 ? ", " + more(node.size() - 1) : "") + "]";
        }
        if (node.isObject()) {
            StringBuilder b = new StringBuilder("{");
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                b.append(b.length() > 1 ? ", " : "").append(quote(e.getKey())).append(": ")
                        .append(CHANGING.contains(e.getKey()) ? "\"…\"" : oneLine(e.getValue()));
            }
            return b.append('}').toString();
        }
        if (node.isString()) {
            String text = node.asString();
            if (TIME.matcher(text).matches()) {
                return "\"…\"";
            }
            if (HASH.matcher(text).find()) {
                return quote(HASH.matcher(text).replaceAll(h -> h.group().substring(0, 8) + "…"));
            }
            return quote(text.length() > TEXT ? text.substring(0, TEXT) + "…" : text);
        }
        return node.toString();
    }

    private static String more(int n) {
        return "… (" + n + " more)";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
