package vn.xkmt.template;

import java.io.IOException;
import java.nio.file.Path;
import vn.xkmt.commune.DataContract;

/**
 * The blank data workbook that appraisal teams fill: the five data sheets of the contract with
 * their headers and drop-down lists, and the reserved sheets {@code HuongDan} and {@code DanhMuc}.
 * Everything comes from {@link DataContract}.
 */
public final class TemplateWriter {

    private TemplateWriter() {
    }

    /** Writes the blank template to {@code out}, replacing any file there. */
    public static void writeTemplate(Path out) throws IOException {
        try (WorkbookWriter w = new WorkbookWriter()) {
            DataContract.SHEETS.forEach(w::sheet);
            w.write(out);
        }
    }
}
