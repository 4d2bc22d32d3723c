package vn.xkmt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The yardstick of R_ingest: a raw scan of every cell of every sheet by {@code fastexcel-reader}
 * (shared strings resolved, each cell's type and raw value touched), with no typing, checking or
 * facts — the least any reader of the file must do.
 */
public final class FastexcelScan {

    private FastexcelScan() {
    }

    /** Cells seen and a checksum of their raw values, so that nothing is optimised away. */
    public record Scan(long rows, long cells, long checksum) {}

    public static Scan scan(Path file) {
        long rows = 0;
        long cells = 0;
        long checksum = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            Iterator<Sheet> sheets = wb.getSheets().iterator();
            while (sheets.hasNext()) {
                try (Stream<Row> rs = sheets.next().openStream()) {
                    Iterator<Row> it = rs.iterator();
                    while (it.hasNext()) {
                        Row row = it.next();
                        rows++;
                        for (int i = 0, n = row.getCellCount(); i < n; i++) {
                            Cell c = row.getCell(i);
                            if (c != null) {
                                String raw = c.getRawValue();
                                cells++;
                                checksum += c.getType().ordinal() + (raw == null ? 0 : raw.length());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Scan(rows, cells, checksum);
    }

    /** {@code FastexcelScan FILE}: the raw scan as a process of its own, the yardstick of the end-to-end ratio. */
    public static void main(String[] args) {
        Scan s = scan(Path.of(args[0]));
        System.out.println(s.rows() + " rows, " + s.cells() + " cells, checksum " + s.checksum());
    }
}
