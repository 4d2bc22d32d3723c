package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.WorkbookBuilder.bool;
import static vn.xkmt.testing.WorkbookBuilder.error;
import static vn.xkmt.testing.WorkbookBuilder.formula;
import static vn.xkmt.testing.WorkbookBuilder.number;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.DataProblem;

class IntegerCellsTest {

    static final String HEADER = "Năm sinh";

    @TempDir
    Path dir;

    @Test
    void acceptsWholeNumbersAndDigitText() {
        Probe p = Probe.persons(dir, "birth_year", HEADER,
                1990,                              // numeric cell
                1990.0,                            // numeric, no fraction
                number(2683, "00000"),             // any number format
                formula("1980+10", 1990),          // cached value of a formula
                formula("0.1*30", 0.1 * 30),       // 3.0000000000000004: floating noise, no real fraction
                "1990",                            // text of digits
                " 0042 ",                          // trimmed, leading zeros
                0,
                "0",
                null);
        assertThat(p.value(0)).isEqualTo(1990);
        assertThat(p.value(1)).isEqualTo(1990);
        assertThat(p.value(2)).isEqualTo(2683);
        assertThat(p.value(3)).isEqualTo(1990);
        assertThat(p.value(4)).isEqualTo(3);
        assertThat(p.value(5)).isEqualTo(1990);
        assertThat(p.value(6)).isEqualTo(42);
        assertThat(p.value(7)).isEqualTo(0);
        assertThat(p.value(8)).isEqualTo(0);
        assertThat(p.value(9)).isNull();
        assertThat(p.dataset.problems()).isEmpty();
    }

    @Test
    void rejectsFractionsTextAndOtherCells() {
        Probe p = Probe.persons(dir, "birth_year", HEADER, 2.5, "12a", "1.000", "1,5", "12.0", "mười",
                bool(true), error(FormulaError.DIV0), 3e10, "99999999999");
        for (int i = 0; i < 10; i++) {
            assertThat(p.value(i)).as("value %d", i).isNull();
        }
        assertThat(p.error(0).vi()).isEqualTo("\"2.5\" không phải số nguyên (cần số nguyên không âm, ví dụ 12)");
        assertThat(p.error(0).en()).isEqualTo("\"2.5\" is not a whole number (expected a whole number ≥ 0, e.g. 12)");
        assertThat(p.error(1).en()).isEqualTo("\"12a\" is not a whole number (expected a whole number ≥ 0, e.g. 12)");
        assertThat(p.error(2).en()).isEqualTo("\"1.000\" is not a whole number (expected a whole number ≥ 0, e.g. 12)");
        assertThat(p.error(3).en()).isEqualTo("\"1,5\" is not a whole number (expected a whole number ≥ 0, e.g. 12)");
        assertThat(p.error(4).en()).isEqualTo("\"12.0\" is not a whole number (expected a whole number ≥ 0, e.g. 12)");
        assertThat(p.error(5).en()).isEqualTo("\"mười\" is not a whole number (expected a whole number ≥ 0, e.g. 12)");
        assertThat(p.error(6).en()).isEqualTo("\"TRUE\" is not a whole number (expected a whole number ≥ 0, e.g. 12)");
        assertThat(p.error(7).en()).isEqualTo("The cell holds the formula error \"#DIV/0!\"; no value can be read");
        assertThat(p.error(8).en()).startsWith("\"30000000000\" is too large");
        assertThat(p.error(9).en()).startsWith("\"99999999999\" is too large");
    }

    @Test
    void rejectsNegativeNumbersAsNegative() {
        Probe p = Probe.persons(dir, "birth_year", HEADER, -3, "-3", "- 7", -0.5);
        for (int i = 0; i < 4; i++) {
            assertThat(p.value(i)).isNull();
        }
        DataProblem e = p.error(0);
        assertThat(e.vi()).isEqualTo("\"-3\" là số âm (cần số nguyên không âm)");
        assertThat(e.en()).isEqualTo("\"-3\" is negative (expected a whole number ≥ 0)");
        assertThat(p.error(1).en()).isEqualTo("\"-3\" is negative (expected a whole number ≥ 0)");
        assertThat(p.error(2).en()).isEqualTo("\"- 7\" is negative (expected a whole number ≥ 0)");
        assertThat(p.error(3).en()).isEqualTo("\"-0.5\" is negative (expected a whole number ≥ 0)");
    }
}
