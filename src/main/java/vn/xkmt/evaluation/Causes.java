package vn.xkmt.evaluation;

import vn.xkmt.text.Lang;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.Dates;

/**
 * What an undecided condition is waiting for, row by row: for each person (village, model) the cells
 * that keep it open and why — a blank or unreadable cell, or a test dated after the request date
 * ({@code NN-003: xét nghiệm ngày 23/11/2025, sau ngày đề nghị 20/11/2025 — cần kết quả xét nghiệm
 * trong 30 ngày trước ngày đề nghị}). Messages show it as {@code {causes}}, in their language.
 */
public record Causes(List<Row> rows) {

    private static final DateTimeFormatter DATE = Dates.DAY;
    /** Rows spelled out before the rest are only counted, as for ids. */
    static final int MAX_ROWS = 10;

    public Causes {
        rows = List.copyOf(rows);
    }

    /** One row and the reasons it is undecided, in sheet order of its cells. */
    public record Row(String id, List<Cause> causes) {

        public Row {
            causes = List.copyOf(causes);
        }
    }

    /** One reason: a cell without a usable value, or a test dated after the request date. */
    public sealed interface Cause permits Blank, TestAfter {}

    /** A cell blank or unreadable. */
    public record Blank(CellRef cell) implements Cause {}

    /**
     * The latest test is dated after the request date R, so the test that counted on R is not in the
     * data; {@code days} is the window the condition asks for (null: on or before R).
     */
    public record TestAfter(CellRef cell, LocalDate date, LocalDate requestDate, Integer days) implements Cause {}

    /** The rows' causes, {@code ; }-separated, in {@code lang} ({@code en}, else Vietnamese). */
    public String text(Lang lang) {
        List<String> out = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            out.add(r.id() + ": " + r.causes().stream().map(c -> text(c, lang)).collect(Collectors.joining(", ")));
        }
        String shown = String.join("; ", out);
        return rows.size() > MAX_ROWS ? shown + " … (+" + (rows.size() - MAX_ROWS) + ")" : shown;
    }

    private static String text(Cause c, Lang lang) {
        if (c instanceof TestAfter t) {
            String need = t.days() == null ? EngineWords.get("cause.testOnOrBefore", lang)
                    : EngineWords.get("cause.testWithin", lang, t.days());
            return EngineWords.get("cause.testAfter", lang, DATE.format(t.date()), DATE.format(t.requestDate()),
                    t.cell().a1(), need);
        }
        CellRef cell = ((Blank) c).cell();
        if (cell.row() <= 0) {
            return EngineWords.get("cause.noRow", lang, cell.sheet());
        }
        String what = cell.header() == null ? cell.a1() : "«" + cell.header() + "» (" + cell.a1() + ")";
        return EngineWords.get("cause.blank", lang, what);
    }

    @Override
    public String toString() {
        return text(Lang.VI);
    }
}
