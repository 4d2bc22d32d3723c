package vn.xkmt.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The merged ranges of a sheet (criteria.md: a merged cell's value belongs to every cell of its
 * range). Rows come in order: the value of a range's top-left cell is taken when its row passes, and
 * given to every blank cell of the range in that row and the rows below it.
 */
final class Merges {

    private static final class Range {
        final int r1;
        final int c1;
        final int r2;
        final int c2;
        byte kind = RawRow.BLANK;
        String value;
        int style;

        Range(int r1, int c1, int r2, int c2) {
            this.r1 = r1;
            this.c1 = c1;
            this.r2 = r2;
            this.c2 = c2;
        }
    }

    private final List<Range> ranges;
    private final List<Range> active = new ArrayList<>();
    private int next;

    private Merges(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** The ranges of {@code A2:A5}-style references; unreadable ones and single cells are left out. */
    static Merges of(List<String> refs) {
        List<Range> out = new ArrayList<>();
        for (String ref : refs) {
            Range r = parse(ref);
            if (r != null && (r.r2 > r.r1 || r.c2 > r.c1)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt((Range r) -> r.r1).thenComparingInt(r -> r.c1));
        return new Merges(out);
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether some range reaches below {@code row} (a value carried down over data rows). */
    boolean reachesBelow(int row) {
        return ranges.stream().anyMatch(r -> r.r2 > row);
    }

    /** Takes the top-left values of the ranges starting in this row; call for every row, in order. */
    void capture(RawRow row) {
        while (next < ranges.size() && ranges.get(next).r1 <= row.number) {
            Range r = ranges.get(next++);
            if (r.r1 == row.number) {
                r.kind = row.kind(r.c1);
                r.value = row.value(r.c1);
                r.style = row.style(r.c1);
            }
            if (r.kind != RawRow.BLANK && r.r2 >= row.number && !overlapsActive(r)) {
                active.add(r); // ranges of a sound sheet never overlap: an overlapping one is left out
            }
        }
    }

    /** Gives the blank cells of this row that lie in a range the value of its top-left cell. */
    void fill(RawRow row) {
        for (Iterator<Range> it = active.iterator(); it.hasNext(); ) {
            Range r = it.next();
            if (r.r2 < row.number || !row.keeps(r.c1)) {
                it.remove();
                continue;
            }
            for (int c = r.c1; c <= r.c2 && row.keeps(c); c++) {
                if (row.keeps(c) && row.kind(c) == RawRow.BLANK && (c != r.c1 || row.number != r.r1)) {
                    row.set(c, r.kind, r.value, r.style);
                }
            }
        }
    }

    private boolean overlapsActive(Range r) {
        for (Range a : active) {
            if (a.c1 <= r.c2 && r.c1 <= a.c2 && a.r1 <= r.r2 && r.r1 <= a.r2) {
                return true;
            }
        }
        return false;
    }

    private static Range parse(String ref) {
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return null;
        }
        int[] a = cell(ref.substring(0, colon).trim());
        int[] b = cell(ref.substring(colon + 1).trim());
        if (a == null || b == null) {
            return null;
        }
        return new Range(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
    }

    /** {row, column} of {@code $B$7}-style references (1-based row, 0-based column); null when unreadable. */
    private static int[] cell(String ref) {
        String s = ref.replace("$", "");
        int col = SheetScanner.columnIndex(s);
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        if (col < 0 || i == s.length()) {
            return null;
        }
        try {
            int row = Integer.parseInt(s.substring(i));
            return row >= 1 && row <= SheetScanner.MAX_ROW ? new int[] {row, col} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
