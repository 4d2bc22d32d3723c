package vn.xkmt.authoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code parameters.yaml} as forms: each parameter with its description, unit, source passage and dated values as
 * rows, read from the file's text; a corrected or added row written back into the same text, changing only the
 * lines of that parameter's {@code values:} (comments, order and every other line stay as they were), after the
 * rows are checked against the parameter's unit.
 */
public final class ParameterForms {

    /** One dated value as the form shows it: the day it applies from ({@code 2025-07-01}) and the value. */
    public record Row(String from, String value) {
    }

    /** One parameter of the file. */
    public record Form(String name, String description, String unit, String reference, List<Row> rows) {
    }

    /** A row refused, with the expected and the found value, in both languages. */
    public record Problem(String parameter, int row, String vi, String en) {

        @Override
        public String toString() {
            return parameter + " (dòng/row " + row + "): " + vi + " / " + en;
        }
    }

    private static final Pattern TOP = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*):\\s*(#.*)?$");
    private static final Pattern FIELD = Pattern.compile("^  (description|unit|reference):\\s*(.*?)\\s*$");
    private static final Pattern VALUES = Pattern.compile("^  values:\\s*(#.*)?$");
    private static final Pattern VALUE = Pattern.compile("^    ([0-9]{4}-[0-9]{2}-[0-9]{2}):\\s*([^#]*?)\\s*(#.*)?$");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,6})?");
    private static final DateTimeFormatter VN_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private ParameterForms() {
    }

    /** The parameters of a {@code parameters.yaml} text, in the file's order. */
    public static List<Form> read(String yaml) {
        List<Form> forms = new ArrayList<>();
        Block b = null;
        for (String line : yaml.split("\n", -1)) {
            Matcher top = TOP.matcher(line);
            if (top.matches()) {
                b = new Block(top.group(1));
                forms.add(null);
                continue;
            }
            if (b == null) {
                continue;
            }
            Matcher f = FIELD.matcher(line);
            Matcher v = VALUE.matcher(line);
            if (f.matches()) {
                b.fields.put(f.group(1), unquote(f.group(2)));
            } else if (v.matches()) {
                b.rows.add(new Row(v.group(1), v.group(2)));
            }
            forms.set(forms.size() - 1, b.form());
        }
        return forms.stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The rows checked against the parameter's unit: each from-date a day ({@code 2025-07-01} or {@code 01/07/2025}),
     * no day twice; each value a number (a decimal comma is read as a point), a whole non-negative number for
     * {@code người} and {@code ngày}, at most 100 for {@code %}, {@code true}/{@code false} (or có/không) for
     * {@code có/không}. Blank rows are ignored; at least one row must remain.
     */
    public static List<Problem> check(Form parameter, List<Row> rows) {
        List<Problem> problems = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        int filled = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (blank(r.from()) && blank(r.value())) {
                continue;
            }
            filled++;
            int n = i + 1;
            LocalDate day = day(r.from());
            if (day == null) {
                problems.add(new Problem(parameter.name(), n, "ngày áp dụng phải là một ngày (01/07/2025), được «"
                        + r.from() + "»", "the from-date must be a day (2025-07-01), found «" + r.from() + "»"));
            } else if (!seen.add(day)) {
                problems.add(new Problem(parameter.name(), n, "ngày " + day + " đã có ở một dòng khác",
                        "the day " + day + " is already on another row"));
            }
            String expected = valueProblem(parameter.unit(), r.value());
            if (expected != null) {
                String[] both = expected.split("\\|");
                problems.add(new Problem(parameter.name(), n, "giá trị phải là " + both[0] + ", được «" + r.value() + "»",
                        "the value must be " + both[1] + ", found «" + r.value() + "»"));
            }
        }
        if (filled == 0) {
            problems.add(new Problem(parameter.name(), 1, "cần ít nhất một giá trị có ngày áp dụng",
                    "at least one dated value is needed"));
        }
        return problems;
    }

    /**
     * The text with the {@code values:} of {@code parameter} replaced by {@code rows} (checked by {@link #check}),
     * ordered by day; a row whose day and value did not change keeps its line as it was, comment included.
     *
     * @throws IllegalArgumentException when the file has no such parameter or no block of values for it
     */
    public static String write(String yaml, String parameter, List<Row> rows) {
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher top = TOP.matcher(lines.get(i));
            if (top.matches() && top.group(1).equals(parameter)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException("no parameter " + parameter);
        }
        int values = -1;
        for (int i = start + 1; i < lines.size() && !TOP.matcher(lines.get(i)).matches(); i++) {
            if (VALUES.matcher(lines.get(i)).matches()) {
                values = i;
                break;
            }
        }
        if (values < 0) {
            throw new IllegalArgumentException("no block of values for " + parameter);
        }
        Map<String, String> kept = new LinkedHashMap<>();
        int end = values + 1;
        while (end < lines.size() && VALUE.matcher(lines.get(end)).matches()) {
            Matcher v = VALUE.matcher(lines.get(end));
            v.matches();
            kept.put(v.group(1) + "=" + v.group(2), lines.get(end));
            end++;
        }
        List<String> fresh = rows.stream().filter(r -> !(blank(r.from()) && blank(r.value())))
                .map(r -> new Row(day(r.from()).toString(), value(r.value())))
                .sorted(java.util.Comparator.comparing(Row::from))
                .map(r -> kept.getOrDefault(r.from() + "=" + r.value(), "    " + r.from() + ": " + r.value()))
                .toList();
        lines.subList(values + 1, end).clear();
        lines.addAll(values + 1, fresh);
        return String.join("\n", lines);
    }

    /** Null when {@code value} suits {@code unit}; else what is expected, {@code vi|en}. */
    private static String valueProblem(String unit, String value) {
        String u = unit == null ? "" : unit.strip();
        if (u.equals("có/không")) {
            return bool(value) == null ? "true hoặc false (có/không)|true or false (yes/no)" : null;
        }
        BigDecimal n = number(value);
        if (n == null) {
            return "một số|a number";
        }
        if ((u.equals("người") || u.equals("ngày")) && (n.signum() < 0 || n.stripTrailingZeros().scale() > 0)) {
            return "một số nguyên không âm (" + u + ")|a whole number, not negative (" + u + ")";
        }
        if (u.equals("%") && (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(100)) > 0)) {
            return "một tỉ lệ từ 0 đến 100 (%)|a percentage from 0 to 100";
        }
        if (n.signum() < 0) {
            return "một số không âm|a number, not negative";
        }
        return null;
    }

    /** The value as the file writes it: {@code true}/{@code false}, or the number with a point. */
    private static String value(String value) {
        Boolean b = bool(value);
        if (b != null) {
            return b.toString();
        }
        BigDecimal n = number(value);
        return n == null ? value.strip() : n.stripTrailingZeros().toPlainString();
    }

    private static Boolean bool(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true", "có", "co", "yes" -> Boolean.TRUE;
            case "false", "không", "khong", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static BigDecimal number(String value) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip().replace(',', '.');
        // plain decimals only: no exponent, so 1e999999999 cannot become a billion-digit line in the file
        return PLAIN_NUMBER.matcher(v).matches() ? new BigDecimal(v) : null;
    }

    private static LocalDate day(String text) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        try {
            return t.contains("/") ? LocalDate.parse(t, VN_DAY) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
                ? s.substring(1, s.length() - 1) : s;
    }

    /** A parameter's lines while they are read. */
    private static final class Block {
        final String name;
        final Map<String, String> fields = new LinkedHashMap<>();
        final List<Row> rows = new ArrayList<>();

        Block(String name) {
            this.name = name;
        }

        Form form() {
            return new Form(name, fields.get("description"), fields.get("unit"), fields.get("reference"),
                    List.copyOf(rows));
        }
    }
}
