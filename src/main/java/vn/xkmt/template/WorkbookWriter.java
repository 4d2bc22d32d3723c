package vn.xkmt.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.SheetSpec;

/**
 * Writes a workbook that follows the data contract: the data sheets asked for through
 * {@link #sheet(SheetSpec)}, each with its Vietnamese header row (styled, frozen), date columns
 * formatted {@code dd/mm/yyyy} and drop-down lists on every enum and boolean column; plus the
 * reserved sheets {@code HuongDan} (instructions) and {@code DanhMuc} (the lists), unless made
 * {@link #withoutReservedSheets()}. Rows are streamed to disk, so large workbooks take bounded memory.
 *
 * <pre>{@code
 * try (WorkbookWriter w = new WorkbookWriter()) {
 *     w.sheet(DataContract.COMMUNES).row(Map.of("commune_code", "LC-01", ...));
 *     w.write(path);
 * }
 * }</pre>
 * Sheet order: {@code HuongDan}, the data sheets in contract order, {@code DanhMuc}.
 */
public final class WorkbookWriter implements AutoCloseable {

    /** How booleans are written. */
    public static final String YES = "Có";
    public static final String NO = "Không";

    private final SXSSFWorkbook wb;
    private final Styles styles;
    private final Lists lists;
    private final Map<SheetSpec, TemplateSheet> sheets = new LinkedHashMap<>();
    private boolean written;
    private Instant created;

    /** A workbook with the reserved sheets {@code HuongDan} and {@code DanhMuc} and drop-down lists. */
    public WorkbookWriter() {
        this(true);
    }

    private WorkbookWriter(boolean reserved) {
        // shared strings, as Excel writes them; rows beyond the window are flushed to disk
        wb = new SXSSFWorkbook(null, 200, true, true);
        styles = new Styles(wb);
        if (reserved) {
            lists = Lists.ofContract();
            wb.createSheet(DataContract.INSTRUCTIONS);
            lists.writeTo(wb.createSheet(DataContract.LISTS), styles);
        } else {
            lists = null;
        }
    }

    /** A workbook of data sheets only: no {@code HuongDan}, no {@code DanhMuc}, no drop-down lists. */
    public static WorkbookWriter withoutReservedSheets() {
        return new WorkbookWriter(false);
    }

    /** The writer of a data sheet, created with its header row on first use. */
    public TemplateSheet sheet(SheetSpec spec) {
        checkOpen();
        return sheets.computeIfAbsent(spec, s -> new TemplateSheet(s, wb.createSheet(s.name()), styles, lists));
    }

    /**
     * Sets the workbook's creation time (default: when written), so that a generated workbook can be
     * byte-for-byte reproducible.
     */
    public WorkbookWriter createdAt(Instant when) {
        created = when;
        return this;
    }

    /** The data sheets created so far, in contract order. */
    public List<SheetSpec> dataSheets() {
        List<SheetSpec> specs = new ArrayList<>(sheets.keySet());
        specs.sort(Comparator.comparingInt(WorkbookWriter::contractOrder));
        return specs;
    }

    /** Writes the workbook to {@code out}, replacing any file there. The writer is closed afterwards. */
    public void write(Path out) throws IOException {
        checkOpen();
        List<SheetSpec> order = dataSheets();
        int pos = 0;
        if (lists != null) {
            Instructions.writeTo(wb.getSheet(DataContract.INSTRUCTIONS), order, styles);
            wb.setSheetOrder(DataContract.INSTRUCTIONS, pos++);
        }
        for (SheetSpec s : order) {
            wb.setSheetOrder(s.name(), pos++);
        }
        if (lists != null) {
            wb.setSheetOrder(DataContract.LISTS, pos);
        }
        // Flush every sheet's rows now, in sheet order: SXSSF would otherwise flush them in hash order,
        // and the shared-string table (hence the file's bytes) would differ from run to run.
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).flushRows();
        }
        int active = order.isEmpty() ? 0 : wb.getSheetIndex(order.get(0).name());
        wb.setActiveSheet(active);
        wb.setSelectedTab(active);
        var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
        props.setCreator("XKMT");
        props.setTitle("XKMT — dữ liệu xã không có ma túy");
        if (created != null) {
            props.getUnderlyingProperties().setCreatedProperty(Optional.of(Date.from(created)));
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            wb.write(os);
        } finally {
            close();
        }
    }

    @Override
    public void close() throws IOException {
        if (!written) {
            written = true;
            try {
                wb.close();
            } finally {
                wb.dispose(); // the temporary files of streamed rows
            }
        }
    }

    private void checkOpen() {
        if (written) {
            throw new IllegalStateException("workbook already written or closed");
        }
    }

    private static int contractOrder(SheetSpec s) {
        int i = DataContract.SHEETS.indexOf(s);
        return i < 0 ? DataContract.SHEETS.size() : i;
    }
}
