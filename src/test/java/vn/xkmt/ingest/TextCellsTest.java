package vn.xkmt.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xkmt.testing.WorkbookBuilder.bool;
import static vn.xkmt.testing.WorkbookBuilder.date;
import static vn.xkmt.testing.WorkbookBuilder.formula;
import static vn.xkmt.testing.WorkbookBuilder.number;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xkmt.commune.Dataset;
import vn.xkmt.testing.WorkbookBuilder;

class TextCellsTest {

    @TempDir
    Path dir;

    @Test
    void textIsReadAsExcelDisplaysIt() {
        Probe p = Probe.persons(dir, "note", "Ghi chú",
                number(2683, "00000"),          // leading zeros of the format kept
                1234,                           // General: never 1234.0
                1234.0,
                1234.5,
                0.1,
                number(1234567, "#,##0"),
                number(0.25, "0%"),
                formula("\"A\"&\"B\"", "AB"),   // formula string result
                formula("2*21", 42),            // formula number result
                bool(true),
                date(LocalDate.of(2024, 1, 15)),
                "  có khoảng trắng  ",
                Normalizer.normalize("Người nghiện", Normalizer.Form.NFD),
                "   ");
        assertThat(p.value(0)).isEqualTo("02683");
        assertThat(p.value(1)).isEqualTo("1234");
        assertThat(p.value(2)).isEqualTo("1234");
        assertThat(p.value(3)).isEqualTo("1234.5");
        assertThat(p.value(4)).isEqualTo("0.1");
        assertThat(p.value(5)).isEqualTo("1,234,567");
        assertThat(p.value(6)).isEqualTo("25%");
        assertThat(p.value(7)).isEqualTo("AB");
        assertThat(p.value(8)).isEqualTo("42");
        assertThat(p.value(9)).isEqualTo("TRUE");
        assertThat(p.value(10)).isEqualTo("15/01/2024");
        assertThat(p.value(11)).isEqualTo("có khoảng trắng");
        assertThat((String) p.value(12)).isEqualTo(Normalizer.normalize("Người nghiện", Normalizer.Form.NFC));
        assertThat(Normalizer.isNormalized((String) p.value(12), Normalizer.Form.NFC)).isTrue();
        assertThat(p.value(13)).as("spaces only: blank").isNull();
        assertThat(p.dataset.problems()).isEmpty();
    }

    @Test
    void aCommuneCodeTypedAsFormattedNumberMatchesTheSameCodeTypedAsText() {
        Dataset d = Fixtures.read(WorkbookBuilder.create()
                .sheet("Xa").header(Fixtures.COMMUNE_HEADERS)
                .row(number(2683, "00000"), "Nhuế Dương", "Hưng Yên", LocalDate.of(2025, 6, 30))
                .sheet("Nguoi").header(Fixtures.PERSON_HEADERS)
                .row("02683", "P1", "Nghiện", "Có mặt")
                .row(number(2683, "00000"), "P2", "Nghiện", "Có mặt"), dir, "codes.xlsx");
        assertThat(d.problems()).isEmpty();
        assertThat(d.communes().get(0).getCommuneCode()).isEqualTo("02683");
        assertThat(d.membersOf("02683")).hasSize(2);
    }
}
