package vn.xkmt.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.ColumnSpec;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Dataset;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.SheetSpec;
import vn.xkmt.commune.Treatment;
import vn.xkmt.ingest.WorkbookReader;

/** A template filled through {@link WorkbookWriter} reads back with no error, no warning and the same values. */
class TemplateRoundTripTest {

    @TempDir
    Path dir;

    /** A value for every column of a sheet, of the column's type; enum values vary across columns. */
    static Map<String, Object> full(SheetSpec sheet, int n) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < sheet.columns().size(); i++) {
            ColumnSpec c = sheet.columns().get(i);
            Object v = switch (c.type()) {
                case TEXT -> c.key().equals("commune_code") ? "02683" : "Giá trị " + c.key() + " " + n;
                case INTEGER -> c.key().equals("year") ? 2023 : 100 + i;
                case DATE -> LocalDate.of(2024, 2, 29).minusDays(i + n);
                case BOOLEAN -> (i + n) % 2 == 0;
                case ENUM -> c.enumType().getEnumConstants()[(i + n) % c.enumType().getEnumConstants().length];
            };
            row.put(c.key(), v);
        }
        return row;
    }

    /** Only the required cells. */
    static Map<String, Object> minimal(SheetSpec sheet, Map<String, Object> from, String id) {
        Map<String, Object> row = new LinkedHashMap<>();
        sheet.columns().stream().filter(ColumnSpec::required).forEach(c -> row.put(c.key(), from.get(c.key())));
        sheet.columns().stream().filter(c -> c.key().endsWith("_id") || c.key().endsWith("_name")
                || c.key().equals("unit_code")).filter(ColumnSpec::required).forEach(c -> row.put(c.key(), id));
        return row;
    }

    @Test
    void aFilledTemplateReadsBackWithoutWarningsAndWithItsValues() throws Exception {
        Path file = dir.resolve("da-dien.xlsx");
        Map<SheetSpec, List<Map<String, Object>>> written = new LinkedHashMap<>();
        try (WorkbookWriter w = new WorkbookWriter()) {
            for (SheetSpec s : DataContract.SHEETS) {
                Map<String, Object> a = full(s, 0);
                if (s == DataContract.VILLAGES) {
                    a.put("households", 120);
                    a.put("committed_households", 118);
                }
                if (s == DataContract.PERSONS) {
                    a.put("treatment", Treatment.VOLUNTARY_COMMUNITY); // a label with a comma
                }
                List<Map<String, Object>> rows = s == DataContract.COMMUNES
                        ? List.of(a) : List.of(a, minimal(s, a, "B-2"));
                rows.forEach(w.sheet(s)::row);
                written.put(s, rows);
            }
            w.write(file);
        }

        Dataset d = new WorkbookReader().read(file);

        assertThat(d.problems()).as("errors and warnings").isEmpty();
        assertThat(d.presentSheets()).containsExactlyInAnyOrder("Xa", "Nguoi", "Thon", "MoHinh", "BaoCaoNam");
        assertSame(DataContract.COMMUNES, written, d.communes());
        assertSame(DataContract.PERSONS, written, d.persons());
        assertSame(DataContract.VILLAGES, written, d.villages());
        assertSame(DataContract.MODELS, written, d.models());
        assertSame(DataContract.ANNUAL_REPORTS, written, d.annualReports());
        assertThat(d.persons().get(0).getTreatment()).isEqualTo(Treatment.VOLUNTARY_COMMUNITY);
        assertThat(d.persons().get(1).value("psychosis")).as("blank = Không").isEqualTo(Boolean.FALSE);
        assertThat(d.persons().get(1).value("has_profile")).as("blank is unknown").isNull();
    }

    @Test
    void theBlankTemplateReadsWithoutAnyProblem() throws Exception {
        Path file = dir.resolve("mau.xlsx");
        TemplateWriter.writeTemplate(file);
        Dataset d = new WorkbookReader().read(file);
        assertThat(d.problems()).isEmpty();
        assertThat(d.communes()).isEmpty();
        assertThat(d.presentSheets()).hasSize(5);
    }

    private static void assertSame(SheetSpec sheet, Map<SheetSpec, List<Map<String, Object>>> written,
                                   List<? extends Fact> read) {
        List<Map<String, Object>> rows = written.get(sheet);
        assertThat(read).as(sheet.name()).hasSize(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            for (ColumnSpec c : sheet.columns()) {
                Object expected = rows.get(r).containsKey(c.key()) ? rows.get(r).get(c.key()) : c.blankMeans();
                assertThat(read.get(r).value(c.key())).as(sheet.name() + " row " + (r + 2) + " " + c.key())
                        .isEqualTo(expected);
            }
            assertThat(read.get(r).getRow().row()).isEqualTo(r + 2);
        }
    }
}
